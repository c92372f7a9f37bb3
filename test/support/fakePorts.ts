import type { UseCaseContext } from '../../src/app/context';
import type { AcceptanceStore, AppStore, DecisionStore, HealthQueue, JiraPort, PermissionPort, PolicyStore, ProjectPermission, StoredPolicy } from '../../src/app/ports';
import type { Board, Issue, Sprint } from '../../src/domain/types';

/** An in-memory Jira for use-case tests: issues, sprints, and who holds which permission. */
export function fakeJira(setup: { issues?: Issue[]; sprints?: Sprint[]; board?: Board | null; grants?: Record<string, ProjectPermission[]> }) {
  const issues = setup.issues ?? [];
  const calls: string[] = [];
  const jira: JiraPort = {
    async getIssue(key) {
      calls.push(`getIssue ${key}`);
      const issue = issues.find((i) => i.key === key);
      if (!issue) throw new Error(`no ${key}`);
      return { ...issue, sprintName: null };
    },
    async getProject(key) {
      return { id: '10000', key, name: 'Storefront Replatform' };
    },
    async findBoard() {
      return setup.board === undefined ? { id: 1, name: 'ENG board', type: 'scrum', projectKey: 'ENG' } : setup.board;
    },
    async getEstimationField() {
      return { fieldId: 'customfield_10016', displayName: 'Story Points' };
    },
    async getBoardSetup() {
      return { estimationField: { fieldId: 'customfield_10016', displayName: 'Story Points' }, columns: [{ name: 'Done', statusIds: ['10001'] }] };
    },
    async siteFieldIds() {
      return { storyPoints: 'customfield_10016', sprint: 'customfield_10020', flagged: 'customfield_10021' };
    },
    async listSprints() {
      calls.push('listSprints');
      return setup.sprints ?? [];
    },
    async searchIssues(jql) {
      calls.push(`search ${jql}`);
      const sprint = /^sprint = (\d+)$/.exec(jql);
      return sprint ? issues.filter((i) => i.sprintIds.includes(Number(sprint[1]))) : issues;
    },
    async getProjectStatuses() {
      return [{ id: '1', name: 'To Do', category: 'new' }];
    },
    async listVersions() {
      return [];
    },
    async fetchChangelogs() {
      return [];
    },
    async getPeople(ids) {
      return ids.map((accountId) => ({ accountId, displayName: `Person ${accountId}` }));
    },
    async searchPeople() {
      return [];
    },
    async getGroups() {
      return [];
    },
    async listGroups() {
      return { groups: [], total: 0 };
    },
    async getGroupMembers() {
      return null;
    },
    async getProjectRoles() {
      return [];
    },
    async getRoleActors() {
      return null;
    },
    async getIssueProperty() {
      return null;
    },
    async setIssueProperty() {},
    async addComment() {
      return { commentId: null };
    },
    async hasEffectComment() {
      return false;
    },
    async createIssue(fields) {
      return { issueId: '20001', issueKey: `${fields.projectKey}-9001` };
    },
    async findEffectIssue() {
      return null;
    },
    async transitionToStatus() {
      return false;
    },
    async searchIssueProperty() {
      return [];
    },
    async siteBaseUrl() {
      return 'https://fake.example.net';
    },
  };
  const permissions: PermissionPort = {
    async has(accountId, permission) {
      return (setup.grants?.[accountId] ?? []).includes(permission);
    },
  };
  return { jira, permissions, calls };
}

/** A key-value store for use-case tests: a map, values copied in and out. (Integration tests run the real KVS adapters.) */
export function fakeAppStore(): AppStore {
  const entries = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => structuredClone(entries.get(key)) as T | undefined,
    set: async (key, value) => void entries.set(key, structuredClone(value)),
    delete: async (key) => void entries.delete(key),
    async create(key, value) {
      if (entries.has(key)) return false;
      entries.set(key, structuredClone(value));
      return true;
    },
    list: async <T>(prefix: string) =>
      [...entries]
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, value: structuredClone(value) as T })),
  };
}

/** A policy store in memory, conditional on the version as the KVS adapter is, that keeps every write. */
export function memoryPolicyStore(initial?: StoredPolicy) {
  let record = initial ? structuredClone(initial) : undefined;
  const saves: StoredPolicy[] = [];
  const store: PolicyStore = {
    get: async () => structuredClone(record),
    async save(_key, next) {
      if ((record?.version ?? 0) !== next.version - 1) return false;
      record = structuredClone(next);
      saves.push(structuredClone(next));
      return true;
    },
  };
  return { store, saves, current: () => structuredClone(record) };
}

/** A port the use case under test must not touch: any call fails the test, naming the port. */
function unusedPort<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_target, method) => () => {
      throw new Error(`${name}.${String(method)} was called, but this test gives the use case no ${name}`);
    },
  });
}

export function useCaseContext(accountId: string, ports: ReturnType<typeof fakeJira>, now: number): UseCaseContext {
  return {
    jira: ports.jira,
    permissions: ports.permissions,
    store: fakeAppStore(),
    decisions: unusedPort<DecisionStore>('decisions'),
    policies: unusedPort<PolicyStore>('policies'),
    acceptance: unusedPort<AcceptanceStore>('acceptance'),
    healthQueue: unusedPort<HealthQueue>('healthQueue'),
    accountId,
    now,
  };
}
