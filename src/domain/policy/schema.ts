import { z } from 'zod';
import { ACCEPTANCE_LIMITS } from '../acceptance/limits';
import { overlapWindowMeetsTeams } from '../calendar/overlapCoverage';
import { TIME_OF_DAY, minutesOfDay } from '../calendar/timeOfDay';
import { isNameable, isSafeText, unsafeTextMessage } from '../text';
import { dailyNoteSettingsSchema } from './dailyNoteSchema';
import { escalationSettingsSchema } from './escalationSchema';
import { healthSettingsSchema } from './healthSchema';
import { npsSettingsSchema } from './npsSchema';
import { accountId, people } from './peopleSchema';
import { teamsSchema } from './teamsSchema';
import { CATEGORY_LABELS } from './defaults';
import { POLICY_LIMITS as L } from './limits';
import type { DecisionCategory, EngagementPolicy, Weekday } from './types';

export type PolicyValidation = { ok: true; policy: EngagementPolicy } | { ok: false; fields: Record<string, string> };

/** Whether the runtime knows the IANA zone (Intl throws a RangeError otherwise). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const slaMessage = `Enter a number of hours between ${L.slaHours.min} and ${L.slaHours.max}, or leave empty for no SLA`;
const staleMessage = `Enter a number of hours between ${L.staleHours.min} and ${L.staleHours.max}`;

/** Compare hours only once each is valid on its own, so one mistake gives one message. */
const validHours = (h: unknown, range: { min: number; max: number }): h is number =>
  typeof h === 'number' && Number.isFinite(h) && h >= range.min && h <= range.max;

const slaHours = z.number({ error: slaMessage }).min(L.slaHours.min, { error: slaMessage }).max(L.slaHours.max, { error: slaMessage }).nullable();
const staleHours = z.number({ error: staleMessage }).min(L.staleHours.min, { error: staleMessage }).max(L.staleHours.max, { error: staleMessage });

const category = (key: DecisionCategory, ownersRequired: string | null) =>
  z
    .strictObject({
      ownerIds: people(`${CATEGORY_LABELS[key]} owners`, ownersRequired),
      slaHours,
      staleHours,
      escalateToIds: people('people to escalate to', null),
    })
    .refine((c) => !validHours(c.slaHours, L.slaHours) || !validHours(c.staleHours, L.staleHours) || c.staleHours >= c.slaHours!, {
      error: 'A decision can only go stale after its SLA: enter at least as many hours as the SLA',
      path: ['staleHours'],
    });

const timeOfDay = z.string({ error: 'Enter a time as HH:mm, 00:00–23:59' }).regex(TIME_OF_DAY, { error: 'Enter a time as HH:mm, 00:00–23:59' });
const startBeforeEnd = (v: { start?: unknown; end?: unknown }) =>
  typeof v.start !== 'string' || typeof v.end !== 'string' || !TIME_OF_DAY.test(v.start) || !TIME_OF_DAY.test(v.end) || minutesOfDay(v.start) < minutesOfDay(v.end);

const weekdayMessage = 'Working days are numbered 1 (Monday) to 7 (Sunday)';

const timeZone = z
  .string({ error: 'Choose a time zone' })
  .refine((s) => isSafeText(s), { error: unsafeTextMessage('The time zone'), abort: true })
  .refine((s) => s.length <= L.timeZoneMaxLength && isValidTimeZone(s), { error: 'Choose a time zone such as Europe/Warsaw or America/New_York' });

const workingDays = z
  .array(z.number({ error: weekdayMessage }).int({ error: weekdayMessage }).min(1, { error: weekdayMessage }).max(7, { error: weekdayMessage }).transform((n) => n as Weekday), {
    error: 'Choose the working days',
  })
  .min(1, { error: 'Choose at least one working day' })
  .refine((days) => new Set(days).size === days.length, { error: 'Each working day can be chosen only once' });

const calendar = z
  .strictObject({ timeZone, workingDays, dayStart: timeOfDay, dayEnd: timeOfDay })
  .refine((c) => startBeforeEnd({ start: c.dayStart, end: c.dayEnd }), { error: 'The working day must end after it starts', path: ['dayEnd'] });

const statusName = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(ACCEPTANCE_LIMITS.statusNameMaxLength, { error: message })
    .refine((s) => isSafeText(s), { error: unsafeTextMessage('The status name') })
    .nullable();

