/**
 * Who is on each side (app/teams/teamMembership.ts) over fake ports: teams that name only people ask
 * Jira nothing; a side is cut at its cap and says so; groups and roles Jira no longer has are named;
 * a stored answer is used only for the same teams, within the hour and not from the future. And the
 * save's check (teamChecks.ts) asks a role for itself when Jira will not list the project's roles.
 */
import { refuseTeamProblems, NOT_A_ROLE } from '../../../../src/app/teams/teamChecks';
import { MEMBERS_PER_SIDE_MAX, storedTeamMembership, TEAM_MEMBERSHIP_TTL_MS, teamMembership, teamMembershipKey } from '../../../../src/app/teams/teamMembership';
import type { JiraPort } from '../../../../src/app/ports';
import { AppError } from '../../../../src/app/errors';
import { fakeAppStore, fakeJira } from '../../../support/fakePorts';

const NOW = Date.UTC(2026, 10, 18, 15, 0);
const team = (accountIds: string[] = [], groupIds: string[] = [], projectRoleIds: string[] = []) => ({ accountIds, groupIds, projectRoleIds });
const person = (accountId: string) => ({ accountId, displayName: `Person ${accountId}` });

/** A Jira with groups (id → member ids) and roles (id → actors), counting what it is asked. */
function directory(groups: Record<string, string[]>, roles: Record<string, { accountIds: string[]; groupIds: string[] }>, options: { rolesListed?: boolean } = {}) {
  const { jira } = fakeJira({});
  const asked: string[] = [];
  const port: JiraPort = {
    ...jira,
    async getGroups(ids) {
      asked.push('getGroups');
      return ids.filter((id) => id in groups).map((groupId) => ({ groupId, name: `group ${groupId}` }));
    },
    async getGroupMembers(groupId, limit) {
      asked.push(`members ${groupId}`);
      const ids = groups[groupId];
      return ids ? { members: ids.slice(0, limit).map(person), complete: ids.length <= limit } : null;
    },
    async getProjectRoles() {
      asked.push('getProjectRoles');
      return options.rolesListed === false ? null : Object.keys(roles).map((id) => ({ id, name: `role ${id}` }));
    },
    async getRoleActors(_projectKey, roleId) {
      asked.push(`role ${roleId}`);
      return roles[roleId] ?? null;
    },
  };
  return { jira: port, asked };
}

describe('teamMembership', () => {
  it('needs neither Jira nor storage for teams that name only people', async () => {
    const { jira, asked } = directory({}, {});
    const store = fakeAppStore();
    const membership = await teamMembership({ jira, store, now: NOW }, 'ENG', { client: team(['c-1', 'c-2']), delivery: team() });
    expect(membership).toEqual({ client: ['c-1', 'c-2'], delivery: [], resolvedAt: NOW, complete: true, missing: { groupIds: [], projectRoleIds: [] } });
    expect(asked).toEqual([]);
    expect(await store.get(teamMembershipKey('ENG'))).toBeUndefined();
  });

  it('cuts a side at its cap and says the answer is not complete', async () => {
    const everyone = Array.from({ length: MEMBERS_PER_SIDE_MAX + 5 }, (_, i) => `u-${i}`);
    const { jira } = directory({ all: everyone }, {});
    const membership = await teamMembership({ jira, store: fakeAppStore(), now: NOW }, 'ENG', { client: team(['c-named'], ['all']), delivery: team() });
    expect(membership.client).toHaveLength(MEMBERS_PER_SIDE_MAX);
    expect(membership.client[0]).toBe('c-named');
    expect(membership.complete).toBe(false);
  });

  it('names the groups and roles Jira no longer has; a group acting in a role that is gone brings nobody', async () => {
    const { jira } = directory({ live: ['d-1'] }, { '10101': { accountIds: [], groupIds: ['live', 'deleted'] } });
    const membership = await teamMembership({ jira, store: fakeAppStore(), now: NOW }, 'ENG', { client: team([], ['gone']), delivery: team([], [], ['10101', '10999']) });
    expect(membership).toMatchObject({ client: [], delivery: ['d-1'], missing: { groupIds: ['gone'], projectRoleIds: ['10999'] } });
  });

  it('uses a stored answer only for the same teams, within the hour, and not one from the future', async () => {
    const { jira, asked } = directory({ g: ['c-1'] }, {});
    const store = fakeAppStore();
    const teams = { client: team([], ['g']), delivery: team() };
    await teamMembership({ jira, store, now: NOW }, 'ENG', teams);
    await teamMembership({ jira, store, now: NOW + TEAM_MEMBERSHIP_TTL_MS - 1 }, 'ENG', teams);
    expect(asked).toEqual(['members g']);
    await teamMembership({ jira, store, now: NOW - 1 }, 'ENG', teams);
    expect(asked).toEqual(['members g', 'members g']);
    await teamMembership({ jira, store, now: NOW }, 'ENG', { ...teams, delivery: team(['d-1']) });
    expect(asked).toHaveLength(3);
    // Another project's answer is its own.
    await teamMembership({ jira, store, now: NOW }, 'OPS', teams);
    expect(asked).toHaveLength(4);
  });
});

describe('storedTeamMembership', () => {
  it('reads what was kept for these very teams, however old, and never asks Jira', async () => {
    const { jira, asked } = directory({ g: ['c-1'] }, {});
    const store = fakeAppStore();
    const teams = { client: team([], ['g']), delivery: team() };
    expect(await storedTeamMembership(store, 'ENG', teams)).toBeNull();
    const resolved = await teamMembership({ jira, store, now: NOW }, 'ENG', teams);
    expect(await storedTeamMembership(store, 'ENG', teams)).toEqual(resolved);
    expect(await storedTeamMembership(store, 'ENG', { ...teams, delivery: team(['d-1']) })).toBeNull();
    expect(await storedTeamMembership(store, 'ENG', { client: team(['c-9']), delivery: team() })).toMatchObject({ client: ['c-9'], delivery: [] });
    expect(asked).toEqual(['members g']);
  });
});

describe('refuseTeamProblems', () => {
  it('asks nothing for teams without groups and roles', async () => {
    const { jira, asked } = directory({}, {});
    expect(await refuseTeamProblems({ jira, now: NOW }, 'ENG', { client: team(['c-1']), delivery: team(['d-1']) })).toBeNull();
    expect(asked).toEqual([]);
  });

  it('without the project’s list of roles, refuses a role Jira does not answer for', async () => {
    const { jira } = directory({}, { '10100': { accountIds: ['c-1'], groupIds: [] } }, { rolesListed: false });
    const refusal = await refuseTeamProblems({ jira, now: NOW }, 'ENG', { client: team([], [], ['10100']), delivery: team([], [], ['10999']) }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).fields).toEqual({ 'policy.teams.delivery.projectRoleIds.0': NOT_A_ROLE });
  });

  it('answers the membership it resolved, for the save to keep', async () => {
    const { jira } = directory({ g: ['c-1', 'c-2'] }, { '10101': { accountIds: ['d-1'], groupIds: [] } });
    expect(await refuseTeamProblems({ jira, now: NOW }, 'ENG', { client: team([], ['g']), delivery: team([], [], ['10101']) })).toEqual({
      client: ['c-1', 'c-2'],
      delivery: ['d-1'],
      resolvedAt: NOW,
      complete: true,
      missing: { groupIds: [], projectRoleIds: [] },
    });
  });
});
