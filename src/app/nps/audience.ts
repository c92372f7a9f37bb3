/**
 * The survey's audience: the client side of the engagement as the domain defines it
 * (domain/policy/people.ts `clientSidePeople`), with the client team's groups and roles resolved
 * as Jira says now (teams/teamMembership.ts, kept an hour).
 */
import { clientSidePeople } from '../../domain/policy/people';
import type { EngagementPolicy } from '../../domain/policy/types';
import type { AppStore, JiraPort } from '../ports';
import { teamMembership } from '../teams/teamMembership';

export async function surveyAudience(deps: { jira: JiraPort; store: AppStore; now: number }, projectKey: string, policy: EngagementPolicy): Promise<Set<string>> {
  const membership = await teamMembership(deps, projectKey, policy.teams);
  return clientSidePeople(policy, membership);
}
