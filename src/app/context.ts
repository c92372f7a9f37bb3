import type { AcceptanceStore, AppStore, DecisionStore, JiraPort, PermissionPort, PolicyStore } from './ports';

/** What every use case gets: ports, the caller (trusted, from Forge), and the clock. */
export interface UseCaseContext {
  jira: JiraPort;
  permissions: PermissionPort;
  store: AppStore;
  decisions: DecisionStore;
  policies: PolicyStore;
  acceptance: AcceptanceStore;
  accountId: string;
  now: number;
}
