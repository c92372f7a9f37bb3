/** `issuelinks` → Issue.blockedBy: only the issues that block this one, as Jira Cloud sends the field. */
import { mapBlockedBy, mapIssue } from '../../../src/jira';
import * as fx from './fixtures/jiraJson';

const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: 'https://example.atlassian.net/rest/api/3/issueLinkType/10000' };
const RELATES = { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' };
const linked = (id: string, key: string, category: string, extra: Record<string, unknown> = {}) => ({
  id,
  key,
  self: `https://example.atlassian.net/rest/api/3/issue/${id}`,
  fields: {
    summary: `Issue ${key}`,
    status: { id: '3', name: 'In Progress', statusCategory: { id: 4, key: category, name: 'In Progress' } },
    priority: { id: '3', name: 'Medium' },
    issuetype: { id: '10002', name: 'Task', subtask: false },
    ...extra,
  },
});

describe('mapBlockedBy', () => {
  it('keeps the Blocks links whose other end is the inward issue (it blocks this one)', () => {
    const issuelinks = [
      { id: '20001', type: BLOCKS, inwardIssue: linked('10005', 'ENG-5', 'indeterminate') },
      { id: '20002', type: BLOCKS, outwardIssue: linked('10007', 'ENG-7', 'new') }, // this issue blocks ENG-7
      { id: '20003', type: RELATES, inwardIssue: linked('10008', 'ENG-8', 'new') },
      { id: '20004', type: BLOCKS, inwardIssue: linked('10009', 'ENG-9', 'done', { assignee: { accountId: 'acc-9', displayName: 'Nine' } }) },
    ];
    expect(mapBlockedBy(issuelinks)).toEqual([
      { issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false },
      { issueKey: 'ENG-9', issueId: '10009', assigneeId: 'acc-9', done: true },
    ]);
  });

  it('knows a renamed Blocks type by its inward words, and a done status by its category id', () => {
    const renamed = { name: 'Dependency', inward: 'is blocked by', outward: 'blocks' };
    const doneById = { key: 'ENG-3', fields: { status: { statusCategory: { id: 3 } } } };
    expect(mapBlockedBy([{ type: renamed, inwardIssue: doneById }])).toEqual([{ issueKey: 'ENG-3', assigneeId: null, done: true }]);
  });

  it('drops what it cannot read, each blocker once', () => {
    const noKey = { type: BLOCKS, inwardIssue: { id: '10010' } };
    const noType = { inwardIssue: linked('10011', 'ENG-11', 'new') };
    const twice = { type: BLOCKS, inwardIssue: linked('10005', 'ENG-5', 'new') };
    expect(mapBlockedBy([noKey, noType, twice, twice, null, 'x'])).toEqual([{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false }]);
    expect(mapBlockedBy(undefined)).toEqual([]);
    expect(mapBlockedBy({ not: 'a list' })).toEqual([]);
  });
});

describe('mapIssue: blockedBy', () => {
  it('is set from issuelinks when Jira sent the field, absent when it did not', () => {
    const withLinks = { ...fx.searchIssue, fields: { ...fx.searchIssue.fields, issuelinks: [{ id: '20001', type: BLOCKS, inwardIssue: linked('10005', 'ENG-5', 'new') }] } };
    expect(mapIssue(withLinks, fx.FIELD_IDS).blockedBy).toEqual([{ issueKey: 'ENG-5', issueId: '10005', assigneeId: null, done: false }]);
    expect(mapIssue({ ...fx.searchIssue, fields: { ...fx.searchIssue.fields, issuelinks: [] } }, fx.FIELD_IDS).blockedBy).toEqual([]);
    expect('blockedBy' in mapIssue(fx.searchIssue, fx.FIELD_IDS)).toBe(false);
  });
});
