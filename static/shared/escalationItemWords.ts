/**
 * An escalation item in words, as the project page, the issue panel's escalations and the settings
 * preview list them: the rule and mode names, a step, an item's title and where it stands. Pure.
 */
import type { EscalationItemView, EscalationModeKey, EscalationRecipientView } from '../../src/contract/resolvers';
import { ESCALATION_RULE_LABELS } from '../../src/contract/labels';
import { recipientNames, sinceWords } from './escalationWords';

/** A rule as a whole (an item's own `ruleWords` names its step too: "Reminder 2"). */
export const ruleLabels = ESCALATION_RULE_LABELS;

export const modeLabels: Record<EscalationModeKey, string> = { preview: 'Preview', live: 'Live' };

/**
 * A step as people say it.
 * @example stepWords('escalate') //=> 'Escalation'
 * @example stepWords('remind-2') //=> 'Reminder 2'
 * @example stepWords('create') //=> 'New issue'
 * @example stepWords('post') //=> 'Comment'
 */
export function stepWords(step: string): string {
  if (step === 'escalate') return 'Escalation';
  if (step === 'create') return 'New issue';
  if (step === 'post') return 'Comment';
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
 * @example recipientsWithRoles([{ displayName: 'Marcus Reed', role: 'client sponsor' }]) //=> 'Marcus Reed (client sponsor)'
 */
export function recipientsWithRoles(recipients: readonly Pick<EscalationRecipientView, 'displayName' | 'role'>[]): string {
  return recipients.length === 0 ? 'nobody' : recipients.map((r) => `${r.displayName} (${r.role})`).join(', ');
}

/**
 * Where an item stands, as the issue panel lists it.
 * @example itemStateWords({ state: 'posted', postedAt: '2026-11-18T12:00:00Z', recipients: [{ displayName: 'Marcus Reed' }] }, Date.parse('2026-11-18T15:00:00Z'))
 *   //=> 'Posted 3 h ago to Marcus Reed'
 * @example itemStateWords({ state: 'planned', postedAt: null, recipients: [] }, 0) //=> 'Planned, not posted yet'
 * @example itemStateWords({ state: 'posted', postedAt: '2026-11-18T12:00:00Z', recipients: [] }, Date.parse('2026-11-18T15:00:00Z'))
 *   //=> 'Posted 3 h ago' (a daily note mentions nobody: the issue's watchers get it)
 */
export function itemStateWords(item: Pick<EscalationItemView, 'state' | 'postedAt'> & { recipients: readonly Pick<EscalationRecipientView, 'displayName'>[] }, now: number): string {
  if (item.state === 'planned') return 'Planned, not posted yet';
  if (item.state === 'would-post') return 'Would be posted (Preview: nothing is posted)';
  const ago = sinceWords(item.postedAt, now);
  const to = item.recipients.length === 0 ? '' : ` to ${recipientNames(item.recipients)}`;
  return `Posted${ago === null ? '' : ` ${ago} ago`}${to}`;
}