const readyStatus = statusName(
  `Enter the status that means ready for acceptance (up to ${ACCEPTANCE_LIMITS.statusNameMaxLength} characters), or leave it empty to use a status named like "Ready for acceptance", else Done`,
);
const returnStatus = statusName(
  `Enter the status a change request moves the issue back to (up to ${ACCEPTANCE_LIMITS.statusNameMaxLength} characters), or leave it empty to leave the issue where it is`,
);
const gateEnabled = z.boolean({ error: 'Choose whether Done waits for the client\'s acceptance' });

const acceptance = z.strictObject({ readyStatus, returnStatus, gateEnabled }, { error: 'Set the acceptance settings' });

const budgetMessage = 'Enter the budget in story points (up to 1 000 000), or leave it empty';
const budgetPoints = z.number({ error: budgetMessage }).positive({ error: budgetMessage }).max(L.budgetPointsMax, { error: budgetMessage }).nullable();
const clockMode = z.enum(['wall', 'business', 'overlap'], { error: 'Choose wall-clock hours, business hours or overlap hours' });

const policySchema = z
  .strictObject({
    categories: z.strictObject({
      technical: category('technical', null),
      product: category('product', 'Name at least one product owner who answers Product & UX questions'),
      scope: category('scope', 'Name at least one decision maker who approves scope and timeline changes'),
    }),
    clientSponsorId: accountId.nullable(),
    deliverySponsorId: accountId.nullable(),
    acceptorIds: people('customer acceptors', null),
    budgetPoints,
    calendars: z.strictObject({ client: calendar, delivery: calendar }),
    overlapWindow: z
      .strictObject({ start: timeOfDay, end: timeOfDay })
      .refine(startBeforeEnd, { error: 'The overlap window must end after it starts (both in UTC)', path: ['end'] }),
    clockMode,
    acceptance,
    health: healthSettingsSchema,
    escalation: escalationSettingsSchema,
    teams: teamsSchema,
    nps: npsSettingsSchema,
    dailyNote: dailyNoteSettingsSchema,
  })
  .superRefine((p, ctx) => {
    if (p.clockMode !== 'overlap') return;
    // Only judge the window once the calendars and the window themselves are valid.
    if (!calendar.safeParse(p.calendars.client).success || !calendar.safeParse(p.calendars.delivery).success) return;
    if (!startBeforeEnd(p.overlapWindow)) return;
    if (!overlapWindowMeetsTeams(p.overlapWindow, [p.calendars.client, p.calendars.delivery])) {
      ctx.addIssue({
        code: 'custom',
        path: ['overlapWindow'],
        message: "The overlap window must fall within both teams' working hours on a day both teams work",
      });
    }
  });

/**
 * Each setting on its own, without the rules between settings (stale after the SLA, owners
 * required, people named once): what a stored value must be to be shown again (readable.ts).
 */
export const POLICY_SETTING_SCHEMAS = { accountId, slaHours, staleHours, budgetPoints, timeZone, workingDays, timeOfDay, clockMode, readyStatus, returnStatus, gateEnabled } as const;

/** The field a message belongs next to: list items report on their list. */
function fieldPath(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  while (keys.length > 0 && /^\d+$/.test(keys[keys.length - 1]!)) keys.pop();
  return keys.join('.');
}

/** Validates a policy from the settings page; every problem comes back as a message on its dotted path. */
export function validatePolicy(input: unknown): PolicyValidation {
  const parsed = policySchema.safeParse(input);
  if (parsed.success) return { ok: true, policy: parsed.data };
  // A Map, not an object: a setting named "constructor" or "__proto__" must not meet Object's own members.
  const fields = new Map<string, string>();
  const add = (path: string, message: string) => void (fields.has(path) || fields.set(path, message));
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // A name that cannot be sent back as it is (broken text, 100 kB) is reported on the settings that hold it.
      for (const key of issue.keys) add(isNameable(key) ? fieldPath([...issue.path, key]) : fieldPath(issue.path) || 'policy', 'This setting is not known');
      continue;
    }
    add(fieldPath(issue.path) || 'policy', issue.path.length === 0 ? 'Send the policy as an object' : issue.message);
  }
  return { ok: false, fields: Object.fromEntries(fields) };
}
