/** The project page's Escalations section as pure functions: open ones grouped, the history filtered and as CSV, the last run in words. */
import type { EscalationItemView, EscalationRuleKey, EscalationRunView } from '../../../../src/contract/resolvers';
import type { CsvCell } from '../../../shared/csv';
import { recipientsWithRoles, ruleLabels, stepWords } from '../../../shared/escalationItemWords';

/** Open escalations grouped by their rule's words, in the order the server sent them (by rule, oldest first). */
export function groupByRuleWords(items: readonly EscalationItemView[]): { ruleWords: string; items: EscalationItemView[] }[] {
  const groups = new Map<string, EscalationItemView[]>();
  for (const item of items) groups.set(item.ruleWords, [...(groups.get(item.ruleWords) ?? []), item]);
  return [...groups].map(([ruleWords, grouped]) => ({ ruleWords, items: grouped }));
}

export interface HistoryFilter {
  rule: EscalationRuleKey | 'all';
  /** Part of an issue key, any case: "eng-1" finds ENG-1 and ENG-12. */
  issue: string;
}

export const noHistoryFilter: HistoryFilter = { rule: 'all', issue: '' };

export function filterHistory(items: readonly EscalationItemView[], filter: HistoryFilter): EscalationItemView[] {
  const issue = filter.issue.trim().toLowerCase();
  return items.filter((i) => (filter.rule === 'all' || i.rule === filter.rule) && (issue === '' || i.issueKey.toLowerCase().includes(issue)));
}

/** The rules the history has comments of, in the order of `ruleLabels`. */
export function rulesIn(items: readonly EscalationItemView[]): EscalationRuleKey[] {
  const present = new Set(items.map((i) => i.rule));
  return (Object.keys(ruleLabels) as EscalationRuleKey[]).filter((rule) => present.has(rule));
}

/**
 * What the table lists against what is on record: the page gets the newest comments only.
 * @example historyCountWords(500, 500, 812) //=> 'Showing 500 of 812 comments posted (the newest)'
 * @example historyCountWords(3, 40, 40) //=> '3 of 40 comments posted'
 * @example historyCountWords(1, 1, 1) //=> '1 comment posted'
 */
export function historyCountWords(shown: number, loaded: number, total: number): string {
  const noun = total === 1 ? 'comment' : 'comments';
  if (total > loaded) return `Showing ${shown} of ${total} ${noun} posted (the newest${shown < loaded ? `, ${loaded} loaded and filtered` : ''})`;
  return shown === total ? `${total} ${noun} posted` : `${shown} of ${total} ${noun} posted`;
}

export const historyCsvHeader = ['Posted at', 'Rule', 'Issue', 'Step', 'Recipients', 'Comment'];

export function historyCsvRows(items: readonly EscalationItemView[]): CsvCell[][] {
  return [historyCsvHeader, ...items.map((i) => [i.postedAt, i.ruleWords, i.issueKey, stepWords(i.step), recipientsWithRoles(i.recipients), i.text])];
}

/**
 * The run's counts in one line.
 * @example runCountsWords({ due: 12, posted: 5, alreadyDone: 7 }) //=> '12 due · 5 posted · 7 already done'
 */
export function runCountsWords(run: Pick<EscalationRunView, 'due' | 'posted' | 'alreadyDone'>): string {
  return `${run.due} due · ${run.posted} posted · ${run.alreadyDone} already done`;
}

/**
 * The warning of a run that stopped on its budget; null when it did not.
 * @example budgetWarning('its 200 Jira requests') //=> 'The last run stopped on its 200 Jira requests; the rest is posted by the next run.'
 */
export function budgetWarning(stoppedOnBudget: string | null): string | null {
  if (!stoppedOnBudget) return null;
  return `The last run stopped on ${stoppedOnBudget.replace(/[.\s]+$/, '')}; the rest is posted by the next run.`;
}
