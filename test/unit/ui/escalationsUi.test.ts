/**
 * The Custom UI's escalation words and the project page's history helpers: "escalated" and "reminded"
 * only from a posted item about that decision, ages on the given clock, the history's filters, count
 * and CSV, the last run's budget warning. No browser needed.
 */
import type { EscalationItemView, EscalationRecipientView } from '../../../src/contract/resolvers';
import { budgetWarning, filterHistory, groupByRuleWords, historyCountWords, historyCsvRows, noHistoryFilter, rulesIn, runCountsWords } from '../../../static/project-page/src/escalations/escalationReport';
import { toCsv } from '../../../static/shared/csv';
import { itemStateWords, itemTitle, recipientsWithRoles, stepWords } from '../../../static/shared/escalationItemWords';
import { addressedAs, decisionEscalationWords, recipientNames, sinceWords } from '../../../static/shared/escalationWords';

const NOW = Date.parse('2026-11-18T15:00:00Z');
const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(NOW - hoursAgo * HOUR).toISOString();

const marcus: EscalationRecipientView = { accountId: 'marcus', displayName: 'Marcus Reed', role: 'decision maker' };
const ana: EscalationRecipientView = { accountId: 'ana', displayName: 'Ana Lee', role: 'owner' };
const sponsor: EscalationRecipientView = { accountId: 'sam', displayName: 'Sam Client', role: 'client sponsor' };

function item(over: Partial<EscalationItemView> = {}): EscalationItemView {
  return {
    id: 'stale-decision:D-3:escalate', rule: 'stale-decision', ruleWords: 'Stale decision', step: 'escalate', issueKey: 'ENG-12',
    dueAt: at(5), state: 'posted', postedAt: at(3), recipients: [marcus, ana], text: '@Marcus Reed @Ana Lee: D-3 has waited 72 h.', decisionId: 'D-3',
    ...over,
  };
}

describe('sinceWords', () => {
  test('counts on the given clock, in the server’s span words', () => {
    expect(sinceWords(at(3), NOW)).toBe('3 h');
    expect(sinceWords(at(27), NOW)).toBe('1 d 3 h');
    expect(sinceWords(new Date(NOW - 30_000).toISOString(), NOW)).toBe('less than a minute');
  });
  test('a time after now is no age, not a negative one; a missing or unreadable time is null', () => {
    expect(sinceWords(new Date(NOW + 2 * HOUR).toISOString(), NOW)).toBe('less than a minute');
    expect(sinceWords(null, NOW)).toBeNull();
    expect(sinceWords('not a date', NOW)).toBeNull();
  });
});

describe('recipients', () => {
  test('names, names with roles, nobody', () => {
    expect(recipientNames([marcus, ana])).toBe('Marcus Reed, Ana Lee');
    expect(recipientNames([])).toBe('nobody');
    expect(recipientsWithRoles([marcus, sponsor])).toBe('Marcus Reed (decision maker), Sam Client (client sponsor)');
  });
  test('those in a role, else everyone addressed', () => {
    expect(addressedAs([marcus, ana], 'decision maker')).toEqual([marcus]);
    expect(addressedAs([ana, sponsor], 'decision maker')).toEqual([ana, sponsor]);
  });
});

describe('decisionEscalationWords (the decision clock)', () => {
  test('says escalated to the decision makers and reminded the owners, with the age of each posted comment', () => {
    const items = [
      item(),
      item({ id: 'r1', rule: 'decision-reminder', ruleWords: 'Reminder 1', step: 'remind-1', postedAt: at(30), recipients: [ana, sponsor] }),
      item({ id: 'r2', rule: 'decision-reminder', ruleWords: 'Reminder 2', step: 'remind-2', postedAt: at(6), recipients: [ana, sponsor] }),
    ];
    expect(decisionEscalationWords(items, 'D-3', NOW)).toEqual({ escalated: 'Escalated to Marcus Reed 3 h ago', reminded: 'Reminded Ana Lee 6 h ago' });
  });
  test('names everyone addressed when nobody has the role', () => {
    expect(decisionEscalationWords([item({ recipients: [sponsor, ana] })], 'D-3', NOW).escalated).toBe('Escalated to Sam Client, Ana Lee 3 h ago');
  });
  test('never for a planned step, another decision, or another rule', () => {
    const planned = item({ state: 'planned', postedAt: null });
    const other = item({ decisionId: 'D-4' });
    const blocker = item({ rule: 'blocker', ruleWords: 'Long blocker', decisionId: null });
    expect(decisionEscalationWords([planned, other, blocker], 'D-3', NOW)).toEqual({ escalated: null, reminded: null });
  });
});

