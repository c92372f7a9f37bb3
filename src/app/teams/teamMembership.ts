/**
 * Who is on each side, as Jira says now: the people a team names, the active members of its groups,
 * and the actors of its project roles in the project (a group acting in a role brings its members).
 * The answer is kept in app storage for an hour per project, for the teams as they were asked
 * about: a change of the teams asks again. What counts as the client side is the domain's rule
 * (domain/policy/people.ts `clientSidePeople`); this only resolves the members it reads.
 */
import type { ResolvedTeams } from '../../domain/policy/people';
import { mayHoldRole } from '../../domain/policy/accountIds';
import { TEAM_SIDES, type EngagementTeams, type MemberSource, type TeamMembers } from '../../domain/policy/teams';
import type { AppStore, JiraPort } from '../ports';

/** How long a resolved membership is used before Jira is asked again. */
export const TEAM_MEMBERSHIP_TTL_MS = 60 * 60_000;
/** Members a side resolves to at most (groups can be the whole site): the stored record stays far below the storage value limit. */
export const MEMBERS_PER_SIDE_MAX = 2_000;

export const teamMembershipKey = (projectKey: string) => `teams:${projectKey}:members`;

/** One person on a side, with every entry of the side that puts them there. */
export interface ResolvedMember {
  accountId: string;
  /** From Jira's answer; null for a person the team names (the caller has the names). */
  displayName: string | null;
  sources: MemberSource[];
}

/** A side as Jira resolved it. */
export interface ResolvedSide {
  members: Map<string, ResolvedMember>;
  /** False when a side hit MEMBERS_PER_SIDE_MAX: only the first members were kept. */
  complete: boolean;
  /** Groups and roles the side names that Jira no longer has (deleted group, role removed from the project). */
  missingGroupIds: string[];
  missingRoleIds: string[];
}

export type ResolvedTeamSides = Record<keyof EngagementTeams, ResolvedSide>;

/** The membership the app uses: each side's account ids, from when, and whether any side was cut at the cap. */
export interface TeamMembership extends ResolvedTeams {
  client: string[];
  delivery: string[];
  resolvedAt: number;
  complete: boolean;
  missing: { groupIds: string[]; projectRoleIds: string[] };
}

/** What app storage keeps: the membership and the teams it answers for. */
interface StoredTeamMembership extends TeamMembership {
  teams: string;
}

const fingerprint = (teams: EngagementTeams) => JSON.stringify(TEAM_SIDES.map((side) => [teams[side].accountIds, teams[side].groupIds, teams[side].projectRoleIds]));
const asksJira = (team: TeamMembers) => team.groupIds.length > 0 || team.projectRoleIds.length > 0;

/**
 * Each side's members, from Jira: one request per page of a group's members (a group named on both
 * sides or acting in several roles is read once), one per role, and one bulk lookup of the people
 * roles name directly (apps and deactivated accounts are nobody's team).
 */
export async function resolveTeams(jira: JiraPort, projectKey: string, teams: EngagementTeams): Promise<ResolvedTeamSides> {
  const groupReads = new Map<string, ReturnType<JiraPort['getGroupMembers']>>();
  const membersOf = (groupId: string) => {
    let read = groupReads.get(groupId);
    if (!read) groupReads.set(groupId, (read = jira.getGroupMembers(groupId, MEMBERS_PER_SIDE_MAX)));
    return read;
  };
  const roleReads = new Map<string, ReturnType<JiraPort['getRoleActors']>>();
  const actorsOf = (roleId: string) => {
    let read = roleReads.get(roleId);
    if (!read) roleReads.set(roleId, (read = jira.getRoleActors(projectKey, roleId)));
    return read;
  };

  // The roles first: the people they name directly are looked up together, once.
  const roleActors = new Map(await Promise.all([...new Set(TEAM_SIDES.flatMap((side) => teams[side].projectRoleIds))].map(async (id) => [id, await actorsOf(id)] as const)));
  const actorIds = [...new Set([...roleActors.values()].flatMap((actors) => actors?.accountIds ?? []))];
  const actorPeople = new Map(actorIds.length > 0 ? (await jira.getPeople(actorIds)).filter(mayHoldRole).map((p) => [p.accountId, p.displayName] as const) : []);

  const resolveSide = async (team: TeamMembers): Promise<ResolvedSide> => {
    const side: ResolvedSide = { members: new Map(), complete: true, missingGroupIds: [], missingRoleIds: [] };
    const add = (accountId: string, displayName: string | null, source: MemberSource) => {
      const member = side.members.get(accountId);
      if (member) {
        member.sources.push(source);
        member.displayName ??= displayName;
      } else if (side.members.size < MEMBERS_PER_SIDE_MAX) side.members.set(accountId, { accountId, displayName, sources: [source] });
      else side.complete = false;
    };
    team.accountIds.forEach((id, index) => add(id, null, { list: 'accountIds', index }));
    const groups = await Promise.all(team.groupIds.map((id) => membersOf(id)));
    groups.forEach((group, index) => {
      if (group === null) return void side.missingGroupIds.push(team.groupIds[index]!);
      if (!group.complete) side.complete = false;
      for (const person of group.members) add(person.accountId, person.displayName, { list: 'groupIds', index });
    });
    for (const [index, roleId] of team.projectRoleIds.entries()) {
      const actors = roleActors.get(roleId);
      if (!actors) {
        side.missingRoleIds.push(roleId);
        continue;
      }
      for (const id of actors.accountIds) if (actorPeople.has(id)) add(id, actorPeople.get(id) ?? null, { list: 'projectRoleIds', index });
      // A group acting in the role that Jira no longer has brings nobody.
      for (const group of await Promise.all(actors.groupIds.map((id) => membersOf(id)))) {
        if (!group) continue;
        if (!group.complete) side.complete = false;
        for (const person of group.members) add(person.accountId, person.displayName, { list: 'projectRoleIds', index });
      }
    }
    return side;
  };
  const [client, delivery] = await Promise.all([resolveSide(teams.client), resolveSide(teams.delivery)]);
  return { client, delivery };
}

