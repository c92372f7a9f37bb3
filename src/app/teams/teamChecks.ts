/**
 * What a save of the teams must pass beyond their schema (domain/policy/teamsSchema.ts): every group
 * they name is a group of this site and every role a role of this project (one bulk group lookup,
 * one list of the project's roles); and, once Jira has said who the groups and roles hold, nobody is
 * on both sides. The people the teams name are checked with the policy's other people (app/policy.ts
 * `refuseNobodies`). Each problem is refused on its field, in words that name what is wrong.
 */
import { peopleOnBothSides, TEAM_SIDES, type EngagementTeams, type MemberSource } from '../../domain/policy/teams';
import type { UseCaseContext } from '../context';
import { invalid } from '../errors';
import { membershipOf, resolveTeams, type ResolvedTeamSides, type TeamMembership } from './teamMembership';

type Side = keyof EngagementTeams;
const OTHER: Record<Side, Side> = { client: 'delivery', delivery: 'client' };

export const NOT_A_GROUP = 'This group is not on this site (it may have been deleted): choose groups from the list';
export const NOT_A_ROLE = 'This is not a role of this project: choose project roles from the list';
/** At most this many people are named in one message about people on both sides. */
const NAMED_IN_A_MESSAGE = 3;

const fieldOf = (side: Side, source: MemberSource) => `policy.teams.${side}.${source.list}.${source.index}`;

/** "A", "A and B", "A, B and C". */
const listWords = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * Refuses groups and roles Jira does not have, then people on both sides through a group or role
 * (people named on both sides the schema already refused). Answers the membership it resolved, for
 * the save to keep, or null when the teams name no group and no role (nothing to ask Jira).
 */
export async function refuseTeamProblems(ctx: Pick<UseCaseContext, 'jira' | 'now'>, projectKey: string, teams: EngagementTeams): Promise<TeamMembership | null> {
  const groupIds = [...new Set(TEAM_SIDES.flatMap((side) => teams[side].groupIds))];
  const roleIds = TEAM_SIDES.flatMap((side) => teams[side].projectRoleIds);
  if (groupIds.length === 0 && roleIds.length === 0) return null;

  const [groups, roles] = await Promise.all([groupIds.length > 0 ? ctx.jira.getGroups(groupIds) : [], roleIds.length > 0 ? ctx.jira.getProjectRoles(projectKey) : []]);
  const groupNames = new Map(groups.map((g) => [g.groupId, g.name]));
  // A project whose roles Jira will not list to the app: each role is asked for itself below.
  const roleNames = roles === null ? null : new Map(roles.map((r) => [r.id, r.name]));
  const fields: Record<string, string> = {};
  const refuse = (side: Side, list: 'groupIds' | 'projectRoleIds', isKnown: (id: string) => boolean, message: string) => {
    teams[side][list].forEach((id, index) => {
      if (!isKnown(id)) fields[fieldOf(side, { list, index })] = message;
    });
  };
  for (const side of TEAM_SIDES) {
    refuse(side, 'groupIds', (id) => groupNames.has(id), NOT_A_GROUP);
    if (roleNames) refuse(side, 'projectRoleIds', (id) => roleNames.has(id), NOT_A_ROLE);
  }
  if (Object.keys(fields).length > 0) throw invalid('Some groups or roles of the teams are not in Jira.', fields);

  const resolved = await resolveTeams(ctx.jira, projectKey, teams);
  // Without the project's list, a role is known once Jira answers for it.
  for (const side of TEAM_SIDES) refuse(side, 'projectRoleIds', (id) => !resolved[side].missingRoleIds.includes(id), NOT_A_ROLE);
  if (Object.keys(fields).length > 0) throw invalid('Some groups or roles of the teams are not in Jira.', fields);

  const onBoth = onBothSidesFields(teams, resolved, groupNames, roleNames);
  if (Object.keys(onBoth).length > 0) throw invalid('A person can be on one side only: some people are on both teams.', onBoth);
  return membershipOf(resolved, ctx.now);
}

/** Per field that puts someone on a side, who else's team they are on and through what: "Also on the client team: Emily Carter (in the group client-team). …" */
function onBothSidesFields(teams: EngagementTeams, resolved: ResolvedTeamSides, groupNames: ReadonlyMap<string, string>, roleNames: ReadonlyMap<string, string> | null): Record<string, string> {
  const words = (side: Side, source: MemberSource) => {
    if (source.list === 'accountIds') return 'named there';
    if (source.list === 'groupIds') {
      const id = teams[side].groupIds[source.index]!;
      return `in the group ${groupNames.get(id) ?? id}`;
    }
    const id = teams[side].projectRoleIds[source.index]!;
    return `in the role ${roleNames?.get(id) ?? id}`;
  };
  const byField = new Map<string, string[]>();
  const note = (field: string, entry: string) => byField.set(field, [...(byField.get(field) ?? []), entry]);
  for (const both of peopleOnBothSides(sourcesOf(resolved.client), sourcesOf(resolved.delivery))) {
    const name = resolved.client.members.get(both.accountId)?.displayName ?? resolved.delivery.members.get(both.accountId)?.displayName ?? 'Someone';
    for (const side of TEAM_SIDES) note(fieldOf(side, both[side]), `${name} (${words(OTHER[side], both[OTHER[side]])})`);
  }
  return Object.fromEntries(
    [...byField].map(([field, people]) => {
      const side = field.split('.')[2] as Side;
      const shown = people.length > NAMED_IN_A_MESSAGE ? [...people.slice(0, NAMED_IN_A_MESSAGE), `${people.length - NAMED_IN_A_MESSAGE} more`] : people;
      return [field, `Also on the ${OTHER[side]} team: ${listWords(shown)}. A person can be on one side only.`];
    }),
  );
}

const sourcesOf = (side: ResolvedTeamSides[Side]) => new Map([...side.members].map(([id, m]) => [id, m.sources] as const));
