import { CATEGORY_OWNER_SIDE } from './defaults';
import { DECISION_CATEGORIES, type EngagementPolicy } from './types';

/** One person named in the policy, with the exact dotted path that names them. */
export interface PolicyPerson {
  path: string;
  accountId: string;
}

/**
 * Every person id of the policy, where it stands: owners and escalation of each category, the
 * sponsors, the acceptors (the same person may appear at several paths).
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
  ];
}

/**
 * The client side's people as the policy names them (until the settings name the teams): the client
 * sponsor, the customer acceptors, and the owners and escalation of the categories the client owns.
 *
 * @example
 * clientSidePeople({ ...policy, clientSponsorId: 'acc-1', acceptorIds: ['acc-2'] }) //=> Set { 'acc-1', 'acc-2', … }
 */
export function clientSidePeople(policy: EngagementPolicy): Set<string> {
  const ids = new Set<string>(policy.acceptorIds);
  if (policy.clientSponsorId) ids.add(policy.clientSponsorId);
  for (const key of DECISION_CATEGORIES) {
    if (CATEGORY_OWNER_SIDE[key] !== 'client') continue;
    for (const id of [...policy.categories[key].ownerIds, ...policy.categories[key].escalateToIds]) ids.add(id);
  }
  return ids;
}
