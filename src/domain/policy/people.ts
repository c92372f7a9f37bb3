import { CATEGORY_OWNER_SIDE } from './defaults';
import { namesNobody, TEAM_SIDES } from './teams';
import { DECISION_CATEGORIES, type EngagementPolicy } from './types';

/** One person named in the policy, with the exact dotted path that names them. */
export interface PolicyPerson {
  path: string;
  accountId: string;
}

/**
 * Every person id of the policy, where it stands: owners and escalation of each category, the
 * sponsors, the acceptors, the people each team names (the same person may appear at several paths).
 *
 * @example
 * policyPeople({ ...policy, clientSponsorId: 'acc-1' }) //=> [..., { path: 'clientSponsorId', accountId: 'acc-1' }, ...]
 */
export function policyPeople(policy: EngagementPolicy): PolicyPerson[] {
  const list = (path: string, ids: readonly string[]) => ids.map((accountId, i) => ({ path: `${path}.${i}`, accountId }));
  const one = (path: string, id: string | null) => (id === null ? [] : [{ path, accountId: id }]);
  return [
    ...DECISION_CATEGORIES.flatMap((key) => [...list(`categories.${key}.ownerIds`, policy.categories[key].ownerIds), ...list(`categories.${key}.escalateToIds`, policy.categories[key].escalateToIds)]),
    ...one('clientSponsorId', policy.clientSponsorId),
    ...one('deliverySponsorId', policy.deliverySponsorId),
    ...list('acceptorIds', policy.acceptorIds),
    ...TEAM_SIDES.flatMap((side) => list(`teams.${side}.accountIds`, policy.teams[side].accountIds)),
  ];
}

/** A side's members once its groups and roles are resolved (src/app/teams/teamMembership.ts): account ids. */
export interface ResolvedTeams {
  client: readonly string[];
  delivery: readonly string[];
}

/**
 * The client side's people. A client team that names anyone is the client side: the people it names,
 * and — given `resolved`, the team as the app resolved it — the members of its groups and roles.
 * A client team that names nobody leaves the client side to the policy's people: the client sponsor,
 * the customer acceptors, and the owners and escalation of the categories the client owns.
 *
 * @example
 * clientSidePeople({ ...policy, clientSponsorId: 'acc-1', acceptorIds: ['acc-2'] }) //=> Set { 'acc-1', 'acc-2', … }
 * clientSidePeople({ ...policy, teams: { ...policy.teams, client: { accountIds: ['acc-3'], groupIds: ['g-1'], projectRoleIds: [] } } }, { client: ['acc-4'], delivery: [] })
 * //=> Set { 'acc-3', 'acc-4' }
 */
export function clientSidePeople(policy: EngagementPolicy, resolved?: ResolvedTeams | null): Set<string> {
  const team = policy.teams.client;
  if (!namesNobody(team)) return new Set([...team.accountIds, ...(resolved?.client ?? [])]);
  const ids = new Set<string>(policy.acceptorIds);
  if (policy.clientSponsorId) ids.add(policy.clientSponsorId);
  for (const key of DECISION_CATEGORIES) {
    if (CATEGORY_OWNER_SIDE[key] !== 'client') continue;
    for (const id of [...policy.categories[key].ownerIds, ...policy.categories[key].escalateToIds]) ids.add(id);
  }
  return ids;
}
