import type { z } from 'zod';
import { DAILY_NOTE_SETTING_SCHEMAS as DS } from './dailyNoteSchema';
import { defaultPolicy, withPolicyDefaults } from './defaults';
import { ESCALATION_SETTING_SCHEMAS as ES } from './escalationSchema';
import { HEALTH_SETTING_SCHEMAS as HS } from './healthSchema';
import { NPS_SETTING_SCHEMAS as NS } from './npsSchema';
import { setAt, valueAt } from './paths';
import { POLICY_SETTING_SCHEMAS as S } from './schema';
import { TEAM_SIDES } from './teams';
import { TEAM_SETTING_SCHEMAS as TS } from './teamsSchema';
import { DECISION_CATEGORIES, type EngagementPolicy, type TeamSide } from './types';

export interface ReadablePolicy {
  policy: EngagementPolicy;
  /** Dotted path inside the policy → why its stored value is not shown; empty when everything could be read. */
  problems: Record<string, string>;
}

/**
 * A value, or a list whose items are read one by one (`schema` is an item's, `list` the whole list's).
 * A value that cannot be read takes its default, or `fallback` when the default is not the safe choice.
 */
type Setting =
  | { path: string; kind: 'people' | 'value'; schema: z.ZodType; fallback?: { value: unknown; shown: string } }
  | { path: string; kind: 'list'; schema: z.ZodType; list: z.ZodType };

const SIDES: readonly TeamSide[] = ['client', 'delivery'];

/** The health settings (healthSchema.ts): thresholds fall back to their defaults; a name that cannot be read is left out of its list. */
const T = 'health.thresholds';
const HEALTH_SETTINGS: readonly Setting[] = [
  { path: `${T}.predictability.amberOutside`, kind: 'value', schema: HS.sprintsOutside },
  { path: `${T}.predictability.redOutside`, kind: 'value', schema: HS.sprintsOutside },
  { path: `${T}.scope.sharePercent`, kind: 'value', schema: HS.scopeSharePercent },
  { path: `${T}.leadTime.amberDays`, kind: 'value', schema: HS.leadTimeDays },
  { path: `${T}.leadTime.redDays`, kind: 'value', schema: HS.leadTimeDays },
  { path: `${T}.defectEscape.amberRate`, kind: 'value', schema: HS.defectEscapeRate },
  { path: `${T}.defectEscape.redRate`, kind: 'value', schema: HS.defectEscapeRate },
  { path: `${T}.decisions.withinSlaAmberPercent`, kind: 'value', schema: HS.percent },
  { path: `${T}.acceptance.amberFirstPassPercent`, kind: 'value', schema: HS.percent },
  { path: `${T}.acceptance.redFirstPassPercent`, kind: 'value', schema: HS.percent },
  { path: `${T}.blockers.amberHours`, kind: 'value', schema: HS.blockerHours },
  { path: `${T}.blockers.redHours`, kind: 'value', schema: HS.blockerHours },
  { path: `${T}.partner.amberPercent`, kind: 'value', schema: HS.percent },
  { path: `${T}.partner.redPercent`, kind: 'value', schema: HS.percent },
  { path: 'health.defectEscape.bugTypes', kind: 'list', schema: HS.bugType, list: HS.bugTypes },
  { path: 'health.defectEscape.foundBy', kind: 'value', schema: HS.foundBy },
  { path: 'health.defectEscape.labels', kind: 'list', schema: HS.label, list: HS.labels },
  { path: 'health.defectEscape.windowDays', kind: 'value', schema: HS.windowDays },
  { path: 'health.partner.ideaTypes', kind: 'list', schema: HS.ideaType, list: HS.ideaTypes },
];

/**
 * The escalation settings (escalationSchema.ts). What cannot be read falls back to what posts less:
 * the mode to Preview (its default), a rule or a source of "blocked" to off, the working-hours rule
 * to on, so a corrupted record never makes the scanner post what an admin did not ask for. An
 * exemption that cannot be read is left out of its list (it names no label, type or status Jira has).
 */
const R = 'escalation.rules';
const off = { value: false, shown: 'switched off' } as const;
const ESCALATION_SETTINGS: readonly Setting[] = [
  { path: 'escalation.mode', kind: 'value', schema: ES.mode },
  { path: `${R}.blocker.enabled`, kind: 'value', schema: ES.blockerEnabled, fallback: off },
  { path: `${R}.blocker.flagged`, kind: 'value', schema: ES.flagged, fallback: off },
  { path: `${R}.blocker.blockedStatusIds`, kind: 'list', schema: ES.statusId, list: ES.blockedStatusIds },
  { path: `${R}.blocker.blockedByLinks`, kind: 'value', schema: ES.blockedByLinks, fallback: off },
  { path: `${R}.decisionReminder.enabled`, kind: 'value', schema: ES.reminderEnabled, fallback: off },
  { path: `${R}.decisionReminder.repeatHours`, kind: 'value', schema: ES.repeatHours },
  { path: `${R}.staleDecision.enabled`, kind: 'value', schema: ES.staleEnabled, fallback: off },
  { path: `${R}.scopeChange.enabled`, kind: 'value', schema: ES.scopeEnabled, fallback: off },
  { path: 'escalation.exemptions.labels', kind: 'list', schema: ES.label, list: ES.labels },
  { path: 'escalation.exemptions.issueTypes', kind: 'list', schema: ES.issueType, list: ES.issueTypes },
  { path: 'escalation.exemptions.statusIds', kind: 'list', schema: ES.statusId, list: ES.statusIds },
  { path: 'escalation.workingHoursOnly', kind: 'value', schema: ES.workingHoursOnly, fallback: { value: true, shown: 'switched on' } },
];

