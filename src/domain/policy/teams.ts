/**
 * The two teams' members (PRODUCT.md "The two teams"): each side names people, Jira groups and
 * project roles. Who is on the client side decides the survey's audience, "found by users" and the
 * partner signal. A side that names nobody leaves the client side to what the policy's other people
 * say (people.ts `clientSidePeople`). Validation: teamsSchema.ts; who a group or role holds is the
 * app's to ask Jira (src/app/teams/teamMembership.ts).
 */

/** One side's members as the settings name them: account ids, Jira group ids, project role ids (numbers as text). */
export interface TeamMembers {
  accountIds: string[];
  groupIds: string[];
  projectRoleIds: string[];
}

export interface EngagementTeams {
  client: TeamMembers;
  delivery: TeamMembers;
}

export type TeamMemberList = keyof TeamMembers;
export const TEAM_MEMBER_LISTS: readonly TeamMemberList[] = ['accountIds', 'groupIds', 'projectRoleIds'];
export const TEAM_SIDES = ['client', 'delivery'] as const satisfies readonly (keyof EngagementTeams)[];

export const emptyTeam = (): TeamMembers => ({ accountIds: [], groupIds: [], projectRoleIds: [] });

/** Both teams empty: until an admin names them, the client side is derived from the policy's people. */
export function defaultTeams(): EngagementTeams {
  return { client: emptyTeam(), delivery: emptyTeam() };
}

/**
 * Whether the side names nobody: no person, no group, no role.
 *
 * @example
 * namesNobody({ accountIds: [], groupIds: [], projectRoleIds: [] }) //=> true
 * namesNobody({ accountIds: [], groupIds: ['a1b2'], projectRoleIds: [] }) //=> false
 */
export function namesNobody(team: TeamMembers): boolean {
  return team.accountIds.length === 0 && team.groupIds.length === 0 && team.projectRoleIds.length === 0;
}

/** Where a person's place on a side comes from: an entry of one of its lists (a person named, a group, a role). */
export interface MemberSource {
  list: TeamMemberList;
  index: number;
}

/** A side's people, each with every entry of the side that puts them there. */
export type SideMembers = ReadonlyMap<string, readonly MemberSource[]>;

/**
 * The people the side names itself (groups and roles are the app's to resolve).
 *
 * @example
 * namedMembers({ accountIds: ['acc-1'], groupIds: [], projectRoleIds: [] }) //=> Map { 'acc-1' => [{ list: 'accountIds', index: 0 }] }
 */
export function namedMembers(team: TeamMembers): SideMembers {
  const members = new Map<string, MemberSource[]>();
  team.accountIds.forEach((id, index) => members.set(id, [...(members.get(id) ?? []), { list: 'accountIds', index }]));
  return members;
}

/** A person on both sides, with the first entry that puts them on each. */
export interface PersonOnBothSides {
  accountId: string;
  client: MemberSource;
  delivery: MemberSource;
}

/**
 * The people on both sides — a person can be on one side only — in the client side's order.
 *
 * @example
 * peopleOnBothSides(new Map([['acc-1', [{ list: 'accountIds', index: 0 }]]]), new Map([['acc-1', [{ list: 'groupIds', index: 2 }]]]))
 * //=> [{ accountId: 'acc-1', client: { list: 'accountIds', index: 0 }, delivery: { list: 'groupIds', index: 2 } }]
 */
export function peopleOnBothSides(client: SideMembers, delivery: SideMembers): PersonOnBothSides[] {
  const both: PersonOnBothSides[] = [];
  for (const [accountId, sources] of client) {
    const there = delivery.get(accountId);
    if (sources[0] && there?.[0]) both.push({ accountId, client: sources[0], delivery: there[0] });
  }
  return both;
}
