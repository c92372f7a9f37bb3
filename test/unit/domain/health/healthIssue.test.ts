import { healthIssue, type HealthFieldIds } from '../../../../src/domain/health/healthIssue';
import { decodeHealthIssue, encodeHealthIssue, type StoredHealthIssue } from '../../../../src/domain/health/storedForm';
import type { ChangelogEntry, FieldChange } from '../../../../src/domain/types';
import { anIssue, DAY, T0 } from '../../../support/builders';

const FIELDS: HealthFieldIds = { sprintFieldId: 'customfield_10020', estimationFieldId: 'customfield_10016', flaggedFieldId: 'customfield_10021' };
const HOUR = 3_600_000;

/** A Link item as Jira writes it on the blocked issue ("fieldId" as the sandbox sends it; some sites send none, mapped to the field's name). */
const linkChange = (key: string, added: boolean, words = 'is blocked by', fieldId = 'issuelinks'): FieldChange => {
  const text = `This issue ${words} ${key}`;
  return added ? { fieldId, field: 'Link', from: null, fromString: null, to: key, toString: text } : { fieldId, field: 'Link', from: key, fromString: text, to: null, toString: null };
};
const entry = (issueId: string, at: number, ...changes: FieldChange[]): ChangelogEntry => ({ issueId, id: String(at), authorId: 'acc-lead', at, changes });

describe('healthIssue: assignee and blocking links', () => {
  it('keeps the assignee, null when unassigned', () => {
    expect(healthIssue(anIssue({ assignee: { accountId: 'acc-dev', displayName: 'Dev' } }), [], FIELDS).assigneeId).toBe('acc-dev');
    expect(healthIssue(anIssue(), [], FIELDS).assigneeId).toBeNull();
  });

  it('dates a link from the last Link item that added it, any order of entries', () => {
    const issue = anIssue({ blockedBy: [{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false }] });
    const own = [
      entry(issue.id, T0 - 1 * DAY, linkChange('ENG-5', true)),
      entry(issue.id, T0 - 5 * DAY, linkChange('ENG-5', true)),
      entry(issue.id, T0 - 3 * DAY, linkChange('ENG-5', false)),
      entry(issue.id, T0 - 2 * DAY, linkChange('ENG-6', true)),
    ];
    expect(healthIssue(issue, own, FIELDS).blockedBy).toEqual([{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false, since: T0 - 1 * DAY }]);
  });

  it('reads items without a field id (named "Link") and prefers the blocking words over another link to the same issue', () => {
    const issue = anIssue({ blockedBy: [{ issueKey: 'ENG-5', assigneeId: 'acc-5', done: false }] });
    const own = [entry(issue.id, T0 - 4 * DAY, linkChange('ENG-5', true, 'is blocked by', 'Link')), entry(issue.id, T0 - HOUR, linkChange('ENG-5', true, 'relates to', 'Link'))];
    expect(healthIssue(issue, own, FIELDS).blockedBy[0]!.since).toBe(T0 - 4 * DAY);
    // A site that words its Blocks type otherwise: the last link added to that issue.
    const reworded = [entry(issue.id, T0 - 2 * DAY, linkChange('ENG-5', true, 'waits for'))];
    expect(healthIssue(issue, reworded, FIELDS).blockedBy[0]!.since).toBe(T0 - 2 * DAY);
  });

  it('falls back to the issue\'s creation when the changelog does not say; no links → none', () => {
    const issue = anIssue({ blockedBy: [{ issueKey: 'ENG-9', assigneeId: null, done: true }] });
    expect(healthIssue(issue, [entry(issue.id, T0, linkChange('ENG-8', true))], FIELDS).blockedBy).toEqual([{ issueKey: 'ENG-9', assigneeId: null, done: true, since: issue.created }]);
    expect(healthIssue(anIssue(), [], FIELDS).blockedBy).toEqual([]);
  });
});

describe('stored form', () => {
  it('round-trips assignee and links, and leaves empty links out', () => {
    const blocked = anIssue({ assignee: { accountId: 'acc-dev', displayName: 'Dev' }, blockedBy: [{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false }] });
    const h = healthIssue(blocked, [entry(blocked.id, T0 - DAY, linkChange('ENG-5', true))], FIELDS);
    const stored = JSON.parse(JSON.stringify(encodeHealthIssue(h))) as StoredHealthIssue;
    expect(decodeHealthIssue(stored)).toEqual(h);
    const free = healthIssue(anIssue(), [], FIELDS);
    expect('blockedBy' in encodeHealthIssue(free)).toBe(false);
    expect(decodeHealthIssue(JSON.parse(JSON.stringify(encodeHealthIssue(free))) as StoredHealthIssue)).toEqual(free);
  });

  it('reads a record stored before assignee and links were kept as unassigned and unblocked', () => {
    const h = healthIssue(anIssue({ assignee: { accountId: 'acc-dev', displayName: 'Dev' } }), [], FIELDS);
    const { assigneeId: _assignee, blockedBy: _links, ...old } = JSON.parse(JSON.stringify(encodeHealthIssue(h))) as StoredHealthIssue & { blockedBy?: unknown };
    expect(decodeHealthIssue(old as StoredHealthIssue)).toEqual({ ...h, assigneeId: null, blockedBy: [] });
  });
});
