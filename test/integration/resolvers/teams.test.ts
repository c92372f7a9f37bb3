/**
 * The two teams against the sandbox: the settings view offers the site's groups and the project's
 * roles; a save refuses an inactive person, a group the site lacks, a role the project lacks and a
 * person on both sides (named twice, or through a group or role), each on its field; who is on each
 * side resolves from Jira (people, group members, role actors and the groups acting in roles) and is
 * kept for an hour.
 */
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import { DEMO_GROUP_IDS, DEMO_ROLE_IDS } from '../../../sandbox/demo/teams';
import { teamMembership, TEAM_MEMBERSHIP_TTL_MS } from '../../../src/app/teams/teamMembership';
import type { PolicyInput } from '../../../src/contract/resolvers';
import { clientSidePeople } from '../../../src/domain/policy/people';
import { readablePolicy } from '../../../src/domain/policy/readable';
import type { EngagementTeams } from '../../../src/domain/policy/teams';
import { createJiraPorts } from '../../../src/jira/ports';
import { jiraThroughForge } from '../../support/jiraThroughForge';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { personWithRole, testSandbox, TEST_NOW } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;
const p = DEMO_PEOPLE;
const CLIENT_PEOPLE = [p.productOwner, p.decisionMaker, p.clientSponsor, p.careLead].map((u) => u.accountId).sort();
const DELIVERY_PEOPLE = [p.techLead, p.deliverySponsor, p.projectAdmin, p.dev1, p.dev2, p.dev3, p.dev4, p.dev5, p.qa].map((u) => u.accountId).sort();

