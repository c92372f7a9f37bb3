import { issueAcceptance } from '../../../src/app/acceptance/issueAcceptance';
import { NOT_VISIBLE } from '../../../src/app/access';
import type { UseCaseContext } from '../../../src/app/context';
import { issueDecisions } from '../../../src/app/decisions/issueDecisions';
import { issuePanel } from '../../../src/app/issuePanel';
import { issueSummary } from '../../../src/app/issueSummary';
import type { AcceptanceStore, DecisionStore } from '../../../src/app/ports';
import { aDecision, anIssue, T0 } from '../../support/builders';
import { fakeJira, memoryPolicyStore, useCaseContext } from '../../support/fakePorts';

describe('issue/panel composes the three sections, doing what they share once', () => {
  const issue = anIssue({ key: 'ENG-7', id: '10007' });
  const decision = aDecision({ issueId: issue.id, issueKey: issue.key, raisedBy: 'lead', ownerIds: ['po'] });

  /** A context whose Jira counts the permission questions and name lookups as well as the reads. */
  function counted(accountId: string) {
    const ports = fakeJira({ issues: [issue], grants: { lead: ['BROWSE_PROJECTS', 'EDIT_ISSUES'] } });
    const asked: string[] = [];
    const has = ports.permissions.has;
    ports.permissions.has = (who, permission, target) => (asked.push(permission), has(who, permission, target));
    const getPeople = ports.jira.getPeople;
    ports.jira.getPeople = (ids) => (asked.push(`names ${[...ids].sort().join(',')}`), getPeople(ids));
    const ctx: UseCaseContext = {
      ...useCaseContext(accountId, ports, T0),
      policies: memoryPolicyStore().store,
      decisions: { listByIssue: async () => [decision] } as Partial<DecisionStore> as DecisionStore,
      acceptance: { get: async () => undefined } as Partial<AcceptanceStore> as AcceptanceStore,
    };
    return { ctx, reads: ports.calls, asked };
  }

  it('answers what the single use cases answer, with one Browse check, one read of the issue and one name lookup', async () => {
    const { ctx, reads, asked } = counted('lead');
    const view = await issuePanel(ctx, issue.key);
    expect(reads).toEqual([`getIssue ${issue.key}`]);
    expect(asked.filter((a) => a === 'BROWSE_PROJECTS')).toHaveLength(1);
    expect(asked.filter((a) => a.startsWith('names'))).toHaveLength(1);
    expect(view.summary).toEqual(await issueSummary(counted('lead').ctx, issue.key));
    expect(view.acceptance).toEqual(await issueAcceptance(counted('lead').ctx, issue.key));
    expect(view.decisions).toEqual(await issueDecisions(counted('lead').ctx, issue.key));
    expect(view.decisions.decisions[0]).toMatchObject({ raisedBy: { displayName: 'Person lead' } });
  });

  it('refuses someone who may not browse the issue before reading anything', async () => {
    const { ctx, reads } = counted('guest');
    await expect(issuePanel(ctx, issue.key)).rejects.toMatchObject({ code: 'not_found', message: NOT_VISIBLE });
    expect(reads).toEqual([]);
  });
});
