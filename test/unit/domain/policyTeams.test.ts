/**
 * The policy's teams (policy/teams.ts, policy/teamsSchema.ts): their defaults (both empty), what a
 * save accepts and refuses on which path — a person on one side only among them — how a stored
 * policy is read back (readable.ts), and that the people they name are the policy's people.
 */
import { defaultPolicy, withPolicyDefaults } from '../../../src/domain/policy/defaults';
import { TEAM_LIMITS } from '../../../src/domain/policy/limits';
import { policyPeople } from '../../../src/domain/policy/people';
import { readablePolicy } from '../../../src/domain/policy/readable';
import { validatePolicy } from '../../../src/domain/policy/schema';
import { defaultTeams, namedMembers, namesNobody, peopleOnBothSides, type EngagementTeams } from '../../../src/domain/policy/teams';
import type { EngagementPolicy } from '../../../src/domain/policy/types';
import { aPolicy } from './policyBuilders';

const GROUP = '6a1f0c2e-3b8d-4f5a-9c71-2d4e8b0a1c01';
const OTHER_GROUP = '7b2e1d3f-4c9e-4a6b-8d82-3e5f9c1b2d02';
const team = (accountIds: string[] = [], groupIds: string[] = [], projectRoleIds: string[] = []) => ({ accountIds, groupIds, projectRoleIds });
const withTeams = (teams: unknown): EngagementPolicy => ({ ...aPolicy(), teams }) as EngagementPolicy;

const refused = (teams: unknown): Record<string, string> => {
  const result = validatePolicy(withTeams(teams));
  if (result.ok) throw new Error(`expected ${JSON.stringify(teams)} to be refused`);
  return result.fields;
};
const accepted = (teams: unknown): EngagementTeams => {
  const result = validatePolicy(withTeams(teams));
  if (!result.ok) throw new Error(`expected ${JSON.stringify(teams)} to be accepted: ${JSON.stringify(result.fields)}`);
  return result.policy.teams;
};

describe('the teams in the policy', () => {
  it('default to two empty teams, a fresh copy each time, that pass validation', () => {
    expect(defaultPolicy().teams).toEqual({ client: team(), delivery: team() });
    defaultPolicy().teams.client.accountIds.push('acc-1');
    expect(defaultPolicy().teams).toEqual(defaultTeams());
    expect(namesNobody(defaultTeams().client)).toBe(true);
    expect(validatePolicy(aPolicy())).toEqual({ ok: true, policy: aPolicy() });
  });

  it('take people, groups and roles on each side', () => {
    const teams = { client: team(['acc-client'], [GROUP], ['10100']), delivery: team(['acc-delivery'], [OTHER_GROUP], ['10101', '10002']) };
    expect(accepted(teams)).toEqual(teams);
    expect(namesNobody(teams.client)).toBe(false);
  });

  it('are required and strict', () => {
    expect(refused(undefined)).toEqual({ teams: 'Set the teams' });
    expect(refused({ client: team() })).toEqual({ 'teams.delivery': 'Set the delivery team' });
    expect(refused({ client: team(), delivery: team(), vendor: team() })).toEqual({ 'teams.vendor': 'This setting is not known' });
    expect(refused({ client: { ...team(), emails: [] }, delivery: team() })).toEqual({ 'teams.client.emails': 'This setting is not known' });
    expect(refused({ client: { groupIds: [], projectRoleIds: [] }, delivery: team() })).toEqual({ 'teams.client.accountIds': 'Choose the people of the client team' });
  });

  it('refuse what names nobody, each on its list', () => {
    expect(refused({ client: team(['not an id']), delivery: team() })).toEqual({ 'teams.client.accountIds': 'This is not an Atlassian account id: choose a person from the list' });
    expect(refused({ client: team([], ['../admin']), delivery: team() })).toEqual({ 'teams.client.groupIds': 'Choose groups from the list' });
    expect(refused({ client: team([], [42] as unknown as string[]), delivery: team() })).toEqual({ 'teams.client.groupIds': 'Choose groups from the list' });
    expect(refused({ client: team(), delivery: team([], [], ['Developers']) })).toEqual({ 'teams.delivery.projectRoleIds': 'Choose project roles from the list' });
    expect(refused({ client: team(), delivery: team([], [], ['1'.repeat(TEAM_LIMITS.roleIdMaxLength + 1)]) })).toEqual({ 'teams.delivery.projectRoleIds': 'Choose project roles from the list' });
  });

  it('refuse an entry chosen twice and more entries than a side may have', () => {
    expect(refused({ client: team(['acc-1', 'acc-1']), delivery: team() })).toEqual({ 'teams.client.accountIds': 'Each person can be chosen only once' });
    expect(refused({ client: team([], [GROUP, GROUP]), delivery: team() })).toEqual({ 'teams.client.groupIds': 'Each group can be chosen only once' });
    expect(refused({ client: team([], [], ['10100', '10100']), delivery: team() })).toEqual({ 'teams.client.projectRoleIds': 'Each project role can be chosen only once' });
    const many = Array.from({ length: TEAM_LIMITS.groupsPerSide + 1 }, (_, i) => `group-${i}`);
    expect(refused({ client: team(), delivery: team([], many) })).toEqual({ 'teams.delivery.groupIds': `Choose at most ${TEAM_LIMITS.groupsPerSide} groups per team` });
    const people = Array.from({ length: 51 }, (_, i) => `acc-${i}`);
    expect(refused({ client: team(people), delivery: team() })).toEqual({ 'teams.client.accountIds': 'Choose at most 50 people' });
  });

  it('refuse a person named on both sides, on both lists', () => {
    expect(refused({ client: team(['acc-1', 'acc-2']), delivery: team(['acc-3', 'acc-2']) })).toEqual({
      'teams.client.accountIds': 'A person can be on one side only: someone chosen here is also on the delivery team',
      'teams.delivery.accountIds': 'A person can be on one side only: someone chosen here is also on the client team',
    });
    // A list that is wrong on its own gives its own message only.
    expect(refused({ client: team(['acc-1', 'acc-1']), delivery: team(['acc-1']) })).toEqual({ 'teams.client.accountIds': 'Each person can be chosen only once' });
    // The same group or role on both sides is the app's to judge, once Jira says who they hold.
    expect(accepted({ client: team([], [GROUP]), delivery: team([], [GROUP]) })).toEqual({ client: team([], [GROUP]), delivery: team([], [GROUP]) });
  });
});

