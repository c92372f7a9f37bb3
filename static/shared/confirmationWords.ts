/**
 * The client sponsor's confirmation in words, for the settings page and the project page: what
 * waits for confirmation, what was applied without it, and what each history entry records.
 * Every sentence is built from the server's record (ClientConfirmationView, PolicyChangeView).
 */
import type { ClientConfirmationView, ClientControlChangeView, PolicyChangeView, PolicyView } from '../../src/contract/resolvers';
import { formatDateTime } from './decisionLabels';

/** "Keep unaccepted work out of Done (on → off); Customer acceptors (Emily Carter → Anna Kowalczyk)" */
export function changeList(changes: readonly ClientControlChangeView[]): string {
  return changes.map((c) => `${c.label} (${c.before} → ${c.after})`).join('; ');
}

const sponsorWords = (view: ClientConfirmationView) => (view.clientSponsor ? `${view.clientSponsor.displayName} (client sponsor)` : 'the client sponsor');

/** The project page's line about a pending proposal: a request to the client sponsor, a notice to everyone else. */
export function pendingWords(view: ClientConfirmationView): string | null {
  const { pending } = view;
  if (!pending) return null;
  const proposed = `Proposed by ${pending.proposedBy.displayName} on ${formatDateTime(pending.proposedAt)}.`;
  if (view.canConfirm) return `Changes to the settings wait for your confirmation: ${changeList(pending.changes)}. ${proposed}`;
  return `Pending client confirmation: ${changeList(pending.changes)}. ${proposed} Until ${sponsorWords(view)} confirms them, the settings before these changes stay in force.`;
}

/** The line about changes applied without the client's confirmation, and what clears it. */
export function unconfirmedWords(view: ClientConfirmationView): string | null {
  const { unconfirmed } = view;
  if (!unconfirmed) return null;
  const by = unconfirmed.by.map((p) => p.displayName).join(', ') || 'someone';
  const made = `Applied without client confirmation: ${changeList(unconfirmed.changes)}. Changed by ${by} since ${formatDateTime(unconfirmed.since)}, when no client sponsor could confirm them.`;
  if (view.canAcknowledge) return `${made} Please review and acknowledge them.`;
  if (!view.clientSponsor) return `${made} Flagged until a client sponsor is named and acknowledges them.`;
  const sponsorMadeThem = unconfirmed.by.some((p) => p.accountId === view.clientSponsor!.accountId);
  return `${made} Flagged until ${sponsorMadeThem ? 'a client sponsor who did not make them' : sponsorWords(view)} acknowledges them.`;
}

const proposalOf = (entry: PolicyChangeView) => (entry.proposal ? `the proposal of ${entry.proposal.by.displayName} from ${formatDateTime(entry.proposal.at)}` : 'the pending proposal');

/** What a history entry records, after the name of who did it: "proposed, waiting for the client sponsor". */
export function eventWords(entry: PolicyChangeView): string {
  switch (entry.kind) {
    case 'proposed':
      return entry.proposal ? `proposed, waiting for the client sponsor (replacing ${proposalOf(entry)})` : 'proposed, waiting for the client sponsor';
    case 'proposal-replaced':
      return `replaced ${proposalOf(entry)} by saving without it`;
    case 'confirmed':
      return `confirmed ${proposalOf(entry)}`;
    case 'rejected':
      return `rejected ${proposalOf(entry)}`;
    case 'applied-unconfirmed':
      return 'applied without client confirmation (no client sponsor could confirm)';
    case 'acknowledged':
      return 'acknowledged the changes applied without client confirmation';
    default:
      return 'saved';
  }
}

/** Beside the save button after a write: what that write did. */
export function writtenWords(view: PolicyView): string {
  const latest = view.history[0];
  const version = `version ${view.version}`;
  if (latest?.kind === 'confirmed') return `Confirmed: ${version}.`;
  if (latest?.kind === 'rejected') return `Rejected: ${version}.`;
  if (latest?.kind === 'acknowledged') return `Acknowledged: ${version}.`;
  if (view.confirmation.pending) return `Saved: ${version}. Some changes wait for the client sponsor’s confirmation.`;
  return `Saved: ${version}.`;
}
