/** The issues behind a number: Jira's search for them, their CSV and the total above the list. */
import type { HealthIssuesView } from '../../../src/contract/resolvers';
import { shellRouteFor } from '../../../sandbox/host/host';
import { toCsv } from '../../../static/shared/csv';
import { issuePath, issueSearchPath, issuesCsvFileName, issuesCsvRows, issuesTotalWords } from '../../../static/project-page/src/health/issues/issueLinks';

const view: HealthIssuesView = {
  title: 'Committed in Sprint 5',
  rows: [
    { key: 'ENG-12', summary: 'Checkout, with "express" option', points: 5, event: 'In the sprint at its start', at: '2026-11-02T09:00:00.000Z' },
    { key: 'ENG-14', summary: '=cmd|calc', points: null, event: 'Added after the start', at: null },
  ],
  jql: 'issuekey in (ENG-12, ENG-14)',
};

describe('the issues behind a number', () => {
  test('Jira’s issue search gets the JQL encoded, as a path of the site', () => {
    expect(issueSearchPath('issuekey in (ENG-1, ENG-2)')).toBe('/issues/?jql=issuekey%20in%20(ENG-1%2C%20ENG-2)');
    expect(decodeURIComponent(issueSearchPath('project = "A&B" ORDER BY key').split('jql=')[1]!)).toBe('project = "A&B" ORDER BY key');
    expect(issuePath('ENG-12')).toBe('/browse/ENG-12');
  });

  test('the CSV has a header and a row per issue, quoted and defused as spreadsheets need', () => {
    const rows = issuesCsvRows(view);
    expect(rows[0]).toEqual(['Issue', 'Summary', 'Points', 'Counted as', 'When']);
    expect(rows).toHaveLength(3);
    const csv = toCsv(rows);
    expect(csv).toContain('ENG-12,"Checkout, with ""express"" option",5,In the sprint at its start,2026-11-02T09:00:00.000Z\r\n');
    expect(csv).toContain("ENG-14,'=cmd|calc,,Added after the start,\r\n");
  });

  test('the file is named for the project and the list', () => {
    expect(issuesCsvFileName('ENG', 'Committed in Sprint 5')).toBe('ENG-committed-in-sprint-5.csv');
    expect(issuesCsvFileName('ENG', 'Bugs escaped after “v2.1”')).toBe('ENG-bugs-escaped-after-v2-1.csv');
    expect(issuesCsvFileName('ENG', '✓✓')).toBe('ENG-issues.csv');
  });

  test('the total counts the issues and adds their points when any are estimated', () => {
    expect(issuesTotalWords(view.rows)).toBe('2 issues · 5 points');
    expect(issuesTotalWords([{ points: 1 }])).toBe('1 issue · 1 point');
    expect(issuesTotalWords([{ points: null }])).toBe('1 issue');
    expect(issuesTotalWords([{ points: 0.5 }, { points: 1.25 }])).toBe('2 issues · 1.8 points');
  });

  test('the sandbox serves Jira’s search and issue addresses as the shell’s views, the JQL intact', () => {
    const opened = new URL(issueSearchPath(view.jql!), 'http://localhost:4300');
    const route = new URL(shellRouteFor(opened.pathname, opened.searchParams)!, 'http://localhost:4300');
    expect(route.searchParams.get('view')).toBe('search');
    expect(route.searchParams.get('jql')).toBe(view.jql);
    expect(shellRouteFor('/browse/eng-12', new URLSearchParams())).toBe('/?view=issue&key=ENG-12');
    expect(shellRouteFor('/browse/../etc', new URLSearchParams())).toBeNull();
    expect(shellRouteFor('/app/project-page/', new URLSearchParams())).toBeNull();
  });
});
