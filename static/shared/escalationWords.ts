/**
 * What the escalation ledger says was posted, in words: to whom and how long ago, and a decision's
 * reminder and escalation for its clock. Pure: `now` is a parameter (the server's time where the page
 * knows it). "Escalated" and "reminded" are said only of a comment on record (state posted), never of
 * a planned or previewed one. Kept small: the issue panel's first chunk carries it
 * (an item's title and state are in ./escalationItemWords).
 */
import type { EscalationItemView, EscalationRecipientView, EscalationRuleKey } from '../../src/contract/resolvers';
import { durationWords } from './liveClock';

/**
 * @example recipientNames([{ displayName: 'Marcus Reed' }, { displayName: 'Ana Lee' }]) //=> 'Marcus Reed, Ana Lee'
 * @example recipientNames([]) //=> 'nobody'
 */
export function recipientNames(recipients: readonly Pick<EscalationRecipientView, 'displayName'>[]): string {
  return recipients.length === 0 ? 'nobody' : recipients.map((r) => r.displayName).join(', ');
}

/**
 * Those addressed in `role`, or everyone when nobody is.
 * @example addressedAs([{ role: 'owner' }, { role: 'decision maker' }], 'decision maker') //=> [{ role: 'decision maker' }]
 */
export function addressedAs<R extends Pick<EscalationRecipientView, 'role'>>(recipients: readonly R[], role: string): readonly R[] {
  const inRole = recipients.filter((r) => r.role === role);
  return inRole.length > 0 ? inRole : recipients;
}

/**
 * How long since `iso`, in the server's words for a span; null for a missing or unreadable time.
 * A time after `now` (clocks a little apart) counts as no time, never as a negative age.
 * @example sinceWords('2026-11-18T12:00:00Z', Date.parse('2026-11-18T15:00:00Z')) //=> '3 h'
 */
export function sinceWords(iso: string | null, now: number): string | null {
  const at = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isFinite(at) ? durationWords(Math.max(0, now - at)) : null;
}

/** `verb` names [ago]: "Escalated to Marcus Reed 3 h ago". */
function postedWords(verb: string, item: EscalationItemView | undefined, role: string, now: number): string | null {
  if (!item) return null;
  const ago = sinceWords(item.postedAt, now);
  return `${verb} ${recipientNames(addressedAs(item.recipients, role))}${ago === null ? '' : ` ${ago} ago`}`;
}

/** The latest posted item of `rule` about this decision, if any. */
function latestPosted(items: readonly EscalationItemView[], rule: EscalationRuleKey, decisionId: string): EscalationItemView | undefined {
  const time = (item: EscalationItemView) => Date.parse(item.postedAt ?? '') || 0;
  return items.filter((i) => i.rule === rule && i.state === 'posted' && i.decisionId === decisionId).sort((a, b) => time(b) - time(a))[0];
}

/**
 * What the ledger says was posted about one decision, for its clock: the stale-decision escalation
 * (naming its decision makers, else everyone addressed) and the latest reminder (its owners, else
 * everyone addressed). Null where nothing is on record.
 * @example decisionEscalationWords(items, 'D-3', now) //=> { escalated: 'Escalated to Marcus Reed 3 h ago', reminded: 'Reminded Ana Lee 1 d ago' }
 */
export function decisionEscalationWords(items: readonly EscalationItemView[], decisionId: string, now: number): { escalated: string | null; reminded: string | null } {
  return {
    escalated: postedWords('Escalated to', latestPosted(items, 'stale-decision', decisionId), 'decision maker', now),
    reminded: postedWords('Reminded', latestPosted(items, 'decision-reminder', decisionId), 'owner', now),
  };
}
