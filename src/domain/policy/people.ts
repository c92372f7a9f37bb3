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
