/** `issuelinks` → Issue.linkedIssueIds, and the reporter's account type: what the partner signal reads of Jira's issues. */
import { mapIssue, mapLinkedIssueIds } from '../../../src/jira';
import * as fx from './fixtures/jiraJson';

const RELATES = { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' };
const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };
const CLONERS = { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' };
const end = (id: string, key: string) => ({ id, key, fields: { summary: key, status: { statusCategory: { key: 'new' } } } });

describe('mapLinkedIssueIds', () => {
  it('every link of any type, whichever end the other issue is, each issue once', () => {
    const issuelinks = [
      { id: '1', type: RELATES, outwardIssue: end('10005', 'ENG-5') },
      { id: '2', type: BLOCKS, inwardIssue: end('10007', 'ENG-7') },
      { id: '3', type: CLONERS, inwardIssue: end('10005', 'ENG-5') },
      { id: '4', type: CLONERS, outwardIssue: { key: 'ENG-9' } }, // no id: nothing to match a record by
      null,
      'x',
    ];
    expect(mapLinkedIssueIds(issuelinks)).toEqual(['10005', '10007']);
    expect(mapLinkedIssueIds(undefined)).toEqual([]);
  });

  it('mapIssue sets it when Jira sent the links, and leaves it out when it did not', () => {
    const withLinks = { ...fx.searchIssue, fields: { ...fx.searchIssue.fields, issuelinks: [{ id: '1', type: RELATES, inwardIssue: end('10005', 'ENG-5') }] } };
    expect(mapIssue(withLinks, fx.FIELD_IDS).linkedIssueIds).toEqual(['10005']);
    expect('linkedIssueIds' in mapIssue(fx.searchIssue, fx.FIELD_IDS)).toBe(false);
  });
});

describe('mapIssue: the reporter’s account type', () => {
  it('keeps whose account reported the issue where Jira says (an app’s, a person’s)', () => {
    const app = { accountId: '557058:app', accountType: 'app', displayName: 'Engagement Health for Jira' };
    expect(mapIssue({ ...fx.searchIssue, fields: { ...fx.searchIssue.fields, reporter: app } }, fx.FIELD_IDS).reporter).toEqual(app);
    expect(mapIssue({ ...fx.searchIssue, fields: { ...fx.searchIssue.fields, reporter: { accountId: 'a', displayName: 'A' } } }, fx.FIELD_IDS).reporter).toEqual({ accountId: 'a', displayName: 'A' });
  });
});
