/**
 * The Teams section's words and choices: what each side and list is called, the groups and roles to
 * choose from (any chosen id Jira no longer lists stays visible, so it can be unchosen), who is named
 * on both sides before the server is asked, who counts as the client side, and how the section's
 * paths are named and placed. The teams themselves need no draft form: the settings are lists of ids.
 */
import { CATEGORY_LABELS } from '../../../../src/contract/labels';
import type { GroupView, PersonView, ProjectRoleView } from '../../../../src/contract/resolvers';
import { namesNobody, TEAM_MEMBER_LISTS, TEAM_SIDES, type TeamMemberList, type TeamsInput } from '../../../../src/contract/teamsSettings';
import { listWords } from './escalationDraft';
import { fieldOf, sectionPathLabel } from './pathWords';
import type { PolicyDraft } from './policyDraft';

type Side = keyof TeamsInput;

export const TEAM_LABELS = {
  teams: 'Teams',
  client: 'Client team',
  delivery: 'Delivery team',
  accountIds: 'People',
  groupIds: 'Jira groups',
  projectRoleIds: 'Project roles',
} as const satisfies Record<'teams' | Side | TeamMemberList, string>;

/** One entry to tick: its id and the words shown. */
export interface TeamChoice {
  id: string;
  label: string;
}

/**
 * The groups to choose from, by name, plus any chosen group the site's list lacks.
 *
 * @example
 * groupChoices([{ groupId: 'g-1', name: 'client-team' }], ['g-1', 'g-9'])
 * //=> [{ id: 'g-1', label: 'client-team' }, { id: 'g-9', label: 'Group g-9 (not in the site’s list)' }]
 */
export function groupChoices(groups: readonly GroupView[] | null, chosen: readonly string[]): TeamChoice[] {
  const choices = (groups ?? []).map((g) => ({ id: g.groupId, label: g.name }));
  for (const id of chosen) if (!choices.some((c) => c.id === id)) choices.push({ id, label: `Group ${id} (not in the site’s list)` });
  return choices;
}

/**
 * The project's roles to choose from, plus any chosen role the project no longer has.
 *
 * @example
 * roleChoices([{ id: '10100', name: 'Client' }], ['10100', '10999'])
 * //=> [{ id: '10100', label: 'Client' }, { id: '10999', label: 'Role 10999 (not a role of this project)' }]
 */
export function roleChoices(roles: readonly ProjectRoleView[] | null, chosen: readonly string[]): TeamChoice[] {
  const choices = (roles ?? []).map((r) => ({ id: r.id, label: r.name }));
  for (const id of chosen) if (!choices.some((c) => c.id === id)) choices.push({ id, label: `Role ${id} (not a role of this project)` });
  return choices;
}

/**
 * The people the draft names on both sides, by name: a warning before the server refuses the save.
 *
 * @example
 * namedOnBothSides(draft, peopleFor) //=> 'Emily Carter is named on both teams: a person can be on one side only.'
 */
export function namedOnBothSides(draft: PolicyDraft, peopleFor: (ids: string[]) => PersonView[]): string | null {
  const delivery = new Set(draft.teams.delivery.accountIds);
  const both = draft.teams.client.accountIds.filter((id) => delivery.has(id));
  if (both.length === 0) return null;
  return `${listWords(peopleFor(both).map((p) => p.displayName))} ${both.length === 1 ? 'is' : 'are'} named on both teams: a person can be on one side only.`;
}

/**
 * Who counts as the client side ("found by users", the survey, the partner signal), in words: the
 * client team once it names anyone, else the policy's client people.
 *
 * @example
 * clientSideWords(draftFromPolicy(defaultPolicy())) //=> 'The client team names nobody yet, so the client side is the client sponsor, the customer acceptors and the owners and “escalates to” people of Product & UX and Scope & timeline.'
 */
export function clientSideWords(draft: PolicyDraft): string {
  if (!namesNobody(draft.teams.client)) return 'The client side is the client team: the people named, the members of its groups and the people in its project roles.';
  return `The client team names nobody yet, so the client side is the client sponsor, the customer acceptors and the owners and “escalates to” people of ${CATEGORY_LABELS.product} and ${CATEGORY_LABELS.scope}.`;
}

/** Each path the section shows a message next to (`policy.` stripped; a list item's is shown on its list). */
const PLACED = new Set<string>(['teams', ...TEAM_SIDES.flatMap((side) => [`teams.${side}`, ...TEAM_MEMBER_LISTS.map((list) => `teams.${side}.${list}`)])]);

/**
 * Whether a field message (`policy.teams.`…) is shown in the Teams section.
 *
 * @example
 * isTeamsFieldPlaced('policy.teams.delivery.groupIds.1') //=> true
 * isTeamsFieldPlaced('policy.teams.client.colour') //=> false
 */
export function isTeamsFieldPlaced(path: string): boolean {
  return PLACED.has(fieldOf(path));
}

/**
 * A teams path in words, for the history and the unreadable notice; undefined outside `teams`.
 *
 * @example
 * teamsPathLabel('teams.client.groupIds') //=> 'Teams · Client team · Jira groups'
 * teamsPathLabel('policy.teams.delivery.accountIds.0') //=> 'Teams · Delivery team · People · #1'
 */
export function teamsPathLabel(path: string): string | undefined {
  return sectionPathLabel(path, 'teams', TEAM_LABELS.teams, TEAM_LABELS);
}
