import { issueSummary } from '../../../src/app/issueSummary';
import { projectOverview } from '../../../src/app/projectOverview';
import { AppError } from '../../../src/app/errors';
import { aSprint, anIssue, T0 } from '../../support/builders';
import { fakeJira, useCaseContext } from '../../support/fakePorts';

describe('use cases ask Jira who may see what', () => {
  const issue = anIssue({ key: 'ENG-42', summary: 'Checkout shows tax', storyPoints: 5, status: 'In Progress', statusCategory: 'indeterminate', sprintIds: [1] });
  const ports = () => fakeJira({ issues: [issue], sprints: [aSprint({ id: 1 })], grants: { lead: ['BROWSE_PROJECTS'] } });

  it('shows the issue to someone who may browse it', async () => {
    const view = await issueSummary(useCaseContext('lead', ports(), T0), 'ENG-42');
    expect(view).toMatchObject({ key: 'ENG-42', summary: 'Checkout shows tax', storyPoints: 5, status: 'In Progress', statusCategory: 'indeterminate' });
  });

  it('refuses someone without Browse permission before reading the issue', async () => {
    const p = ports();
    const refusal = issueSummary(useCaseContext('guest', p, T0), 'ENG-42');
    await expect(refusal).rejects.toBeInstanceOf(AppError);
    await expect(refusal).rejects.toMatchObject({ code: 'forbidden' });
    expect(p.calls).toEqual([]);
  });

  it('refuses the project page to someone without Browse permission and stores nothing', async () => {
    const ctx = useCaseContext('guest', ports(), T0);
    await expect(projectOverview(ctx, 'ENG')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await ctx.store.list('')).toEqual([]);
  });

  it('lists sprints with totals and registers the project for the hourly refresh', async () => {
    const ctx = useCaseContext('lead', ports(), T0);
    const overview = await projectOverview(ctx, 'ENG');
    expect(overview.sprints).toEqual([expect.objectContaining({ id: 1, name: 'ENG Sprint 1', issueCount: 1, storyPoints: 5, committedPoints: null })]);
    expect((await ctx.store.list('')).map((e) => e.key)).toEqual(['project:ENG']);
  });
});
