import type { AcceptanceStore, AppStore, DecisionStore, HealthQueue, JiraPort, PermissionPort, PolicyStore } from './ports';

/** What every use case gets: ports, the caller (trusted, from Forge), and the clock. */
export interface UseCaseContext {
  jira: JiraPort;
  permissions: PermissionPort;
  store: AppStore;
  decisions: DecisionStore;
  policies: PolicyStore;
  acceptance: AcceptanceStore;
  /** Where health refreshes are queued. */
  healthQueue: HealthQueue;
  accountId: string;
  now: number;
}