describe('an item in words', () => {
  test('steps and titles', () => {
    expect(stepWords('escalate')).toBe('Escalation');
    expect(stepWords('remind-2')).toBe('Reminder 2');
    expect(stepWords('something-new')).toBe('something-new');
    expect(stepWords('post')).toBe('Comment');
    expect(itemTitle({ ruleWords: 'Daily note', step: 'post' })).toBe('Daily note · Comment');
    expect(itemStateWords({ state: 'posted', postedAt: '2026-11-18T12:00:00Z', recipients: [] }, Date.parse('2026-11-18T15:00:00Z'))).toBe('Posted 3 h ago');
    expect(itemTitle(item())).toBe('Stale decision · Escalation');
    expect(itemTitle({ ruleWords: 'Reminder 2', step: 'remind-2' })).toBe('Reminder 2');
  });
  test('posted says when and to whom; planned never claims a post', () => {
    expect(itemStateWords(item(), NOW)).toBe('Posted 3 h ago to Marcus Reed, Ana Lee');
    expect(itemStateWords(item({ state: 'planned', postedAt: null }), NOW)).toBe('Planned, not posted yet');
    expect(itemStateWords(item({ state: 'would-post', postedAt: null }), NOW)).toBe('Would be posted (Preview: nothing is posted)');
    expect(itemStateWords(item({ state: 'planned', postedAt: null }), NOW)).not.toMatch(/escalated|posted \d/i);
  });
});

describe('the project page’s escalations', () => {
  const history = [
    item({ id: 'a', issueKey: 'ENG-12' }),
    item({ id: 'b', rule: 'blocker', ruleWords: 'Long blocker', issueKey: 'ENG-3', decisionId: null }),
    item({ id: 'c', rule: 'decision-reminder', ruleWords: 'Reminder 1', step: 'remind-1', issueKey: 'ENG-120' }),
  ];

  test('open ones grouped by their rule’s words, in the order sent', () => {
    const groups = groupByRuleWords([history[1]!, history[0]!, item({ id: 'd', issueKey: 'ENG-9', rule: 'blocker', ruleWords: 'Long blocker', decisionId: null })]);
    expect(groups.map((g) => [g.ruleWords, g.items.map((i) => i.id)])).toEqual([
      ['Long blocker', ['b', 'd']],
      ['Stale decision', ['a']],
    ]);
  });

  test('filters by rule and by part of the issue key, any case', () => {
    expect(filterHistory(history, noHistoryFilter)).toHaveLength(3);
    expect(filterHistory(history, { rule: 'blocker', issue: '' }).map((i) => i.id)).toEqual(['b']);
    expect(filterHistory(history, { rule: 'all', issue: ' eng-12 ' }).map((i) => i.id)).toEqual(['a', 'c']);
    expect(filterHistory(history, { rule: 'stale-decision', issue: 'ENG-3' })).toEqual([]);
    expect(rulesIn(history)).toEqual(['blocker', 'decision-reminder', 'stale-decision']);
  });

  test('says when the page holds only the newest of the comments on record', () => {
    expect(historyCountWords(500, 500, 812)).toBe('Showing 500 of 812 comments posted (the newest)');
    expect(historyCountWords(20, 500, 812)).toBe('Showing 20 of 812 comments posted (the newest, 500 loaded and filtered)');
    expect(historyCountWords(40, 40, 40)).toBe('40 comments posted');
    expect(historyCountWords(3, 40, 40)).toBe('3 of 40 comments posted');
    expect(historyCountWords(1, 1, 1)).toBe('1 comment posted');
  });

  test('the CSV has one row per comment with its full text and recipients with roles', () => {
    const csv = toCsv(historyCsvRows([item({ text: 'Line one, with a comma\nLine two' })]));
    expect(csv).toBe(
      'Posted at,Rule,Issue,Step,Recipients,Comment\r\n' +
        `${at(3)},Stale decision,ENG-12,Escalation,"Marcus Reed (decision maker), Ana Lee (owner)","Line one, with a comma\nLine two"\r\n`,
    );
  });

  test('the last run in words; a run stopped on its budget says what ran out', () => {
    expect(runCountsWords({ due: 12, posted: 5, alreadyDone: 7 })).toBe('12 due · 5 posted · 7 already done');
    expect(budgetWarning("the run's 200 Jira writes")).toBe("The last run stopped on the run's 200 Jira writes; the rest is posted by the next run.");
    expect(budgetWarning(null)).toBeNull();
  });
});
