import { NOT_VISIBLE, requirePermission } from '../../../src/app/access';
import { issueSummary } from '../../../src/app/issueSummary';
import { projectOverview } from '../../../src/app/projectOverview';
import { AppError } from '../../../src/app/errors';
import { aSprint, anIssue, T0 } from '../../support/builders';
import { fakeJira, memoryPolicyStore, useCaseContext } from '../../support/fakePorts';

describe('use cases ask Jira who may see what', () => {
  const issue = anIssue({ key: 'ENG-42', summary: 'Checkout shows tax', storyPoints: 5, status: 'In Progress', statusCategory: 'indeterminate', sprintIds: [1] });
  const ports = () => fakeJira({ issues: [issue], sprints: [aSprint({ id: 1 })], grants: { lead: ['BROWSE_PROJECTS'] } });

  it('shows the issue to someone who may browse it', async () => {
    const view = await issueSummary(useCaseContext('lead', ports(), T0), 'ENG-42');
    expect(view).toMatchObject({ key: 'ENG-42', summary: 'Checkout shows tax', storyPoints: 5, status: 'In Progress', statusCategory: 'indeterminate' });
  });

  it('refuses someone without Browse permission before reading the issue, without saying whether it exists', async () => {
    const p = ports();
    const refusal = issueSummary(useCaseContext('guest', p, T0), 'ENG-42');
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({ code: 'not_found', message: NOT_VISIBLE });
    expect(p.calls).toEqual([]);
  });

  it('refuses the project page to someone without Browse permission and stores nothing', async () => {
    const ctx = useCaseContext('guest', ports(), T0);
    await expect(projectOverview(ctx, 'ENG')).rejects.toMatchObject({ code: 'not_found', message: NOT_VISIBLE });
    expect(await ctx.store.list('')).toEqual([]);
  });

  it('asks for Browse first: who cannot see the issue hears "not found" even for an edit; who sees it hears why not', async () => {
    const p = fakeJira({ issues: [issue], grants: { lead: ['BROWSE_PROJECTS'], editor: ['BROWSE_PROJECTS', 'EDIT_ISSUES'] } });
    await expect(requirePermission(useCaseContext('guest', p, T0), 'EDIT_ISSUES', { issueKey: 'ENG-42' })).rejects.toMatchObject({ code: 'not_found', message: NOT_VISIBLE });
    await expect(requirePermission(useCaseContext('guest', p, T0), 'ADMINISTER_PROJECTS', { projectKey: 'ENG' })).rejects.toMatchObject({ code: 'not_found', message: NOT_VISIBLE });
    await expect(requirePermission(useCaseContext('lead', p, T0), 'EDIT_ISSUES', { issueKey: 'ENG-42' })).rejects.toMatchObject({
      code: 'forbidden',
      message: "You don't have permission to edit this issue (issue ENG-42).",
    });
    await expect(requirePermission(useCaseContext('editor', p, T0), 'EDIT_ISSUES', { issueKey: 'ENG-42' })).resolves.toBeUndefined();
    expect(p.calls).toEqual([]);
  });

  it('registers the project for the hourly refresh and, never computed, queues its health snapshot once', async () => {
    const pushed: unknown[] = [];
    const ctx = { ...useCaseContext('lead', ports(), T0), policies: memoryPolicyStore().store, healthQueue: { push: async (requests: readonly unknown[]) => void pushed.push(...requests) } };
    const overview = await projectOverview(ctx, 'ENG');
    expect(overview.health).toMatchObject({ computedAt: null, refresh: { state: 'running', phase: 'Queued' }, signals: [] });
    expect(overview.policyNotice).toBeNull();
    expect(pushed).toEqual([{ projectKey: 'ENG', full: true }]);
    await projectOverview(ctx, 'ENG');
    expect(pushed).toHaveLength(1);
    expect((await ctx.store.list('')).map((e) => e.key).sort()).toEqual(['health:ENG:refresh', 'project:ENG']);
  });
});
