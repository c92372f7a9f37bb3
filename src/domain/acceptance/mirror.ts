import { mirrorMatches } from '../decisions/mirror';
import type { AcceptanceRecord, AcceptanceVerdict } from './types';

/** The issue property that mirrors the client's verdict for JQL (acceptanceState, path `state`; see manifest.yml). */
export const ACCEPTANCE_PROPERTY_KEY = 'engagement-health-acceptance';

/**
 * What the trusted record says, searchable: the client's last verdict, its round and time.
 * It is a mirror of the record alone: whether a re-submission now awaits a new verdict depends
 * on the status, which the panel and the workflow validator read from Jira.
 * A few dozen characters whatever the number of rounds.
 */
export interface AcceptanceMirror {
  /** The last verdict; null when there is none (JQL then finds nothing: `acceptanceState is EMPTY`). */
  state: AcceptanceVerdict['verdict'] | null;
  round: number | null;
  /** When the last verdict was given, ISO 8601 UTC. */
  verdictAt: string | null;
}

const NO_VERDICT: AcceptanceMirror = { state: null, round: null, verdictAt: null };

/**
 * The mirror of an issue's acceptance record.
 *
 * @example
 * acceptanceMirror(recordAcceptedInRound2At('2026-01-12T18:00:00Z'))
 * //=> { state: 'accepted', round: 2, verdictAt: '2026-01-12T18:00:00.000Z' }
 * acceptanceMirror(undefined)
 * //=> { state: null, round: null, verdictAt: null }
 */
export function acceptanceMirror(record: AcceptanceRecord | undefined): AcceptanceMirror {
  const last = record?.verdicts.at(-1);
  if (!last) return { ...NO_VERDICT };
  return { state: last.verdict, round: last.round, verdictAt: new Date(last.at).toISOString() };
}

/** Whether the stored property says what the record says; no property at all says "no verdict" too. */
export function acceptanceMirrorMatches(stored: unknown, expected: AcceptanceMirror): boolean {
  if ((stored === null || stored === undefined) && expected.state === null) return true;
  return mirrorMatches(stored, expected);
}
