import type { z } from 'zod';
import { defaultPolicy, withPolicyDefaults } from './defaults';
import { setAt, valueAt } from './paths';
import { POLICY_SETTING_SCHEMAS as S } from './schema';
import { DECISION_CATEGORIES, type EngagementPolicy, type TeamSide } from './types';

export interface ReadablePolicy {
  policy: EngagementPolicy;
  /** Dotted path inside the policy → why its stored value is not shown; empty when everything could be read. */
  problems: Record<string, string>;
}

type Setting = { path: string; kind: 'people' | 'value'; schema: z.ZodType };

const SIDES: readonly TeamSide[] = ['client', 'delivery'];

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
];


const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? 'Not a value this setting can have';
const blanked = (why: string) => `The stored value could not be read, so it is shown empty: ${why}`;
const defaulted = (why: string) => `The stored value could not be read, so the default is shown: ${why}`;

/**
 * A stored policy as the app can show and use it: the defaults fill what is missing
 * (withPolicyDefaults); a setting whose stored value is not one it can have — broken text,
 * an id that names nobody, a wrong type — is blanked (a person, a list item, a status) or
 * set to its default (hours, calendars, the clock), and named in `problems`, so the settings
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
  for (const { path, kind, schema } of SETTINGS) {
    const value = valueAt(root, path);
    if (kind === 'people') {
      if (!Array.isArray(value)) {
        problems[path] = blanked('Not a list of people');
        setAt(root, path, valueAt(defaults, path));
        continue;
      }
      const kept = value.filter((id, i) => {
        if (schema.safeParse(id).success) return true;
        problems[`${path}.${i}`] = blanked(messageOf(schema, id));
        return false;
      });
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
