import type { z } from 'zod';
import { defaultPolicy, withPolicyDefaults } from './defaults';
import { HEALTH_SETTING_SCHEMAS as HS } from './healthSchema';
import { setAt, valueAt } from './paths';
import { POLICY_SETTING_SCHEMAS as S } from './schema';
import { DECISION_CATEGORIES, type EngagementPolicy, type TeamSide } from './types';

export interface ReadablePolicy {
  policy: EngagementPolicy;
  /** Dotted path inside the policy → why its stored value is not shown; empty when everything could be read. */
  problems: Record<string, string>;
}

/** A value, or a list whose items are read one by one (`schema` is an item's, `list` the whole list's). */
type Setting = { path: string; kind: 'people' | 'value'; schema: z.ZodType } | { path: string; kind: 'list'; schema: z.ZodType; list: z.ZodType };

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
  { path: 'health.defectEscape.bugTypes', kind: 'list', schema: HS.bugType, list: HS.bugTypes },
  { path: 'health.defectEscape.foundBy', kind: 'value', schema: HS.foundBy },
  { path: 'health.defectEscape.labels', kind: 'list', schema: HS.label, list: HS.labels },
  { path: 'health.defectEscape.windowDays', kind: 'value', schema: HS.windowDays },
];

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
];


const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? 'Not a value this setting can have';
const blanked = (why: string) => `The stored value could not be read, so it is shown empty: ${why}`;
const defaulted = (why: string) => `The stored value could not be read, so the default is shown: ${why}`;

/**
 * A stored policy as the app can show and use it: the defaults fill what is missing
 * (withPolicyDefaults); a setting whose stored value is not one it can have — broken text,
 * an id that names nobody, a wrong type — is blanked (a person, a list item, a status) or
 * set to its default (hours, calendars, the clock, a health threshold, a list of names left
 * unusable), and named in `problems`, so the settings
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
    const fallback = valueAt(defaults, path);
    problems[path] = (fallback === null ? blanked : defaulted)(messageOf(schema, value));
    setAt(root, path, fallback);
  }
  return { policy, problems };
}
