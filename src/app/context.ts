import type { AppStore, JiraPort, PermissionPort } from './ports';

/** What every use case gets: ports, the caller (trusted, from Forge), and the clock. */
export interface UseCaseContext {
  jira: JiraPort;
  permissions: PermissionPort;
  store: AppStore;
  accountId: string;
  now: number;
}