describe('people on both sides', () => {
  it('are found with the first entry that puts them on each side, in the client side’s order', () => {
    const client = new Map([
      ['acc-2', [{ list: 'groupIds' as const, index: 1 }]],
      ['acc-1', [{ list: 'accountIds' as const, index: 0 }, { list: 'projectRoleIds' as const, index: 0 }]],
    ]);
    const delivery = new Map([['acc-1', [{ list: 'groupIds' as const, index: 3 }]], ['acc-2', [{ list: 'accountIds' as const, index: 0 }]], ['acc-9', [{ list: 'accountIds' as const, index: 1 }]]]);
    expect(peopleOnBothSides(client, delivery)).toEqual([
      { accountId: 'acc-2', client: { list: 'groupIds', index: 1 }, delivery: { list: 'accountIds', index: 0 } },
      { accountId: 'acc-1', client: { list: 'accountIds', index: 0 }, delivery: { list: 'groupIds', index: 3 } },
    ]);
    expect(peopleOnBothSides(namedMembers(team(['a', 'b'])), namedMembers(team(['c'])))).toEqual([]);
  });
});

describe('the teams’ people', () => {
  it('are people of the policy, on their paths: checked with the others and named in the view', () => {
    const policy = { ...aPolicy(), teams: { client: team(['acc-c1', 'acc-c2'], [GROUP]), delivery: team(['acc-d1']) } };
    expect(policyPeople(policy).filter((p) => p.path.startsWith('teams.'))).toEqual([
      { path: 'teams.client.accountIds.0', accountId: 'acc-c1' },
      { path: 'teams.client.accountIds.1', accountId: 'acc-c2' },
      { path: 'teams.delivery.accountIds.0', accountId: 'acc-d1' },
    ]);
  });
});

describe('a stored policy’s teams', () => {
  it('take their defaults when saved before the teams existed', () => {
    const stored = structuredClone(aPolicy()) as Partial<EngagementPolicy>;
    delete stored.teams;
    expect(withPolicyDefaults(stored).teams).toEqual(defaultTeams());
    expect(readablePolicy(stored)).toEqual({ policy: aPolicy(), problems: {} });
    expect(withPolicyDefaults({ ...stored, teams: { client: team(['acc-1']) } }).teams).toEqual({ client: team(['acc-1']), delivery: team() });
  });

  it('leave out what cannot be read, and say so on its path', () => {
    const stored = { ...aPolicy(), teams: { client: team(['acc-1', '\u200b'], [GROUP, '../x'], ['10100', 'Admins']), delivery: { accountIds: 'everyone', groupIds: [OTHER_GROUP], projectRoleIds: null } } };
    const { policy, problems } = readablePolicy(stored);
    expect(policy.teams).toEqual({ client: team(['acc-1'], [GROUP], ['10100']), delivery: team([], [OTHER_GROUP], []) });
    expect(Object.keys(problems).sort()).toEqual(['teams.client.accountIds.1', 'teams.client.groupIds.1', 'teams.client.projectRoleIds.1', 'teams.delivery.accountIds', 'teams.delivery.projectRoleIds']);
    expect(problems['teams.client.groupIds.1']).toBe('The stored value could not be read, so it is shown empty: Choose groups from the list');
    expect(problems['teams.delivery.accountIds']).toBe('The stored value could not be read, so it is shown empty: Not a list of people');
    expect(problems['teams.delivery.projectRoleIds']).toBe('The stored value could not be read, so the default is shown: Not a list');
    // What was read is a policy a save accepts again.
    expect(validatePolicy(policy).ok).toBe(true);
  });
});
