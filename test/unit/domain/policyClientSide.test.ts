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

describe('with the teams named', () => {
  const base = aPolicy();
  const legacy = aPolicy({ clientSponsorId: 'c-sponsor', acceptorIds: ['c-acceptor'] });
  const team = (accountIds: string[] = [], groupIds: string[] = [], projectRoleIds: string[] = []) => ({ accountIds, groupIds, projectRoleIds });

  it('the client side is the client team’s people, not the policy’s other people', () => {
    const policy = { ...legacy, teams: { client: team(['c-po', 'c-care']), delivery: team(['d-lead']) } };
    expect([...clientSidePeople(policy)].sort()).toEqual(['c-care', 'c-po']);
  });

  it('its groups’ and roles’ members count once the app resolved them', () => {
    const policy = { ...legacy, teams: { client: team(['c-po'], ['group-client'], ['10100']), delivery: team() } };
    expect([...clientSidePeople(policy, { client: ['c-po', 'c-in-group', 'c-in-role'], delivery: ['d-lead'] })].sort()).toEqual(['c-in-group', 'c-in-role', 'c-po']);
    // Without them, only the people it names: a team of groups is not the policy's people either.
    expect([...clientSidePeople(policy)]).toEqual(['c-po']);
    expect([...clientSidePeople({ ...legacy, teams: { client: team([], ['group-client']), delivery: team() } }, null)]).toEqual([]);
  });

  it('a client team that names nobody falls back to the policy’s client people, whatever the delivery team', () => {
    const policy = { ...legacy, teams: { client: team(), delivery: team(['d-lead'], ['group-delivery']) } };
    expect([...clientSidePeople(policy, { client: [], delivery: ['d-lead', 'd-dev'] })].sort()).toEqual([...clientSidePeople(legacy)].sort());
    expect(clientSidePeople(policy).has('c-sponsor')).toBe(true);
    expect(base.teams.client).toEqual(team());
  });
});
