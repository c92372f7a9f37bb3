/** Resolver answers of the contract's types, computed from the sample data, for the host's dev harness. */
import type { IssueSummaryView, ProjectOverview, ProjectSettingsView, ResolverResult, SprintRow } from '../../../src/contract/resolvers';
import type { SandboxData } from '../../jira/model';
import type { ForgeInvocation } from '../host';
import { createFakeAcceptance } from './fakeAcceptance';
import { createFakeDecisions } from './fakeDecisions';
import { canBrowse } from './fakeJira';

const refuse = (message: string): ResolverResult<never> => ({ ok: false, error: { code: 'forbidden', message } });

function extensionKey(call: ForgeInvocation, part: 'issue' | 'project'): string | undefined {
  const value = call.extension[part] as { key?: unknown } | undefined;
  return typeof value?.key === 'string' ? value.key : undefined;
}

function issueSummary(d: SandboxData, call: ForgeInvocation): ResolverResult<IssueSummaryView> {
  const issue = d.issues.find((i) => i.key === extensionKey(call, 'issue'));
  if (!issue || !canBrowse(d, call.accountId, issue.projectId)) return refuse("You don't have permission to see this issue.");
  const status = d.statuses.find((s) => s.id === issue.fields.statusId);
  const sprint = d.sprints.find((s) => s.id === issue.fields.sprintIds[issue.fields.sprintIds.length - 1]);
  return {
    ok: true,
    data: {
      key: issue.key,
      summary: issue.fields.summary,
      issueType: d.issueTypes.find((t) => t.id === issue.fields.issueTypeId)?.name ?? 'Issue',
      status: status?.name ?? 'Unknown',
      statusCategory: status?.categoryKey ?? 'new',
      storyPoints: issue.fields.storyPoints,
      assignee: d.users.find((u) => u.accountId === issue.fields.assigneeId)?.displayName ?? null,
      sprint: sprint?.name ?? null,
      flagged: issue.fields.flagged,
    },
  };
}

function projectOverview(d: SandboxData, call: ForgeInvocation): ResolverResult<ProjectOverview> {
  const project = d.projects.find((p) => p.key === extensionKey(call, 'project'));
  if (!project || !canBrowse(d, call.accountId, project.id)) return refuse("You don't have permission to see this project.");
  const board = d.boards.find((b) => b.projectKey === project.key) ?? null;
  const sprints: SprintRow[] = d.sprints
    .filter((s) => s.boardId === board?.id)
    .map((s) => {
      const issues = d.issues.filter((i) => i.fields.sprintIds.includes(s.id));
      const points = (list: typeof issues) => list.reduce((sum, i) => sum + (i.fields.storyPoints ?? 0), 0);
      const done = issues.filter((i) => d.statuses.find((st) => st.id === i.fields.statusId)?.categoryKey === 'done');
      return { id: s.id, name: s.name, state: s.state, startDate: s.startDate ?? null, endDate: s.endDate ?? null, completeDate: s.completeDate ?? null, issueCount: issues.length, storyPoints: points(issues), committedPoints: s.state === 'future' ? null : points(issues), completedPoints: points(done) };
    })
    .reverse();
  return { ok: true, data: { projectKey: project.key, projectName: project.name, boardName: board?.name ?? null, sprints } };
}

function settings(d: SandboxData, call: ForgeInvocation): ResolverResult<ProjectSettingsView> {
  const project = d.projects.find((p) => p.key === extensionKey(call, 'project'));
  if (!project || !canBrowse(d, call.accountId, project.id)) return refuse("You don't have permission to see this project's settings.");
  const board = d.boards.find((b) => b.projectKey === project.key);
  return {
    ok: true,
    data: {
      projectKey: project.key,
      projectName: project.name,
      canAdminister: Boolean(project.permissions[call.accountId]?.includes('ADMINISTER_PROJECTS')),
      board: board ? { id: board.id, name: board.name, estimationField: 'Story Points' } : null,
      statuses: d.statuses.map((s) => ({ name: s.name, category: s.categoryKey })),
      people: d.users.filter((u) => project.permissions[u.accountId]?.length).map((u) => ({ accountId: u.accountId, displayName: u.displayName })),
    },
  };
}

/** The dev harness's resolvers, and the acceptance gate its fake Jira runs before transitions. */
export function createFakeApp(data: () => SandboxData) {
  const decisions = createFakeDecisions(data);
  const acceptance = createFakeAcceptance(data, decisions.policy);
  const invoke = async (call: ForgeInvocation): Promise<unknown> => {
    const answer = decisions.handle(call) ?? acceptance.handle(call);
    if (answer) return answer;
    if (call.functionKey === 'issue/summary') return issueSummary(data(), call);
    if (call.functionKey === 'project/overview') return projectOverview(data(), call);
    if (call.functionKey === 'settings/get') return settings(data(), call);
    throw new Error(`No resolver is defined for "${call.functionKey}"`);
  };
  return { invoke, beforeTransition: acceptance.beforeTransition };
}
