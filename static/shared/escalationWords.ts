/**
 * The escalation scanner in words, as the project page, the issue panel and the settings preview say
 * it. Pure: `now` is a parameter (the server's time where the page knows it). "Escalated" and
 * "reminded" are said only of a comment on record (state posted), never of a planned or previewed one.
 */
import type { EscalationItemView, EscalationModeKey, EscalationRecipientView, EscalationRuleKey } from '../../src/contract/resolvers';
import { durationWords } from './liveClock';

/** A rule as a whole (an item's own `ruleWords` names its step too: "Reminder 2"). */
export const ruleLabels: Record<EscalationRuleKey, string> = {
  blocker: 'Long blocker',
  'decision-reminder': 'Decision reminder',
  'stale-decision': 'Stale decision',
  'scope-change': 'Scope change',
};

export const modeLabels: Record<EscalationModeKey, string> = { preview: 'Preview', live: 'Live' };

/**
 * A step as people say it.
 * @example stepWords('escalate') //=> 'Escalation'
 * @example stepWords('remind-2') //=> 'Reminder 2'
 */
export function stepWords(step: string): string {
  if (step === 'escalate') return 'Escalation';
  const reminder = /^remind-(\d+)$/.exec(step);
  return reminder ? `Reminder ${reminder[1]}` : step;
}

/**
 * What an item is: its rule's words, and its step where they do not already say it.
 * @example itemTitle({ ruleWords: 'Stale decision', step: 'escalate' }) //=> 'Stale decision · Escalation'
 * @example itemTitle({ ruleWords: 'Reminder 2', step: 'remind-2' }) //=> 'Reminder 2'
 */
export function itemTitle(item: Pick<EscalationItemView, 'ruleWords' | 'step'>): string {
  const step = stepWords(item.step);
  return item.ruleWords.toLowerCase().includes(step.toLowerCase()) ? item.ruleWords : `${item.ruleWords} · ${step}`;
}

/**
 * @example recipientNames([{ displayName: 'Marcus Reed' }, { displayName: 'Ana Lee' }]) //=> 'Marcus Reed, Ana Lee'
 * @example recipientNames([]) //=> 'nobody'
 */
export function recipientNames(recipients: readonly Pick<EscalationRecipientView, 'displayName'>[]): string {
  return recipients.length === 0 ? 'nobody' : recipients.map((r) => r.displayName).join(', ');
}

/**
 * @example recipientsWithRoles([{ displayName: 'Marcus Reed', role: 'client sponsor' }]) //=> 'Marcus Reed (client sponsor)'
 */
export function recipientsWithRoles(recipients: readonly Pick<EscalationRecipientView, 'displayName' | 'role'>[]): string {
  return recipients.length === 0 ? 'nobody' : recipients.map((r) => `${r.displayName} (${r.role})`).join(', ');
}

/** Those addressed in `role`, or everyone when nobody is. */
export function addressedAs<R extends Pick<EscalationRecipientView, 'role'>>(recipients: readonly R[], role: string): readonly R[] {
  const inRole = recipients.filter((r) => r.role === role);
  return inRole.length > 0 ? inRole : recipients;
}

/**
 * How long since `iso`, in the server's words for a span; null for a missing or unreadable time.
 * A time after `now` (clocks a little apart) counts as just now, never as a negative age.
 * @example sinceWords('2026-11-18T12:00:00Z', Date.parse('2026-11-18T15:00:00Z')) //=> '3 h'
 */
export function sinceWords(iso: string | null, now: number): string | null {
  const at = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isFinite(at) ? durationWords(Math.max(0, now - at)) : null;
}

/**
 * Where an item stands, as the issue panel lists it.
 * @example itemStateWords({ state: 'posted', postedAt: '2026-11-18T12:00:00Z', recipients: [{ displayName: 'Marcus Reed' }] }, Date.parse('2026-11-18T15:00:00Z'))
 *   //=> 'posted 3 h ago to Marcus Reed'
 * @example itemStateWords({ state: 'planned', postedAt: null, recipients: [] }, 0) //=> 'planned, not posted yet'
 */
export function itemStateWords(item: Pick<EscalationItemView, 'state' | 'postedAt'> & { recipients: readonly Pick<EscalationRecipientView, 'displayName'>[] }, now: number): string {
  if (item.state === 'planned') return 'planned, not posted yet';
  if (item.state === 'would-post') return 'would be posted (Preview: nothing is posted)';
  const ago = sinceWords(item.postedAt, now);
  return `posted ${ago === null ? '' : `${ago} ago `}to ${recipientNames(item.recipients)}`;
}

const postedAtMs = (item: EscalationItemView) => Date.parse(item.postedAt ?? '') || 0;

/** The latest posted item of `rule` about this decision, if any. */
function latestPosted(items: readonly EscalationItemView[], rule: EscalationRuleKey, decisionId: string): EscalationItemView | undefined {
  return items.filter((i) => i.rule === rule && i.state === 'posted' && i.decisionId === decisionId).sort((a, b) => postedAtMs(b) - postedAtMs(a))[0];
}

/**
 * What the ledger says was posted about one decision, for its clock: the stale-decision escalation
 * (to its decision makers, else everyone addressed) and the latest reminder (to its owners, else
 * everyone addressed). Null where nothing is on record.
 * @example decisionEscalationWords(items, 'D-3', now) //=> { escalated: 'escalated to Marcus Reed 3 h ago', reminded: 'reminded Ana Lee 1 d ago' }
 */
export function decisionEscalationWords(items: readonly EscalationItemView[], decisionId: string, now: number): { escalated: string | null; reminded: string | null } {
  const said = (verb: string, item: EscalationItemView | undefined, role: string) => {
    if (!item) return null;
    const ago = sinceWords(item.postedAt, now);
    return `${verb} ${recipientNames(addressedAs(item.recipients, role))}${ago === null ? '' : ` ${ago} ago`}`;
  };
  return {
    escalated: said('escalated to', latestPosted(items, 'stale-decision', decisionId), 'decision maker'),
    reminded: said('reminded', latestPosted(items, 'decision-reminder', decisionId), 'owner'),
  };
}
