/** forge-check's own scope check: JIRA_OPERATIONS against the manifest's scopes, per the specs. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadJiraSpecs, scopeSchemes } from '../../scripts/lib/jiraSpecs';
import { checkScopes } from '../../scripts/lib/scopeCheck';
import { JIRA_OPERATIONS } from '../../src/jira';

const specs = loadJiraSpecs();
const messages = (report: ReturnType<typeof checkScopes>) => report.findings.map((f) => `${f.level}: ${f.message}`);

describe('scope schemes from the specs', () => {
  it('reads the classic and granular sets of a platform operation', () => {
    const op = specs.findByTemplate('GET', '/rest/api/3/issue/{issueIdOrKey}')!;
    expect(scopeSchemes(op)).toEqual([['read:jira-work'], expect.arrayContaining(['read:issue:jira', 'read:issue-meta:jira'])]);
  });

  it('reads the OAuth2 security list of a software operation as one set', () => {
    const op = specs.findByTemplate('GET', '/rest/agile/1.0/sprint/{sprintId}/issue')!;
    expect(scopeSchemes(op)).toEqual([['read:sprint:jira-software', 'read:issue-details:jira', 'read:jql:jira']]);
  });
});

describe('checkScopes', () => {
  const ops = [
    { method: 'GET', path: '/rest/api/3/issue/{issueIdOrKey}' },
    { method: 'GET', path: '/rest/agile/1.0/sprint/{sprintId}/issue' },
  ];

  it('passes when one scheme per operation is held, and warns about scopes nothing needs', () => {
    const report = checkScopes(ops, ['read:jira-work', 'read:sprint:jira-software', 'read:issue-details:jira', 'read:jql:jira', 'write:jira-work', 'storage:app'], specs);
    expect(messages(report)).toEqual(['warning: scope write:jira-work is needed by no operation in JIRA_OPERATIONS']);
  });

  it('names the missing scopes of every scheme', () => {
    const report = checkScopes(ops, ['read:jira-work', 'read:sprint:jira-software'], specs);
    expect(messages(report)).toEqual([
      'error: GET /rest/agile/1.0/sprint/{sprintId}/issue (software spec) lacks scopes: add read:issue-details:jira, read:jql:jira',
    ]);
  });

  it('fails on an operation the specs do not have, and warns on a deprecated one', () => {
    const report = checkScopes([{ method: 'POST', path: '/rest/api/3/issue/{issueIdOrKey}/flag' }, { method: 'GET', path: '/rest/api/3/search' }], ['read:jira-work'], specs);
    expect(messages(report)).toEqual([
      'error: POST /rest/api/3/issue/{issueIdOrKey}/flag is not an operation of the Jira specs',
      expect.stringMatching(/^warning: GET \/rest\/api\/3\/search is deprecated/),
    ]);
  });

  it('holds for the app: manifest.yml covers every operation of the Jira client', () => {
    const manifest = parse(fs.readFileSync(path.resolve(__dirname, '../../manifest.yml'), 'utf8')) as { permissions: { scopes: string[] } };
    const report = checkScopes(JIRA_OPERATIONS, manifest.permissions.scopes, specs);
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
  });
});
