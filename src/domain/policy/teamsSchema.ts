/**
 * Validation of the two teams (teams.ts): each side's people through the one people rule
 * (peopleSchema.ts), its groups and roles as ids chosen from Jira's lists, and one rule between the
 * sides: a person can be on one side only. Whether the people are active users and the groups and
 * roles exist is Jira's to say (src/app/teams/teamChecks.ts). schema.ts puts it into the policy's schema.
 */
import { z } from 'zod';
import { TEAM_LIMITS as T } from './limits';
import { people } from './peopleSchema';
import { namedMembers, peopleOnBothSides, type EngagementTeams } from './teams';

const groupMessage = 'Choose groups from the list';
const roleMessage = 'Choose project roles from the list';
// Jira group ids are UUIDs; letters, digits, ':', '-' and '_' keep any other form safe to send back.
const groupId = z.string({ error: groupMessage }).regex(new RegExp(`^[A-Za-z0-9:_-]{1,${T.groupIdMaxLength}}$`), { error: groupMessage });
const projectRoleId = z.string({ error: roleMessage }).regex(new RegExp(`^[0-9]{1,${T.roleIdMaxLength}}$`), { error: roleMessage });

const each = (entries: readonly unknown[]) => new Set(entries).size === entries.length;
const groupIds = z
  .array(groupId, { error: groupMessage })
  .max(T.groupsPerSide, { error: `Choose at most ${T.groupsPerSide} groups per team` })
  .refine(each, { error: 'Each group can be chosen only once' });
const projectRoleIds = z
  .array(projectRoleId, { error: roleMessage })
  .max(T.rolesPerSide, { error: `Choose at most ${T.rolesPerSide} project roles per team` })
  .refine(each, { error: 'Each project role can be chosen only once' });

const accountIds = { client: people('people of the client team', null), delivery: people('people of the delivery team', null) };
const team = (side: keyof EngagementTeams) => z.strictObject({ accountIds: accountIds[side], groupIds, projectRoleIds }, { error: `Set the ${side} team` });

/** The message on a side's people when someone there is on the other side too. */
export const onOneSideOnly = (otherSide: keyof EngagementTeams) => `A person can be on one side only: someone chosen here is also on the ${otherSide} team`;

export const teamsSchema: z.ZodType<EngagementTeams> = z
  .strictObject({ client: team('client'), delivery: team('delivery') }, { error: 'Set the teams' })
  .superRefine((teams, ctx) => {
    // Judged only once both lists of people are valid, so one mistake gives one message.
    if (!accountIds.client.safeParse(teams.client?.accountIds).success || !accountIds.delivery.safeParse(teams.delivery?.accountIds).success) return;
    for (const both of peopleOnBothSides(namedMembers(teams.client), namedMembers(teams.delivery))) {
      ctx.addIssue({ code: 'custom', path: ['client', 'accountIds', both.client.index], message: onOneSideOnly('delivery') });
      ctx.addIssue({ code: 'custom', path: ['delivery', 'accountIds', both.delivery.index], message: onOneSideOnly('client') });
    }
  });

/** Each team setting on its own, without the rule between the sides: what a stored value must be to be shown again (readable.ts). */
export const TEAM_SETTING_SCHEMAS = { groupId, groupIds, projectRoleId, projectRoleIds } as const;
