import type { AppStore, JiraPort, PolicyStore } from '../ports';
import { loadPolicy } from '../policy';
import { storedTeamMembership, teamMembership } from './teamMembership';

/** Group and role members change in Jira without the app hearing of it: the hourly trigger resolves them again once a day. */
export const TEAM_MEMBERSHIP_REFRESH_MS = 24 * 3_600_000;

/**
 * The hourly trigger's step: the project's team membership resolved again when the one kept is more
 * than a day old (or missing); teams that name only people cost nothing.
 */
export async function refreshTeamsDaily(deps: { jira: JiraPort; store: AppStore; policies: PolicyStore; now: number }, projectKey: string): Promise<void> {
  const { policy, version } = await loadPolicy(deps, projectKey);
  if (version === 0) return;
  const kept = await storedTeamMembership(deps.store, projectKey, policy.teams);
  if (kept !== null && deps.now - kept.resolvedAt < TEAM_MEMBERSHIP_REFRESH_MS && kept.resolvedAt > 0) return;
  if (kept !== null && kept.resolvedAt === 0) return; // only people: nothing to resolve
  await teamMembership(deps, projectKey, policy.teams);
}
