/**
 * The two teams as the settings page edits them: each side's people, Jira groups and project roles,
 * with their defaults (both empty) and bounds. The domain owns them (src/domain/policy/teams.ts,
 * src/domain/policy/limits.ts); the contract re-exports them, so the Custom UI checks what the server does.
 */
export type { EngagementTeams as TeamsInput, TeamMemberList, TeamMembers } from '../domain/policy/teams';
export { defaultTeams, emptyTeam, namesNobody, TEAM_MEMBER_LISTS, TEAM_SIDES } from '../domain/policy/teams';
export { POLICY_LIMITS, TEAM_LIMITS } from '../domain/policy/limits';
