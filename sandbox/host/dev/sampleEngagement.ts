/**
 * A small engagement for the host's dev harness only (the real sandbox generates
 * its demo in sandbox/demo/): enough people, sprints and issues to exercise the shell.
 */
import type { PermissionKey, SandboxData, SandboxIssue, SandboxUser } from '../../jira/model';

const ALL: PermissionKey[] = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'ASSIGN_ISSUES', 'RESOLVE_ISSUES', 'SCHEDULE_ISSUES', 'MANAGE_SPRINTS_PERMISSION'];

const user = (accountId: string, displayName: string, team: SandboxUser['team'], role: SandboxUser['role'], timeZone: string): SandboxUser => ({
  accountId,
  displayName,
  emailAddress: `${displayName.toLowerCase().replace(/\s+/g, '.')}@example.com`,
  timeZone,
  team,
  role,
  active: true,
});

const users = [
  user('dev-tech-lead', 'Priya Natarajan', 'delivery', 'delivery-tech-lead', 'Europe/Warsaw'),
  user('dev-developer', 'Tomasz Wójcik', 'delivery', 'developer', 'Europe/Warsaw'),
  user('dev-product-owner', 'Maria Chen', 'client', 'client-product-owner', 'America/New_York'),
  user('dev-admin', 'Sam Okafor', 'client', 'project-admin', 'America/New_York'),
  user('dev-guest', 'Guest Auditor', 'client', 'guest', 'UTC'),
];

const day = (n: number) => new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString();

function issue(n: number, summary: string, statusId: string, sprintIds: number[], storyPoints: number | null, extra: Partial<SandboxIssue['fields']> = {}): SandboxIssue {
  return {
    id: String(10000 + n),
    key: `ENG-${n}`,
    projectId: '10000',
    fields: {
      summary,
      description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: `Why: ${summary.toLowerCase()}.` }] }] },
      issueTypeId: '10001',
      statusId,
      priority: 'Medium',
      created: day(n),
      updated: day(n + 2),
      resolutionDate: statusId === '3' ? day(n + 5) : null,
      labels: [],
      assigneeId: n % 2 ? 'dev-developer' : 'dev-tech-lead',
      reporterId: 'dev-product-owner',
      fixVersionIds: [],
      sprintIds,
      storyPoints,
      flagged: false,
      ...extra,
    },
    properties: {},
    comments: [],
    changelog: [],
  };
}

export function sampleEngagement(baseUrl: string): SandboxData {
  const browseOnly: PermissionKey[] = ['BROWSE_PROJECTS'];
  return {
    site: { baseUrl, storyPointsFieldId: 'customfield_10016', sprintFieldId: 'customfield_10020', flaggedFieldId: 'customfield_10021' },
    users,
    projects: [
      {
        id: '10000',
        key: 'ENG',
        name: 'Storefront Replatform',
        leadAccountId: 'dev-tech-lead',
        permissions: { 'dev-tech-lead': ALL, 'dev-developer': ALL, 'dev-product-owner': browseOnly, 'dev-admin': [...ALL, 'ADMINISTER_PROJECTS'] },
      },
    ],
    statuses: [
      { id: '1', name: 'To Do', categoryKey: 'new' },
      { id: '2', name: 'In Progress', categoryKey: 'indeterminate' },
      { id: '3', name: 'Done', categoryKey: 'done' },
      { id: '4', name: 'Ready for Acceptance', categoryKey: 'indeterminate' },
    ],
    issueTypes: [{ id: '10001', name: 'Story', subtask: false }],
    transitions: [
      { id: '11', name: 'To Do', toStatusId: '1' },
      { id: '21', name: 'Start progress', toStatusId: '2' },
      { id: '41', name: 'Ready for acceptance', toStatusId: '4' },
      { id: '51', name: 'Done', toStatusId: '3' },
    ],
    boards: [{ id: 1, name: 'ENG board', type: 'scrum', projectKey: 'ENG', estimationFieldId: 'customfield_10016', columns: [] }],
    sprints: [
      { id: 1, boardId: 1, name: 'ENG Sprint 1', state: 'closed', createdDate: day(0), startDate: day(1), endDate: day(15), completeDate: day(15) },
      { id: 2, boardId: 1, name: 'ENG Sprint 2', state: 'active', createdDate: day(14), startDate: day(15), endDate: day(29) },
      { id: 3, boardId: 1, name: 'ENG Sprint 3', state: 'future', createdDate: day(28) },
    ],
    versions: [],
    issues: [
      issue(1, 'Product listing page on the new platform', '3', [1], 5),
      issue(2, 'Checkout keeps the basket across devices', '3', [1], 8),
      issue(3, 'Payment provider sandbox credentials', '2', [1, 2], 3, { flagged: true }),
      issue(4, 'Search suggestions in the header', '2', [2], 5),
      issue(5, 'Order history export for customer service', '4', [2], 3),
      issue(6, 'Accessibility audit fixes for checkout', '1', [3], 2),
    ],
    sequences: { comment: 0, history: 0, issue: 6 },
  };
}