describe('the teams against the sandbox', () => {
  let sandbox: Sandbox;
  let call: Call;
  let admin: string;
  const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    admin = personWithRole(sandbox, 'project-admin').accountId;
  });
  afterAll(() => sandbox.close());

  const view = async () => {
    const result = await call('policy/get', admin, settings);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const withTeams = (policy: PolicyInput, teams: EngagementTeams): PolicyInput => ({ ...policy, teams });
  const team = (accountIds: string[] = [], groupIds: string[] = [], projectRoleIds: string[] = []) => ({ accountIds, groupIds, projectRoleIds });

  it('the demo policy names both teams, and the settings view offers the site’s groups and the project’s roles in its one call', async () => {
    const current = await view();
    expect(current.policy.teams).toEqual({
      client: team([p.productOwner, p.decisionMaker, p.clientSponsor, p.careLead].map((u) => u.accountId), [DEMO_GROUP_IDS.clientTeam]),
      delivery: team([], [], [DEMO_ROLE_IDS.delivery]),
    });
    // The people the teams name are named in the view, like every person of the policy.
    expect(current.people.map((x) => x.displayName)).toEqual(expect.arrayContaining(['Linda Okafor', 'Jordan Ellis']));

    const result = await call('settings/get', admin, settings);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { teamChoices } = result.data;
    expect(teamChoices.groups?.map((g) => g.name)).toEqual(['client-team', 'delivery-team', 'jira-software-users', 'site-admins']);
    expect(teamChoices.groupsTotal).toBe(4);
    expect(teamChoices.projectRoles).toEqual([
      { id: DEMO_ROLE_IDS.administrators, name: 'Administrators' },
      { id: DEMO_ROLE_IDS.client, name: 'Client' },
      { id: DEMO_ROLE_IDS.delivery, name: 'Delivery' },
    ]);
  });

  it('a save refuses an inactive person, an unknown group and a role the project lacks — each on its field — and keeps the stored policy', async () => {
    const current = await view();
    const before = JSON.stringify(await sandbox.storage.policies.get('ENG'));
    const deactivated = sandbox.jira.data().users.find((u) => u.accountId === p.careLead.accountId)!;
    deactivated.active = false;
    try {
      const inactive = await call('policy/save', admin, settings, { policy: withTeams(current.policy, { client: team([p.productOwner.accountId, p.careLead.accountId]), delivery: team() }), expectedVersion: current.version });
      expect(inactive).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.teams.client.accountIds.1': 'Not an active user of this site' } } });
    } finally {
      deactivated.active = true;
    }
    const unknownGroup = '00000000-0000-4000-8000-00000000dead';
    const unknown = await call('policy/save', admin, settings, {
      policy: withTeams(current.policy, { client: team([], [DEMO_GROUP_IDS.clientTeam, unknownGroup]), delivery: team([], [], ['10100', '99999']) }),
      expectedVersion: current.version,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!unknown.ok && unknown.error.fields).toEqual({
      'policy.teams.client.groupIds.1': 'This group is not on this site (it may have been deleted): choose groups from the list',
      'policy.teams.delivery.projectRoleIds.1': 'This is not a role of this project: choose project roles from the list',
    });
    expect(JSON.stringify(await sandbox.storage.policies.get('ENG'))).toBe(before);
  });

  it('a save refuses a person on both sides: named twice, or through a group or role, with who and through what', async () => {
    const current = await view();
    const named = await call('policy/save', admin, settings, { policy: withTeams(current.policy, { client: team([p.techLead.accountId]), delivery: team([p.dev1.accountId, p.techLead.accountId]) }), expectedVersion: current.version });
    expect(named).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        fields: {
          'policy.teams.client.accountIds': 'A person can be on one side only: someone chosen here is also on the delivery team',
          'policy.teams.delivery.accountIds': 'A person can be on one side only: someone chosen here is also on the client team',
        },
      },
    });

    // Piotr Nowak named on the client side, and in the delivery-team group acting in the Delivery role.
    const throughRole = await call('policy/save', admin, settings, {
      policy: withTeams(current.policy, { client: team([p.productOwner.accountId, p.techLead.accountId]), delivery: team([], [], [DEMO_ROLE_IDS.delivery]) }),
      expectedVersion: current.version,
    });
    expect(!throughRole.ok && throughRole.error).toEqual({
      code: 'invalid',
      message: 'A person can be on one side only: some people are on both teams.',
      fields: {
        'policy.teams.client.accountIds.1': 'Also on the delivery team: Piotr Nowak (in the role Delivery). A person can be on one side only.',
        'policy.teams.delivery.projectRoleIds.0': 'Also on the client team: Piotr Nowak (named there). A person can be on one side only.',
      },
    });

    // Everyone on both sides through jira-software-users: named, at most three, and how many more.
    const throughGroup = await call('policy/save', admin, settings, {
      policy: withTeams(current.policy, { client: team([], [DEMO_GROUP_IDS.clientTeam]), delivery: team([], [DEMO_GROUP_IDS.softwareUsers]) }),
      expectedVersion: current.version,
    });
    expect(!throughGroup.ok && throughGroup.error.fields).toEqual({
      'policy.teams.client.groupIds.0': 'Also on the delivery team: Emily Carter (in the group jira-software-users), Jordan Ellis (in the group jira-software-users), Linda Okafor (in the group jira-software-users) and 1 more. A person can be on one side only.',
      'policy.teams.delivery.groupIds.0': 'Also on the client team: Emily Carter (in the group client-team), Jordan Ellis (in the group client-team), Linda Okafor (in the group client-team) and 1 more. A person can be on one side only.',
    });
  });

  it('a valid save keeps the teams and what Jira said they hold, for the next hour', async () => {
    const current = await view();
    const teams = { client: team([], [], [DEMO_ROLE_IDS.client]), delivery: team([p.deliverySponsor.accountId], [DEMO_GROUP_IDS.deliveryTeam]) };
    const saved = await call('policy/save', admin, settings, { policy: withTeams(current.policy, teams), expectedVersion: current.version });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.data.policy.teams).toEqual(teams);
    expect(saved.data.history[0]?.changes.map((c) => c.path).sort()).toEqual(['teams.client.accountIds', 'teams.client.groupIds', 'teams.client.projectRoleIds', 'teams.delivery.accountIds', 'teams.delivery.groupIds', 'teams.delivery.projectRoleIds']);

    // The save resolved the teams: reading them within the hour asks Jira nothing.
    const { jira } = createJiraPorts(jiraThroughForge(sandbox.url).asApp);
    sandbox.jira.resetStats();
    const membership = await teamMembership({ jira, store: sandbox.storage.store, now: sandbox.clock.now() }, 'ENG', teams);
    expect(sandbox.jira.stats()).toEqual({});
    expect([...membership.client].sort()).toEqual(CLIENT_PEOPLE);
    expect([...membership.delivery].sort()).toEqual(DELIVERY_PEOPLE);
  });

  it('resolves people, group members, role actors and groups acting in roles from Jira, reads a group once, and asks again after an hour or for other teams', async () => {
    const { jira } = createJiraPorts(jiraThroughForge(sandbox.url).asApp);
    const store = sandbox.storage.store;
    const teams = { client: team([p.guest.accountId], [], [DEMO_ROLE_IDS.client]), delivery: team([], [DEMO_GROUP_IDS.deliveryTeam], [DEMO_ROLE_IDS.delivery, DEMO_ROLE_IDS.administrators]) };
    const now = sandbox.clock.now();

    sandbox.jira.resetStats();
    const first = await teamMembership({ jira, store, now }, 'ENG', teams);
    expect([...first.client].sort()).toEqual([...CLIENT_PEOPLE, p.guest.accountId].sort());
    expect([...first.delivery].sort()).toEqual(DELIVERY_PEOPLE);
    expect(first).toMatchObject({ complete: true, missing: { groupIds: [], projectRoleIds: [] }, resolvedAt: now });
    // delivery-team is named and acts in the Delivery role: read once. The Client role's people: one bulk lookup.
    expect(sandbox.jira.stats()).toEqual({
      'GET /rest/api/3/project/{projectIdOrKey}/role/{id}': 3,
      'GET /rest/api/3/group/member': 1,
      'GET /rest/api/3/user/bulk': 1,
    });

    sandbox.jira.resetStats();
    expect(await teamMembership({ jira, store, now: now + TEAM_MEMBERSHIP_TTL_MS - 1 }, 'ENG', teams)).toEqual(first);
    expect(sandbox.jira.stats()).toEqual({});
    await teamMembership({ jira, store, now: now + TEAM_MEMBERSHIP_TTL_MS }, 'ENG', teams);
    expect(sandbox.jira.stats()['GET /rest/api/3/group/member']).toBe(1);

    sandbox.jira.resetStats();
    const other = await teamMembership({ jira, store, now: now + TEAM_MEMBERSHIP_TTL_MS }, 'ENG', { ...teams, client: team([], [DEMO_GROUP_IDS.siteAdmins]) });
    expect(other.client).toEqual([p.projectAdmin.accountId]);
    expect(sandbox.jira.stats()['GET /rest/api/3/group/member']).toBe(2);

    // A group deleted from the site since: its members are gone, and the answer says which group.
    const data = sandbox.jira.data();
    const groups = data.groups!;
    data.groups = groups.filter((g) => g.groupId !== DEMO_GROUP_IDS.siteAdmins);
    try {
      const gone = await teamMembership({ jira, store, now: now + 2 * TEAM_MEMBERSHIP_TTL_MS }, 'ENG', { ...teams, client: team([], [DEMO_GROUP_IDS.siteAdmins]) });
      expect(gone).toMatchObject({ client: [], missing: { groupIds: [DEMO_GROUP_IDS.siteAdmins] } });
    } finally {
      data.groups = groups;
    }
  });

  it('the client side is the client team’s people once it names anyone, with its groups’ and roles’ members when resolved', async () => {
    const stored = (await sandbox.storage.policies.get('ENG'))!;
    const { policy } = readablePolicy(stored.policy);
    const { jira } = createJiraPorts(jiraThroughForge(sandbox.url).asApp);
    const membership = await teamMembership({ jira, store: sandbox.storage.store, now: TEST_NOW }, 'ENG', policy.teams);
    // The saved client team names only the Client role: nobody without its resolved members.
    expect([...clientSidePeople(policy)]).toEqual([]);
    expect([...clientSidePeople(policy, membership)].sort()).toEqual(CLIENT_PEOPLE);
  });
});
