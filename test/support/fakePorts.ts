import type { UseCaseContext } from '../../src/app/context';
import type { JiraPort, PermissionPort, ProjectPermission } from '../../src/app/ports';
import type { Board, Issue, Sprint } from '../../src/domain/types';
import { memoryStore } from '../../src/store/memoryStore';
import { memoryEntities } from '../../src/store/memoryDecisionStore';

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
    async getIssueProperty() {
      return null;
    },
    async setIssueProperty() {},
    async addComment() {},
    async transitionToStatus() {
      return false;
    },
    async searchIssueProperty() {
      return [];
    },
  };
  const permissions: PermissionPort = {
    async has(accountId, permission) {
      return (setup.grants?.[accountId] ?? []).includes(permission);
    },
  };
  return { jira, permissions, calls };
}

export function useCaseContext(accountId: string, ports: ReturnType<typeof fakeJira>, now: number): UseCaseContext & { store: ReturnType<typeof memoryStore> } {
  const entities = memoryEntities();
  return { jira: ports.jira, permissions: ports.permissions, store: memoryStore(), decisions: entities.decisions, policies: entities.policies, acceptance: entities.acceptance, accountId, now };
}
