/**
 * Validation of the policy's escalation settings (escalation/settings.ts): the mode, each rule's
 * switches, the ladder's repeat and the exemptions' names through the one text rule (text.ts).
 * schema.ts puts it into the policy's schema.
 */
import { z } from 'zod';
import type { EscalationSettings } from '../escalation/settings';
import { isSafeText, unsafeTextMessage } from '../text';
import { ESCALATION_LIMITS as E } from './limits';

const mode = z.enum(['preview', 'live'], { error: 'Choose Preview (nothing is posted) or Live' });
const onOff = (what: string) => z.boolean({ error: `Choose whether ${what}` });
const repeatHours = z
  .number({ error: `Enter the reminder repeat in hours, from ${E.repeatHours.min} to ${E.repeatHours.max}` })
  .min(E.repeatHours.min, { error: `Enter the reminder repeat in hours, from ${E.repeatHours.min} to ${E.repeatHours.max}` })
  .max(E.repeatHours.max, { error: `Enter the reminder repeat in hours, from ${E.repeatHours.min} to ${E.repeatHours.max}` });

/** One name of a list: single-line safe text, trimmed, 1 to `max` characters. */
const name = (what: string, max: number, message: string) =>
  z
    .string({ error: message })
    .refine((s) => isSafeText(s), { error: unsafeTextMessage(what), abort: true })
    .trim()
    .min(1, { error: message })
    .max(max, { error: message });

const list = <T extends z.ZodType<string>>(item: T, what: string, key: (s: string) => string = (s) => s) =>
  z
    .array(item, { error: `Name the ${what}` })
    .max(E.entriesPerList, { error: `Name at most ${E.entriesPerList} ${what}` })
    .refine((names) => new Set(names.map((s) => (typeof s === 'string' ? key(s) : s))).size === names.length, { error: `Each of the ${what} can be named only once` });

const label = name('A label', E.labelMaxLength, `Enter labels of 1 to ${E.labelMaxLength} characters`).refine((s) => !/\s/u.test(s), {
  error: 'A Jira label has no spaces: separate labels with commas',
});
const issueType = name('An issue type name', E.issueTypeNameMaxLength, `Enter issue type names of 1 to ${E.issueTypeNameMaxLength} characters`);
const statusId = z.string({ error: 'Choose statuses from the list' }).regex(/^[0-9]{1,32}$/, { error: 'Choose statuses from the list' });

const labels = list(label, 'exempting labels');
const issueTypes = list(issueType, 'exempt issue types', (s) => s.toLowerCase());
const statusIds = list(statusId, 'statuses');

export const escalationSettingsSchema: z.ZodType<EscalationSettings> = z.strictObject(
  {
    mode,
    rules: z.strictObject({
      blocker: z.strictObject({ enabled: onOff('long blockers escalate'), flagged: onOff('a flag blocks an issue'), blockedStatusIds: statusIds, blockedByLinks: onOff('an "is blocked by" link blocks an issue') }),
      decisionReminder: z.strictObject({ enabled: onOff('decisions past their SLA get reminders'), repeatHours }),
      staleDecision: z.strictObject({ enabled: onOff('stale decisions escalate') }),
      scopeChange: z.strictObject({ enabled: onOff('large scope changes escalate') }),
    }),
    exemptions: z.strictObject({ labels, issueTypes, statusIds }),
    workingHoursOnly: onOff('escalations wait for working hours'),
  },
  { error: 'Set the escalation settings' },
);

/** Each escalation setting on its own: what a stored value must be to be shown again (readable.ts). */
export const ESCALATION_SETTING_SCHEMAS = { mode, repeatHours, label, labels, issueType, issueTypes, statusId, statusIds, onOff: onOff('the rule applies') } as const;
