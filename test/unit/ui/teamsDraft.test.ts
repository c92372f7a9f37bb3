/** The settings page's Teams section without a browser: the choices offered, the warnings in words, how its paths are named and placed, and the teams through the form's draft. */
import type { PersonView, PolicyInput } from '../../../src/contract/resolvers';
import { defaultTeams } from '../../../src/contract/teamsSettings';
import { validatePolicy } from '../../../src/domain/policy/schema';
import { draftFromPolicy, pathLabel, policyFromDraft } from '../../../static/settings/src/policy/policyDraft';
import { clientSideWords, groupChoices, isTeamsFieldPlaced, namedOnBothSides, roleChoices, teamsPathLabel } from '../../../static/settings/src/policy/teamsDraft';
import { aPolicy } from '../domain/policyBuilders';

const NAMES: Record<string, string> = { 'acc-emily': 'Emily Carter', 'acc-piotr': 'Piotr Nowak', 'acc-marta': 'Marta Lewandowska' };
const peopleFor = (ids: string[]): PersonView[] => ids.map((accountId) => ({ accountId, displayName: NAMES[accountId] ?? 'Unknown user' }));
const team = (accountIds: string[] = [], groupIds: string[] = [], projectRoleIds: string[] = []) => ({ accountIds, groupIds, projectRoleIds });
const policy = (teams: PolicyInput['teams']): PolicyInput => ({ ...aPolicy(), teams });

describe('the teams in the form’s draft', () => {
  it('go to the server as they are, and the defaults pass its validation', () => {
    const teams = { client: team(['acc-emily'], ['g-client'], ['10100']), delivery: team([], [], ['10101']) };
    expect(policyFromDraft(draftFromPolicy(policy(teams)))).toEqual({ policy: policy(teams) });
    const converted = policyFromDraft(draftFromPolicy(policy(defaultTeams())));
    expect('policy' in converted && validatePolicy(converted.policy).ok).toBe(true);
  });
});

describe('the choices', () => {
  it('are the site’s groups and the project’s roles, with any chosen one Jira no longer lists kept visible', () => {
    expect(groupChoices([{ groupId: 'g-1', name: 'client-team' }], ['g-1', 'g-9'])).toEqual([
      { id: 'g-1', label: 'client-team' },
      { id: 'g-9', label: 'Group g-9 (not in the site’s list)' },
    ]);
    expect(groupChoices(null, [])).toEqual([]);
    expect(roleChoices([{ id: '10100', name: 'Client' }, { id: '10101', name: 'Delivery' }], ['10999'])).toEqual([
      { id: '10100', label: 'Client' },
      { id: '10101', label: 'Delivery' },
      { id: '10999', label: 'Role 10999 (not a role of this project)' },
    ]);
  });
});

describe('the section’s words', () => {
  it('name the people chosen on both sides before the server refuses them', () => {
    const draft = draftFromPolicy(policy({ client: team(['acc-emily', 'acc-piotr']), delivery: team(['acc-marta', 'acc-piotr']) }));
    expect(namedOnBothSides(draft, peopleFor)).toBe('Piotr Nowak is named on both teams: a person can be on one side only.');
    draft.teams.delivery.accountIds.push('acc-emily');
    expect(namedOnBothSides(draft, peopleFor)).toBe('Emily Carter and Piotr Nowak are named on both teams: a person can be on one side only.');
    expect(namedOnBothSides(draftFromPolicy(policy({ client: team(['acc-emily']), delivery: team(['acc-piotr']) })), peopleFor)).toBeNull();
  });

  it('say who the client side is: the client team once it names anyone, else the policy’s client people', () => {
    expect(clientSideWords(draftFromPolicy(policy(defaultTeams())))).toBe(
      'The client team names nobody yet, so the client side is the client sponsor, the customer acceptors and the owners and “escalates to” people of Product & UX and Scope & timeline.',
    );
    expect(clientSideWords(draftFromPolicy(policy({ client: team([], [], ['10100']), delivery: team() })))).toBe(
      'The client side is the client team: the people named, the members of its groups and the people in its project roles.',
    );
    // A delivery team alone does not change who the client side is.
    expect(clientSideWords(draftFromPolicy(policy({ client: team(), delivery: team(['acc-piotr']) })))).toMatch(/^The client team names nobody yet/);
  });
});

describe('the section’s paths', () => {
  it('are placed in the section, a list item’s on its list', () => {
    for (const path of ['policy.teams', 'policy.teams.client', 'policy.teams.client.accountIds', 'policy.teams.delivery.groupIds.1', 'policy.teams.delivery.projectRoleIds.0']) expect([path, isTeamsFieldPlaced(path)]).toEqual([path, true]);
    for (const path of ['policy.teams.vendor', 'policy.teams.client.emails', 'policy.acceptorIds']) expect([path, isTeamsFieldPlaced(path)]).toEqual([path, false]);
  });

  it('are named in words in the history and the unreadable notice', () => {
    expect(teamsPathLabel('teams.client.groupIds')).toBe('Teams · Client team · Jira groups');
    expect(teamsPathLabel('policy.teams.delivery.accountIds.0')).toBe('Teams · Delivery team · People · #1');
    expect(teamsPathLabel('acceptorIds')).toBeUndefined();
    expect(pathLabel('teams.delivery.projectRoleIds')).toBe('Teams · Delivery team · Project roles');
  });
});