/**
 * The teams (teamsSchema.ts): a person, group or role that cannot be read is left out of its side,
 * so a side that named only that falls back to the derived client side (people.ts) until the next save.
 */
const TEAM_SETTINGS: readonly Setting[] = TEAM_SIDES.flatMap((side): Setting[] => [
  { path: `teams.${side}.accountIds`, kind: 'people', schema: S.accountId },
  { path: `teams.${side}.groupIds`, kind: 'list', schema: TS.groupId, list: TS.groupIds },
  { path: `teams.${side}.projectRoleIds`, kind: 'list', schema: TS.projectRoleId, list: TS.projectRoleIds },
]);

/** Every setting of the policy, with the schema its value must pass on its own to be shown. */
const SETTINGS: readonly Setting[] = [
  ...DECISION_CATEGORIES.flatMap((key): Setting[] => [
    { path: `categories.${key}.ownerIds`, kind: 'people', schema: S.accountId },
    { path: `categories.${key}.slaHours`, kind: 'value', schema: S.slaHours },
    { path: `categories.${key}.staleHours`, kind: 'value', schema: S.staleHours },
    { path: `categories.${key}.escalateToIds`, kind: 'people', schema: S.accountId },
  ]),
  { path: 'clientSponsorId', kind: 'value', schema: S.accountId.nullable() },
  { path: 'deliverySponsorId', kind: 'value', schema: S.accountId.nullable() },
  { path: 'acceptorIds', kind: 'people', schema: S.accountId },
  { path: 'budgetPoints', kind: 'value', schema: S.budgetPoints },
  ...SIDES.flatMap((side): Setting[] => [
    { path: `calendars.${side}.timeZone`, kind: 'value', schema: S.timeZone },
    { path: `calendars.${side}.workingDays`, kind: 'value', schema: S.workingDays },
    { path: `calendars.${side}.dayStart`, kind: 'value', schema: S.timeOfDay },
    { path: `calendars.${side}.dayEnd`, kind: 'value', schema: S.timeOfDay },
  ]),
  { path: 'overlapWindow.start', kind: 'value', schema: S.timeOfDay },
  { path: 'overlapWindow.end', kind: 'value', schema: S.timeOfDay },
  { path: 'clockMode', kind: 'value', schema: S.clockMode },
  { path: 'acceptance.readyStatus', kind: 'value', schema: S.readyStatus },
  { path: 'acceptance.returnStatus', kind: 'value', schema: S.returnStatus },
  { path: 'acceptance.gateEnabled', kind: 'value', schema: S.gateEnabled },
  ...HEALTH_SETTINGS,
  ...ESCALATION_SETTINGS,
  ...TEAM_SETTINGS,
  // The survey window falls back to its default (14 days).
  { path: 'nps.windowDays', kind: 'value', schema: NS.windowDays },
  // An issue key that cannot be read is blanked: no note is posted until an admin names the issue again.
  { path: 'dailyNote.postToIssueKey', kind: 'value', schema: DS.postToIssueKey },
];


const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? 'Not a value this setting can have';
const blanked = (why: string) => `The stored value could not be read, so it is shown empty: ${why}`;
const defaulted = (why: string) => `The stored value could not be read, so the default is shown: ${why}`;
const shownAs = (shown: string, why: string) => `The stored value could not be read, so it is shown ${shown}: ${why}`;

/**
 * A stored policy as the app can show and use it: the defaults fill what is missing
 * (withPolicyDefaults); a setting whose stored value is not one it can have — broken text,
 * an id that names nobody, a wrong type — is blanked (a person, a list item, a status) or
 * set to its default (hours, calendars, the clock, a health threshold, a list of names left
 * unusable) or, for an escalation switch, to what posts less, and named in `problems`, so the settings
 * page still opens and points at it. Rules between settings are left to the next save.
 *
 * @example
 * readablePolicy({ ...policy, clientSponsorId: '\ud800' })
 * //=> { policy: { ...policy, clientSponsorId: null }, problems: { clientSponsorId: 'The stored value could not be read, so it is shown empty: …' } }
 */
export function readablePolicy(stored: unknown): ReadablePolicy {
  const policy = withPolicyDefaults(stored);
  const root = policy;
  const defaults = defaultPolicy();
  const problems: Record<string, string> = {};
  for (const setting of SETTINGS) {
    const { path, kind, schema } = setting;
    const value = valueAt(root, path);
    if (kind === 'people' || kind === 'list') {
      if (!Array.isArray(value)) {
        problems[path] = (kind === 'people' ? blanked : defaulted)(kind === 'people' ? 'Not a list of people' : 'Not a list');
        setAt(root, path, valueAt(defaults, path));
        continue;
      }
      const kept = value.filter((item, i) => {
        if (schema.safeParse(item).success) return true;
        problems[`${path}.${i}`] = blanked(messageOf(schema, item));
        return false;
      });
      // A list of names must still be one the setting can have (bug types: at least one), else its default.
      if (setting.kind === 'list' && !setting.list.safeParse(kept).success) {
        problems[path] = defaulted(messageOf(setting.list, kept));
        setAt(root, path, valueAt(defaults, path));
        continue;
      }
      setAt(root, path, kept);
      continue;
    }
    if (schema.safeParse(value).success) continue;
    if (setting.fallback) {
      problems[path] = shownAs(setting.fallback.shown, messageOf(schema, value));
      setAt(root, path, setting.fallback.value);
      continue;
    }
    const fallback = valueAt(defaults, path);
    problems[path] = (fallback === null ? blanked : defaulted)(messageOf(schema, value));
    setAt(root, path, fallback);
  }
  return { policy, problems };
}
