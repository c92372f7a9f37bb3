/**
 * Validation of the policy's health settings (signals/thresholds.ts): every threshold in its range,
 * amber before red in the direction that makes a signal worse, and the defect-escape settings' and
 * the partner signal's names through the one text rule (text.ts). schema.ts puts it into the policy's schema.
 */
import { z } from 'zod';
import type { HealthSettings } from '../signals/thresholds';
import { HEALTH_LIMITS as H } from './limits';
import { distinctNames, issueTypeNameSchema, labelSchema } from './names';

type Range = { readonly min: number; readonly max: number };

/** A number in `range`; one message for every way of missing it (a string, NaN, out of range). */
const inRange = (range: Range, message: string, whole = false) => {
  const n = z.number({ error: message }).min(range.min, { error: message }).max(range.max, { error: message });
  return whole ? n.int({ error: message }) : n;
};
/** Compare two numbers only once each is valid on its own, so one mistake gives one message. */
const valid = (n: unknown, range: Range): n is number => typeof n === 'number' && Number.isFinite(n) && n >= range.min && n <= range.max;

const sprintsOutside = inRange(H.sprintsOutside, `Enter a whole number of sprints from ${H.sprintsOutside.min} to ${H.sprintsOutside.max}`, true);
const scopeSharePercent = inRange(H.scopeSharePercent, `Enter a share of the budget between ${H.scopeSharePercent.min} and ${H.scopeSharePercent.max} %`);
const leadTimeDays = inRange(H.leadTimeDays, `Enter a number of days between ${H.leadTimeDays.min} and ${H.leadTimeDays.max}`);
const defectEscapeRate = inRange(H.defectEscapeRate, `Enter escaped bugs per shipped feature, between ${H.defectEscapeRate.min} and ${H.defectEscapeRate.max}`);
const percent = inRange(H.percent, `Enter a percentage between ${H.percent.min} and ${H.percent.max}`);
const blockerHours = inRange(H.blockerHours, `Enter a number of hours between ${H.blockerHours.min} and ${H.blockerHours.max}`);
const windowDays = inRange(H.windowDays, `Enter a whole number of days from ${H.windowDays.min} to ${H.windowDays.max}`, true);

/**
 * Amber and red of one signal: `worse` says which way a number gets worse, so red lies beyond
 * amber that way (equal: straight to red, no amber band).
 */
function amberRed<A extends string, R extends string>(amber: A, red: R, range: Range, number: z.ZodNumber, worse: 'higher' | 'lower', message: string) {
  return z.strictObject({ [amber]: number, [red]: number } as Record<A | R, z.ZodNumber>).refine(
    (t) => {
      const [a, r] = [(t as Record<string, unknown>)[amber], (t as Record<string, unknown>)[red]];
      if (!valid(a, range) || !valid(r, range)) return true;
      return worse === 'higher' ? r >= a : r <= a;
    },
    { error: message, path: [red] },
  );
}

const thresholds = z.strictObject(
  {
    predictability: amberRed('amberOutside', 'redOutside', H.sprintsOutside, sprintsOutside, 'higher', 'Red needs at least as many sprints outside the band as amber'),
    scope: z.strictObject({ sharePercent: scopeSharePercent }),
    leadTime: amberRed('amberDays', 'redDays', H.leadTimeDays, leadTimeDays, 'higher', 'Red must be at least as many days as amber: a longer lead time is worse'),
    defectEscape: amberRed('amberRate', 'redRate', H.defectEscapeRate, defectEscapeRate, 'higher', 'Red must be at least the amber rate: more escaped bugs is worse'),
    decisions: z.strictObject({ withinSlaAmberPercent: percent }),
    acceptance: amberRed('amberFirstPassPercent', 'redFirstPassPercent', H.percent, percent, 'lower', 'Red must be at most the amber percentage: a lower first-pass rate is worse'),
    blockers: amberRed('amberHours', 'redHours', H.blockerHours, blockerHours, 'higher', 'Red must be at least as many hours as amber: a blocker flagged longer is worse'),
    partner: amberRed('amberPercent', 'redPercent', H.percent, percent, 'lower', 'Red must be at most the amber percentage: a client raising fewer ideas and problems is worse'),
  },
  { error: 'Set the thresholds of the health signals' },
);

const bugType = issueTypeNameSchema(H.issueTypeNameMaxLength);
const label = labelSchema(H.labelMaxLength);

// Issue types are matched case-insensitively (signals/thresholds.ts), so "Bug" and "bug" are one type.
const bugTypes = z
  .array(bugType, { error: 'Name the issue types that are bugs' })
  .min(1, { error: 'Name at least one issue type that is a bug' })
  .max(H.entriesPerList, { error: `Name at most ${H.entriesPerList} issue types` })
  .refine((names) => distinctNames(names, (s) => s.toLowerCase()), { error: 'Each issue type can be named only once' });
const labels = z
  .array(label, { error: 'Name the labels of bugs found by users' })
  .max(H.entriesPerList, { error: `Name at most ${H.entriesPerList} labels` })
  .refine((names) => distinctNames(names, (s) => s), { error: 'Each label can be named only once' });
const foundBy = z.enum(['client-reporter', 'label', 'either', 'both'], { error: 'Choose how a bug counts as found by users: reported by the client team, labelled, either, or both' });

const defectEscape = z
  .strictObject({ bugTypes, foundBy, labels, windowDays }, { error: 'Set the defect escape settings' })
  .refine((d) => (d.foundBy !== 'label' && d.foundBy !== 'both') || !Array.isArray(d.labels) || d.labels.length > 0, {
    error: 'Name at least one label, or also count bugs the client team reported',
    path: ['labels'],
  });

// The partner signal's idea and problem types: issue type names, under the bug types' rules.
const ideaType = bugType;
const ideaTypes = z
  .array(ideaType, { error: 'Name the issue types that are new ideas and problems' })
  .min(1, { error: 'Name at least one issue type that is a new idea or problem' })
  .max(H.entriesPerList, { error: `Name at most ${H.entriesPerList} issue types` })
  .refine((names) => distinctNames(names, (s) => s.toLowerCase()), { error: 'Each issue type can be named only once' });
const partner = z.strictObject({ ideaTypes }, { error: 'Set the partner signal settings' });

/** The policy's `health` section. */
export const healthSettingsSchema: z.ZodType<HealthSettings> = z.strictObject({ thresholds, defectEscape, partner }, { error: 'Set the health settings' });

/**
 * Each health setting on its own, without the rules between settings (amber before red, a label when
 * only labels count): what a stored value must be to be shown again (readable.ts).
 */
export const HEALTH_SETTING_SCHEMAS = { sprintsOutside, scopeSharePercent, leadTimeDays, defectEscapeRate, percent, blockerHours, windowDays, bugType, bugTypes, label, labels, foundBy, ideaType, ideaTypes } as const;
