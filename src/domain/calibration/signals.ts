/**
 * A dissatisfaction signal: what asks for a calibration call within a week — a concern, a detractor's
 * survey answer, a sharp drop of the NPS. None carries who gave it: the call's issue is seen by
 * everyone on the project.
 */
import { localDay } from '../nps/quarters';
import type { Concern } from './concern';

export type CalibrationSignalKind = 'concern' | 'detractor' | 'nps-drop';

export interface CalibrationSignal {
  /** Stable across runs ("concern:…", "nps-detractor:…", "nps-drop:…"): the same signal asks for one call. */
  id: string;
  kind: CalibrationSignalKind;
  /** When it was given: the call is due from then. */
  at: number;
  /** What follows "Calibration call: " in the issue's title, without a name. */
  reason: string;
  /** The signal in a sentence, without a name. */
  words: string;
  /** The words to quote (a concern's text, a detractor's comment); null when there are none. */
  quote: string | null;
  /** The issue a concern is about, if it is about one. */
  issueKey: string | null;
}

/**
 * A concern as a signal: its text quoted, its issue named, its author left out.
 *
 * @example
 * concernSignal({ id: 'k1', projectKey: 'ENG', text: 'Demos slip', issue: { id: '10001', key: 'ENG-1' }, raisedBy: 'acc', raisedAt: Date.UTC(2026, 11, 2, 9) }, 'UTC')
 * //=> { id: 'concern:k1', kind: 'concern', at: …, reason: 'a concern raised about ENG-1', words: 'A concern was raised on 2026-12-02 about ENG-1.', quote: 'Demos slip', issueKey: 'ENG-1' }
 */
export function concernSignal(concern: Concern, timeZone: string): CalibrationSignal {
  const day = localDay(concern.raisedAt, timeZone);
  const about = concern.issue ? ` about ${concern.issue.key}` : '';
  return {
    id: `concern:${concern.id}`,
    kind: 'concern',
    at: concern.raisedAt,
    reason: concern.issue ? `a concern raised about ${concern.issue.key}` : `a concern raised on ${day}`,
    words: `A concern was raised on ${day}${about}.`,
    quote: concern.text,
    issueKey: concern.issue?.key ?? null,
  };
}
