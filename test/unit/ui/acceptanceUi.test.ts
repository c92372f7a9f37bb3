/** The acceptance words and numbers the panel and the project page show. */
import type { IssueAcceptanceView } from '../../../src/contract/resolvers';
import { acceptanceWords, formatHours, formatRate, gateWords, lastVerdict } from '../../../static/shared/acceptanceLabels';
import { pathLabel } from '../../../static/settings/src/policy/policyDraft';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 18, 15, 0);
const emily = { accountId: 'emily', displayName: 'Emily Carter' };

function view(over: Partial<IssueAcceptanceView> = {}): IssueAcceptanceView {
  return { issueKey: 'ENG-7', state: 'not-ready', since: null, round: 1, readyStatus: 'Ready for Acceptance', acceptors: [emily], canVerdict: false, gateEnabled: true, gateAskedAt: null, history: [], pending: [], version: 1, ...over };
}

describe('acceptance in words', () => {
  test('awaiting: how long, and the round after the first', () => {
    expect(acceptanceWords(view({ state: 'awaiting', since: new Date(NOW - 50 * HOUR).toISOString() }), NOW)).toBe('Awaiting acceptance for 2 d 2 h');
    expect(acceptanceWords(view({ state: 'awaiting', since: new Date(NOW - 48 * HOUR).toISOString(), round: 2 }), NOW)).toBe('Awaiting acceptance for 2 d, round 2');
    expect(acceptanceWords(view({ state: 'awaiting', since: null }), NOW)).toBe('Awaiting acceptance');
  });
  test('a verdict names who and when', () => {
    const at = new Date(NOW - HOUR).toISOString();
    const accepted = view({ state: 'accepted', history: [{ round: 1, verdict: 'accepted', by: emily, at, feedback: null }] });
    expect(acceptanceWords(accepted, NOW)).toMatch(/^Accepted by Emily Carter on .+2026/);
    const changes = view({ state: 'changes-requested', history: [{ round: 1, verdict: 'changes-requested', by: emily, at, feedback: 'Wrong colour' }] });
    expect(acceptanceWords(changes, NOW)).toMatch(/^Changes requested by Emily Carter on /);
    expect(lastVerdict(changes)?.feedback).toBe('Wrong colour');
  });
  test('the Done gate is said to block only once Jira has run it in the project', () => {
    expect(gateWords(view({ state: 'awaiting', gateAskedAt: new Date(NOW).toISOString() }))).toEqual({ words: 'Done is blocked until the client accepts this issue.', active: true });
    const notYet = gateWords(view({ state: 'awaiting' }))!;
    expect(notYet.active).toBe(false);
    expect(notYet.words).toMatch(/once the project’s workflow runs the app’s check “Accepted by the client”: Jira has not run it in this project yet\.$/);
    expect(gateWords(view({ state: 'accepted', gateAskedAt: new Date(NOW).toISOString() }))).toBeNull();
    expect(gateWords(view({ state: 'awaiting', gateEnabled: false, gateAskedAt: new Date(NOW).toISOString() }))).toBeNull();
  });
  test('not ready names the status it waits for', () => {
    expect(acceptanceWords(view(), NOW)).toBe('Not ready: it awaits acceptance once it reaches “Ready for Acceptance”');
  });
});

describe('acceptance numbers', () => {
  test('rates and durations', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(2 / 3)).toBe('67 %');
    expect(formatHours(null)).toBe('—');
    expect(formatHours(5.25)).toBe('5.3 h');
    expect(formatHours(72)).toBe('3 d');
  });
  test('policy paths of the acceptance fieldset read as words', () => {
    expect(pathLabel('policy.acceptance.returnStatus')).toBe('Acceptance · status after a change request');
  });
});
