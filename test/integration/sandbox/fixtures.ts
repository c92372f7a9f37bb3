import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SandboxData, SandboxHistory, SandboxIssue, PermissionKey } from '../../../sandbox/jira/model';
import { createJiraService, type JiraService, type JiraServiceOptions } from '../../../sandbox/jira/service';

export const MANIFEST = join(__dirname, '../../../manifest.yml');

/** The fixed "now" of the fixtures: Monday 26 Jan 2026, 12:00 UTC. */
export const NOW = Date.parse('2026-01-26T12:00:00.000Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const ALL: PermissionKey[] = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'ADMINISTER_PROJECTS', 'ASSIGN_ISSUES', 'RESOLVE_ISSUES', 'SCHEDULE_ISSUES', 'LINK_ISSUES', 'MANAGE_SPRINTS_PERMISSION'];

export const USERS = {
  alice: 'acc-alice', // delivery tech lead, all permissions
  bob: 'acc-bob', // client product owner: browse + comment only
  carol: 'acc-carol', // developer: browse, edit, transition, comment
  dave: 'acc-dave', // client sponsor: no BROWSE_PROJECTS
  erin: 'acc-erin', // inactive
} as const;

const STATUS_CYCLE = ['10001', '10002', '10003', '10004'] as const; // To Do, In Progress, In Review, Done
const STATUS_NAMES: Record<string, string> = { '10001': 'To Do', '10002': 'In Progress', '10003': 'In Review', '10004': 'Done' };

/**
 * 20 issues ENG-1..ENG-20 (ids 10001..10020), created one per day from 2 Jan 2026.
 * Issue n: status STATUS_CYCLE[n % 4]; story points n % 5 + 1 except every 7th (null);
 * labels: 'backend' for even n, 'frontend' for odd, plus 'client-facing' when n % 3 === 0;
 * assignee alice (n % 3 === 1), carol (n % 3 === 2), none (n % 3 === 0);
 * sprints: n <= 8 → [1]; 9..14 → [1, 2]; 15..18 → [2]; 19, 20 → none;
 * flagged when n % 5 === 0; fixVersion 1.0 for n <= 10; type Bug when n % 4 === 3 else Story.
 * Changelog: one status history per step from To Do to the current status, a day apart.
 */
export function fixtureData(): SandboxData {
  const issues: SandboxIssue[] = [];
  let historySeq = 0;
  for (let n = 1; n <= 20; n++) {
    const created = Date.parse('2026-01-02T09:00:00.000Z') + (n - 1) * DAY;
    const target = STATUS_CYCLE[n % 4]!;
    const steps = STATUS_CYCLE.indexOf(target);
    const changelog: SandboxHistory[] = [];
    for (let s = 1; s <= steps; s++) {
      const from = STATUS_CYCLE[s - 1]!;
      const to = STATUS_CYCLE[s]!;
      changelog.push({
        id: String(++historySeq),
        authorId: USERS.alice,
        created: iso(created + s * DAY / 2),
        items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from, fromString: STATUS_NAMES[from]!, to, toString: STATUS_NAMES[to]! }],
      });
    }
    if (n === 3) {
      changelog.push({
        id: String(++historySeq),
        authorId: USERS.carol,
        created: iso(created + 3 * DAY),
        items: [{ field: 'Story Points', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: '2', to: null, toString: '4' }],
      });
    }
    const updated = changelog.length ? changelog[changelog.length - 1]!.created : iso(created);
    issues.push({
      id: String(10000 + n),
      key: `ENG-${n}`,
      projectId: '10000',
      fields: {
        summary: n === 4 ? 'Payment gateway timeout on checkout' : `Engagement task number ${n}`,
        description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: n === 6 ? 'Customer asked for invoice export' : 'Plain description' }] }] },
        issueTypeId: n % 4 === 3 ? '10012' : '10010',
        statusId: target,
        priority: n % 2 === 0 ? 'High' : 'Medium',
        created: iso(created),
        updated,
        resolutionDate: target === '10004' ? changelog[changelog.length - 1]!.created : null,
        labels: [n % 2 === 0 ? 'backend' : 'frontend', ...(n % 3 === 0 ? ['client-facing'] : [])],
        assigneeId: n % 3 === 1 ? USERS.alice : n % 3 === 2 ? USERS.carol : null,
        reporterId: USERS.bob,
        fixVersionIds: n <= 10 ? ['10100'] : [],
        sprintIds: n <= 8 ? [1] : n <= 14 ? [1, 2] : n <= 18 ? [2] : [],
        storyPoints: n % 7 === 0 ? null : (n % 5) + 1,
        flagged: n % 5 === 0,
      },
      properties: n === 2 ? { 'engagement-health-decisions': { statuses: ['pending', 'overdue'], categories: ['scope'], nextDueAt: '2026-01-28T00:00:00.000Z' } } : {},
      comments:
        n === 1
          ? [{ id: '1', authorId: USERS.bob, body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First!' }] }] }, created: iso(created + DAY), updated: iso(created + DAY) }]
          : [],
      changelog,
    });
  }
  return {
    site: { baseUrl: 'http://localhost:4300', storyPointsFieldId: 'customfield_10016', sprintFieldId: 'customfield_10020', flaggedFieldId: 'customfield_10021' },
    users: [
      { accountId: USERS.alice, displayName: 'Alice Lead', emailAddress: 'alice@delivery.example', timeZone: 'Europe/Berlin', team: 'delivery', role: 'delivery-tech-lead', active: true },
      { accountId: USERS.bob, displayName: 'Bob Owner', emailAddress: 'bob@client.example', timeZone: 'America/New_York', team: 'client', role: 'client-product-owner', active: true },
      { accountId: USERS.carol, displayName: 'Carol Dev', emailAddress: 'carol@delivery.example', timeZone: 'UTC', team: 'delivery', role: 'developer', active: true },
      { accountId: USERS.dave, displayName: 'Dave Sponsor', emailAddress: 'dave@client.example', timeZone: 'UTC', team: 'client', role: 'client-sponsor', active: true },
      { accountId: USERS.erin, displayName: 'Erin Gone', emailAddress: 'erin@delivery.example', timeZone: 'UTC', team: 'delivery', role: 'developer', active: false },
    ],
    projects: [
      {
        id: '10000',
        key: 'ENG',
        name: 'Engagement',
        leadAccountId: USERS.alice,
        permissions: {
          [USERS.alice]: ALL,
          [USERS.bob]: ['BROWSE_PROJECTS', 'ADD_COMMENTS'],
          [USERS.carol]: ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS'],
        },
      },
    ],
    statuses: [
      { id: '10001', name: 'To Do', categoryKey: 'new' },
      { id: '10002', name: 'In Progress', categoryKey: 'indeterminate' },
      { id: '10003', name: 'In Review', categoryKey: 'indeterminate' },
      { id: '10004', name: 'Done', categoryKey: 'done' },
    ],
    issueTypes: [
      { id: '10010', name: 'Story', subtask: false },
      { id: '10011', name: 'Task', subtask: false },
      { id: '10012', name: 'Bug', subtask: false },
      { id: '10013', name: 'Epic', subtask: false },
    ],
    transitions: [
      { id: '11', name: 'To Do', toStatusId: '10001' },
      { id: '21', name: 'Start progress', toStatusId: '10002' },
      { id: '31', name: 'Request review', toStatusId: '10003' },
      { id: '41', name: 'Done', toStatusId: '10004' },
    ],
    boards: [
      {
        id: 1,
        name: 'ENG board',
        type: 'scrum',
        projectKey: 'ENG',
        estimationFieldId: 'customfield_10016',
        columns: [
          { name: 'To Do', statusIds: ['10001'] },
          { name: 'In Progress', statusIds: ['10002', '10003'] },
          { name: 'Done', statusIds: ['10004'] },
        ],
      },
    ],
    sprints: [
      { id: 1, boardId: 1, name: 'ENG Sprint 1', state: 'closed', goal: 'Foundations', createdDate: '2026-01-01T09:00:00.000Z', startDate: '2026-01-05T09:00:00.000Z', endDate: '2026-01-19T09:00:00.000Z', completeDate: '2026-01-19T10:00:00.000Z' },
      { id: 2, boardId: 1, name: 'ENG Sprint 2', state: 'active', goal: 'Checkout', createdDate: '2026-01-15T09:00:00.000Z', startDate: '2026-01-19T11:00:00.000Z', endDate: '2026-02-02T09:00:00.000Z' },
      { id: 3, boardId: 1, name: 'ENG Sprint 3', state: 'future', createdDate: '2026-01-20T09:00:00.000Z' },
    ],
    versions: [
      { id: '10100', projectId: '10000', name: '1.0', released: false, archived: false, releaseDate: '2026-02-15' },
      { id: '10101', projectId: '10000', name: '0.9', released: true, archived: false, releaseDate: '2025-12-15' },
    ],
    issues,
    sequences: { comment: 1, history: historySeq, issue: 20 },
  };
}

