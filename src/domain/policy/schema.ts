import { z } from 'zod';
import { ACCEPTANCE_LIMITS } from '../acceptance/limits';
import { overlapWindowMeetsTeams } from '../calendar/overlapCoverage';
import { TIME_OF_DAY, minutesOfDay } from '../calendar/timeOfDay';
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

const accountId = z
  .string({ error: 'Choose a person' })
  .refine((s) => s.trim().length > 0 && s.length <= L.accountIdMaxLength, { error: 'Choose a person' });

const people = (what: string, required: string | null) =>
  z
    .array(accountId, { error: `Choose the ${what}` })
    .max(L.peoplePerList, { error: `Choose at most ${L.peoplePerList} people` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each person can be chosen only once' })
    .refine((ids) => required === null || ids.length > 0, { error: required ?? '' });

const slaMessage = `Enter a number of hours between ${L.slaHours.min} and ${L.slaHours.max}, or leave empty for no SLA`;
const staleMessage = `Enter a number of hours between ${L.staleHours.min} and ${L.staleHours.max}`;

/** Compare hours only once each is valid on its own, so one mistake gives one message. */
const validHours = (h: unknown, range: { min: number; max: number }): h is number =>
  typeof h === 'number' && Number.isFinite(h) && h >= range.min && h <= range.max;

const category = (key: DecisionCategory, ownersRequired: string | null) =>
  z
    .strictObject({
      ownerIds: people(`${CATEGORY_LABELS[key]} owners`, ownersRequired),
      slaHours: z.number({ error: slaMessage }).min(L.slaHours.min, { error: slaMessage }).max(L.slaHours.max, { error: slaMessage }).nullable(),
      staleHours: z.number({ error: staleMessage }).min(L.staleHours.min, { error: staleMessage }).max(L.staleHours.max, { error: staleMessage }),
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

const calendar = z
  .strictObject({
    timeZone: z
      .string({ error: 'Choose a time zone' })
      .refine((s) => s.length <= L.timeZoneMaxLength && isValidTimeZone(s), { error: 'Choose a time zone such as Europe/Warsaw or America/New_York' }),
    workingDays: z
      .array(z.number({ error: weekdayMessage }).int({ error: weekdayMessage }).min(1, { error: weekdayMessage }).max(7, { error: weekdayMessage }).transform((n) => n as Weekday), {
        error: 'Choose the working days',
      })
      .min(1, { error: 'Choose at least one working day' })
      .refine((days) => new Set(days).size === days.length, { error: 'Each working day can be chosen only once' }),
    dayStart: timeOfDay,
    dayEnd: timeOfDay,
  })
  .refine((c) => startBeforeEnd({ start: c.dayStart, end: c.dayEnd }), { error: 'The working day must end after it starts', path: ['dayEnd'] });

const statusName = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(ACCEPTANCE_LIMITS.statusNameMaxLength, { error: message })
    .nullable();

const acceptance = z.strictObject(
  {
    readyStatus: statusName(
      `Enter the status that means ready for acceptance (up to ${ACCEPTANCE_LIMITS.statusNameMaxLength} characters), or leave it empty to use a status named like "Ready for acceptance", else Done`,
    ),
    returnStatus: statusName(
      `Enter the status a change request moves the issue back to (up to ${ACCEPTANCE_LIMITS.statusNameMaxLength} characters), or leave it empty to leave the issue where it is`,
    ),
    gateEnabled: z.boolean({ error: 'Choose whether Done waits for the client\'s acceptance' }),
  },
  { error: 'Set the acceptance settings' },
);

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
    budgetPoints: z
      .number({ error: 'Enter the budget in story points (up to 1 000 000), or leave it empty' })
      .positive({ error: 'Enter the budget in story points (up to 1 000 000), or leave it empty' })
      .max(L.budgetPointsMax, { error: 'Enter the budget in story points (up to 1 000 000), or leave it empty' })
      .nullable(),
    calendars: z.strictObject({ client: calendar, delivery: calendar }),
    overlapWindow: z
      .strictObject({ start: timeOfDay, end: timeOfDay })
      .refine(startBeforeEnd, { error: 'The overlap window must end after it starts (both in UTC)', path: ['end'] }),
    clockMode: z.enum(['wall', 'business', 'overlap'], { error: 'Choose wall-clock hours, business hours or overlap hours' }),
    acceptance,
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
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[fieldPath([...issue.path, key])] ??= 'This setting is not known';
      continue;
    }
    fields[fieldPath(issue.path) || 'policy'] ??= issue.path.length === 0 ? 'Send the policy as an object' : issue.message;
  }
  return { ok: false, fields };
}
