import { repairDecisionMirrors, syncDecisionMirror } from '../../../src/app/decisions/mirror';
import type { DecisionStore } from '../../../src/app/ports';
import { DECISIONS_PROPERTY_KEY, decisionsMirror } from '../../../src/domain/decisions/mirror';
import type { Decision } from '../../../src/domain/decisions/types';
import { aDecision, T0 } from '../../support/builders';
import { fakeJira, useCaseContext } from '../../support/fakePorts';

/** The trusted records of one project, read-only: the repair never writes them. */
function decisionStore(decisions: Decision[]): DecisionStore {
  const refuse = () => Promise.reject(new Error('the mirror repair must not write decisions'));
  return {
    get: async (_project, id) => decisions.find((d) => d.id === id),
    listByProject: async () => decisions,
    listByIssue: async (_project, issueId) => decisions.filter((d) => d.issueId === issueId),
    listPending: async () => decisions.filter((d) => d.status === 'pending'),
    insert: refuse,
    replace: refuse,
  };
}

const onIssue = (n: number, id: string): Decision => aDecision({ id, issueId: String(10000 + n), issueKey: `ENG-${n}` });

describe('repairDecisionMirrors (hourly)', () => {
  const decisions = [onIssue(1, 'D-1'), onIssue(2, 'D-2'), onIssue(3, 'D-3')];

  it('one issue that cannot be written is reported; the other issues are still repaired', async () => {
    const ports = fakeJira({});
    const written: string[] = [];
    ports.jira.searchIssueProperty = async () => [{ issueId: '10002', issueKey: 'ENG-2', value: { statuses: ['decided'] } }];
    ports.jira.setIssueProperty = async (issueKey, propertyKey) => {
      if (issueKey === 'ENG-2') throw new Error('Jira answered 500 for ENG-2');
      written.push(`${issueKey} ${propertyKey}`);
    };
    const repair = await repairDecisionMirrors({ jira: ports.jira, decisions: decisionStore(decisions) }, 'ENG');
    expect(repair).toEqual({ rewritten: ['ENG-1', 'ENG-3'], failures: [{ issueKey: 'ENG-2', message: 'Jira answered 500 for ENG-2' }] });
    expect(written).toEqual([`ENG-1 ${DECISIONS_PROPERTY_KEY}`, `ENG-3 ${DECISIONS_PROPERTY_KEY}`]);
  });

  it('rewrites only what differs, so a second run writes nothing', async () => {
    const ports = fakeJira({});
    const mirrors = new Map<string, unknown>([['ENG-1', decisionsMirror([decisions[0]!])]]);
    ports.jira.searchIssueProperty = async () => [...mirrors].map(([issueKey, value]) => ({ issueId: '', issueKey, value }));
    ports.jira.setIssueProperty = async (issueKey, _key, value) => void mirrors.set(issueKey, structuredClone(value));
    const deps = { jira: ports.jira, decisions: decisionStore(decisions) };
    expect(await repairDecisionMirrors(deps, 'ENG')).toEqual({ rewritten: ['ENG-2', 'ENG-3'], failures: [] });
    expect(await repairDecisionMirrors(deps, 'ENG')).toEqual({ rewritten: [], failures: [] });
  });
});

describe('syncDecisionMirror (after a write, on view)', () => {
  it('a mirror that cannot be written does not fail the use case: the trusted record is stored, the hourly repair retries', async () => {
    const ports = fakeJira({});
    ports.jira.setIssueProperty = async () => {
      throw new Error('property value is too long');
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await expect(syncDecisionMirror(useCaseContext('lead', ports, T0), 'ENG-1', [onIssue(1, 'D-1')])).resolves.toBe(false);
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