export interface Running {
  url: string;
  service: JiraService;
  server: Server;
  /** fetch relative to the service as someone ('app' or an accountId; null = no header). */
  call(path: string, init?: { as?: string | null; method?: string; body?: unknown; rawBody?: string }): Promise<Response>;
  /** call() + JSON body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field in tests
  json<T = any>(path: string, init?: { as?: string | null; method?: string; body?: unknown; rawBody?: string }): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

export async function startService(opts: Partial<JiraServiceOptions> = {}): Promise<Running> {
  const service = createJiraService({ data: fixtureData(), now: () => NOW, manifestPath: MANIFEST, ...opts });
  const server = createServer((req, res) => {
    service.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('not handled');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call: Running['call'] = (path, init = {}) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    const as = init.as === undefined ? 'app' : init.as;
    if (as !== null) headers['x-sandbox-as'] = as;
    let body: string | undefined;
    if (init.rawBody !== undefined) body = init.rawBody;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(url + path, { method: init.method ?? (body !== undefined ? 'POST' : 'GET'), headers, body });
  };
  return {
    url,
    service,
    server,
    call,
    async json(path, init) {
      const res = await call(path, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Keys of fixture issues matching a plain predicate, in the given order. */
export function keysWhere(pred: (i: SandboxIssue) => boolean, data = fixtureData()): string[] {
  return data.issues.filter(pred).map((i) => i.key);
}