/** The membership a resolution gives, resolved at `now`. */
export function membershipOf(resolved: ResolvedTeamSides, now: number): TeamMembership {
  const sides = TEAM_SIDES.map((side) => resolved[side]);
  return {
    client: [...resolved.client.members.keys()],
    delivery: [...resolved.delivery.members.keys()],
    resolvedAt: now,
    complete: sides.every((s) => s.complete),
    missing: { groupIds: [...new Set(sides.flatMap((s) => s.missingGroupIds))], projectRoleIds: [...new Set(sides.flatMap((s) => s.missingRoleIds))] },
  };
}

/** Keeps a membership for the teams it answers for (the save, which has just resolved them, hands its answer on). */
export async function rememberTeamMembership(store: AppStore, projectKey: string, teams: EngagementTeams, membership: TeamMembership): Promise<void> {
  await store.set<StoredTeamMembership>(teamMembershipKey(projectKey), { ...membership, teams: fingerprint(teams) });
}

/** Whether a stored record answers for these teams and is younger than an hour (a record from the future is not trusted). */
function freshFor(stored: StoredTeamMembership | undefined, teams: EngagementTeams, now: number): stored is StoredTeamMembership {
  return (
    stored !== undefined &&
    stored.teams === fingerprint(teams) &&
    typeof stored.resolvedAt === 'number' &&
    stored.resolvedAt <= now &&
    now - stored.resolvedAt < TEAM_MEMBERSHIP_TTL_MS &&
    Array.isArray(stored.client) &&
    Array.isArray(stored.delivery)
  );
}

/** A stored membership as the app uses it (a record written by an older version may lack its newer parts). */
const asMembership = (stored: StoredTeamMembership): TeamMembership => ({
  client: stored.client,
  delivery: stored.delivery,
  resolvedAt: stored.resolvedAt,
  complete: stored.complete === true,
  missing: stored.missing ?? { groupIds: [], projectRoleIds: [] },
});

/**
 * The membership last kept for these very teams, however old, without asking Jira: for readers that
 * work from app storage only (the escalation scan runs after the health refresh that resolved it).
 * Null when none was kept for them; teams that name only people need none.
 */
export async function storedTeamMembership(store: AppStore, projectKey: string, teams: EngagementTeams): Promise<TeamMembership | null> {
  if (!TEAM_SIDES.some((side) => asksJira(teams[side]))) return { client: [...new Set(teams.client.accountIds)], delivery: [...new Set(teams.delivery.accountIds)], resolvedAt: 0, complete: true, missing: { groupIds: [], projectRoleIds: [] } };
  const stored = await store.get<StoredTeamMembership>(teamMembershipKey(projectKey));
  return stored?.teams === fingerprint(teams) && Array.isArray(stored.client) && Array.isArray(stored.delivery) ? asMembership(stored) : null;
}

/**
 * Who is on each side of the project's teams now. Teams that name only people (or nobody) need
 * no Jira call and no storage; otherwise the membership resolved within the hour for these very
 * teams is used, or Jira is asked and the answer kept.
 *
 * @example
 * await teamMembership(deps, 'ENG', policy.teams) //=> { client: ['712020:…', …], delivery: […], resolvedAt: …, complete: true, missing: { groupIds: [], projectRoleIds: [] } }
 */
export async function teamMembership(deps: { jira: JiraPort; store: AppStore; now: number }, projectKey: string, teams: EngagementTeams): Promise<TeamMembership> {
  if (!TEAM_SIDES.some((side) => asksJira(teams[side]))) {
    return { client: [...new Set(teams.client.accountIds)], delivery: [...new Set(teams.delivery.accountIds)], resolvedAt: deps.now, complete: true, missing: { groupIds: [], projectRoleIds: [] } };
  }
  const stored = await deps.store.get<StoredTeamMembership>(teamMembershipKey(projectKey));
  if (freshFor(stored, teams, deps.now)) return asMembership(stored);
  const membership = membershipOf(await resolveTeams(deps.jira, projectKey, teams), deps.now);
  await rememberTeamMembership(deps.store, projectKey, teams, membership);
  return membership;
}
