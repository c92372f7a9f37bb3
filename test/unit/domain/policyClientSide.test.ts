import { clientSidePeople } from '../../../src/domain/policy/people';
import { aPolicy } from './policyBuilders';

it('the client side is the client sponsor, the acceptors, and the owners and escalation of Product & UX and Scope — not Technical, not the delivery sponsor', () => {
  const base = aPolicy();
  const policy = aPolicy({
    clientSponsorId: 'c-sponsor',
    deliverySponsorId: 'd-sponsor',
    acceptorIds: ['c-acceptor'],
    categories: {
      technical: { ...base.categories.technical, ownerIds: ['d-lead'], escalateToIds: ['d-head'] },
      product: { ...base.categories.product, ownerIds: ['c-po'], escalateToIds: ['c-vp'] },
      scope: { ...base.categories.scope, ownerIds: ['c-dm'], escalateToIds: [] },
    },
  });
  expect([...clientSidePeople(policy)].sort()).toEqual(['c-acceptor', 'c-dm', 'c-po', 'c-sponsor', 'c-vp']);
});
