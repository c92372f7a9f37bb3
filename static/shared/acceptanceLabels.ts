/** How customer acceptance reads everywhere: state lozenges and the state in words (tokens via Lozenge only). */
import type { ThemeAppearance } from '@atlaskit/lozenge';
import type { AcceptanceStateKey, AcceptanceVerdictView, IssueAcceptanceView } from '../../src/contract/resolvers';
import { formatDateTime } from './decisionLabels';
import { durationWords } from './liveClock';

export const acceptanceStateLabels: Record<AcceptanceStateKey, string> = {
  'not-ready': 'Not ready',
  awaiting: 'Awaiting acceptance',
  accepted: 'Accepted',
  'changes-requested': 'Changes requested',
};

/** Grey, blue, green, yellow: the lozenge colours Jira users read as waiting, in progress, done, attention. */
export const acceptanceStateAppearance: Record<AcceptanceStateKey, ThemeAppearance> = {
  'not-ready': 'default',
  awaiting: 'inprogress',
  accepted: 'success',
  'changes-requested': 'moved',
};

export const verdictLabels: Record<AcceptanceVerdictView['verdict'], string> = { accepted: 'Accepted', 'changes-requested': 'Changes requested' };

/** The newest verdict, if any. */
export function lastVerdict(view: Pick<IssueAcceptanceView, 'history'>): AcceptanceVerdictView | null {
  return view.history.length > 0 ? view.history[view.history.length - 1]! : null;
}

/**
 * What the Done gate does for this issue, said only as far as the app knows it: "Done is blocked"
 * once Jira has run the app's check in the project; before that, that it will be once the project's
 * workflow has the check; nothing when the gate is off or the issue is accepted.
 */
export function gateWords(view: Pick<IssueAcceptanceView, 'gateEnabled' | 'gateAskedAt' | 'state'>): { words: string; active: boolean } | null {
  if (!view.gateEnabled || view.state === 'accepted') return null;
  if (view.gateAskedAt !== null) return { words: 'Done is blocked until the client accepts this issue.', active: true };
  return { words: 'Done is blocked until the client accepts this issue once the project’s workflow runs the app’s check “Accepted by the client”: Jira has not run it in this project yet.', active: false };
}

/**
 * The state in one sentence, with who and when:
 * "Accepted by Emily Carter on 3 Nov 2026, 14:05", "Awaiting acceptance for 2 d, round 2",
 * "Not ready: it awaits acceptance once it reaches “Ready for Acceptance”".
 */
export function acceptanceWords(view: IssueAcceptanceView, now: number): string {
  const round = view.round > 1 ? `, round ${view.round}` : '';
  const verdict = lastVerdict(view);
  switch (view.state) {
    case 'awaiting': {
      const since = view.since ? Date.parse(view.since) : Number.NaN;
      return Number.isNaN(since) ? `Awaiting acceptance${round}` : `Awaiting acceptance for ${durationWords(Math.max(0, now - since))}${round}`;
    }
    case 'accepted':
      return verdict ? `Accepted by ${verdict.by.displayName} on ${formatDateTime(verdict.at)}${round}` : `Accepted${round}`;
    case 'changes-requested':
      return verdict ? `Changes requested by ${verdict.by.displayName} on ${formatDateTime(verdict.at)}${round}` : `Changes requested${round}`;
    default:
      return `Not ready: it awaits acceptance once it reaches “${view.readyStatus}”`;
  }
}

/** "42 %" for a 0..1 rate; "—" without one. */
export function formatRate(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? '—' : `${Math.round(rate * 100)} %`;
}

/** "3.5 h" under two days, else "2.1 d"; "—" without a value. */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return '—';
  if (hours < 48) return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
  const days = hours / 24;
  return `${Number.isInteger(days) ? days : days.toFixed(1)} d`;
}
