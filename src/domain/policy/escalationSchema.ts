/**
 * Validation of the policy's escalation settings (escalation/settings.ts): the mode, each rule's
 * switches, the ladder's repeat, the exemptions' names through the one text rule (text.ts), and one
 * rule between settings: a blocker rule that is on needs a way for an issue to count as blocked.
 * schema.ts puts it into the policy's schema.
 */
import { z } from 'zod';
import type { EscalationSettings } from '../escalation/settings';
import { ESCALATION_LIMITS as E } from './limits';
import { distinctNames, issueTypeNameSchema, labelSchema } from './names';

const mode = z.enum(['preview', 'live'], { error: 'Choose Preview (nothing is posted) or Live (the scanner posts comments)' });
const onOff = (what: string) => z.boolean({ error: `Choose whether ${what}` });

const repeatMessage = `Enter the reminder repeat in hours, from ${E.repeatHours.min} to ${E.repeatHours.max}`;
const repeatHours = z.number({ error: repeatMessage }).min(E.repeatHours.min, { error: repeatMessage }).max(E.repeatHours.max, { error: repeatMessage });

/** A list of at most `entriesPerList` entries, each once under `key`; `words` are its messages. */
const list = <T extends z.ZodType<string>>(item: T, words: { missing: string; tooMany: string; repeated: string }, key: (s: string) => string = (s) => s) =>
  z
    .array(item, { error: words.missing })
    .max(E.entriesPerList, { error: words.tooMany })
    .refine((entries) => distinctNames(entries, key), { error: words.repeated });

const label = labelSchema(E.labelMaxLength);
const issueType = issueTypeNameSchema(E.issueTypeNameMaxLength);
const statusId = z.string({ error: 'Choose statuses from the list' }).regex(new RegExp(`^[0-9]{1,${E.statusIdMaxLength}}$`), { error: 'Choose statuses from the list' });

const blockedStatusIds = list(statusId, {
  missing: 'Choose the statuses that mean an issue is blocked',
  tooMany: `Choose at most ${E.entriesPerList} statuses that mean blocked`,
  repeated: 'Each status can be chosen only once',
});
// Issue types are matched case-insensitively (escalation/settings.ts), so "Epic" and "epic" are one type.
const labels = list(label, { missing: 'Name the labels that exempt an issue', tooMany: `Name at most ${E.entriesPerList} exempting labels`, repeated: 'Each label can be named only once' });
const issueTypes = list(issueType, { missing: 'Name the issue types to leave alone', tooMany: `Name at most ${E.entriesPerList} exempt issue types`, repeated: 'Each issue type can be named only once' }, (s) => s.toLowerCase());
const statusIds = list(statusId, { missing: 'Choose the statuses to leave alone', tooMany: `Choose at most ${E.entriesPerList} exempt statuses`, repeated: 'Each status can be chosen only once' });

/** Each switch with its own words (the settings page shows them next to it). */
const SWITCHES = {
  blockerEnabled: onOff('long blockers escalate'),
  flagged: onOff('a flag makes an issue blocked'),
  blockedByLinks: onOff('an "is blocked by" link makes an issue blocked'),
  reminderEnabled: onOff('decisions past their SLA get reminders'),
  staleEnabled: onOff('stale decisions escalate'),
  scopeEnabled: onOff('large scope changes escalate'),
  workingHoursOnly: onOff('escalations wait for a recipient’s working hours'),
} as const;

const blocker = z
  .strictObject({ enabled: SWITCHES.blockerEnabled, flagged: SWITCHES.flagged, blockedStatusIds, blockedByLinks: SWITCHES.blockedByLinks })
  // Judged only once the parts are valid, so one mistake gives one message.
  .refine((b) => !(b.enabled === true && b.flagged === false && b.blockedByLinks === false && Array.isArray(b.blockedStatusIds) && b.blockedStatusIds.length === 0), {
    error: 'Count an issue as blocked by its flag, a status or an "is blocked by" link, or switch the rule off',
  });

export const escalationSettingsSchema: z.ZodType<EscalationSettings> = z.strictObject(
  {
    mode,
    rules: z.strictObject(
      {
        blocker,
        decisionReminder: z.strictObject({ enabled: SWITCHES.reminderEnabled, repeatHours }),
        staleDecision: z.strictObject({ enabled: SWITCHES.staleEnabled }),
        scopeChange: z.strictObject({ enabled: SWITCHES.scopeEnabled }),
      },
      { error: 'Set the escalation rules' },
    ),
    exemptions: z.strictObject({ labels, issueTypes, statusIds }, { error: 'Set the escalation exemptions' }),
    workingHoursOnly: SWITCHES.workingHoursOnly,
  },
  { error: 'Set the escalation settings' },
);

/**
 * Each escalation setting on its own, without the rule between settings (a blocker rule needs a
 * source): what a stored value must be to be shown again (readable.ts).
 */
export const ESCALATION_SETTING_SCHEMAS = { mode, repeatHours, label, labels, issueType, issueTypes, statusId, blockedStatusIds, statusIds, ...SWITCHES } as const;
