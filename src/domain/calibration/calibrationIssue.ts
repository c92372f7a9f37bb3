/**
 * The Jira issue a calibration call is: "Calibration call: <reason>", a Task in the project, assigned
 * to the delivery sponsor, due a week after the signal, its description mentioning both sponsors
 * (ADF mention nodes, so Jira notifies them) and quoting the signal without the name of who gave it.
 */
import type { NewIssue } from '../effects/types';
import { oneLine } from '../escalation/commentText';
import { adfMention, adfParagraph, type AdfBlockquote, type AdfDoc, type AdfInline, type AdfParagraph } from '../adf';
import { localDay } from '../nps/quarters';
import type { CalibrationSignal } from './signals';

export const CALIBRATION_RULES = {
  /** A call is held within this many days of its signal; one still open after that is "not held". */
  heldWithinDays: 7,
  issueTypeName: 'Task',
  summaryPrefix: 'Calibration call: ',
  /** Jira's limit on a summary. */
  summaryMaxLength: 255,
} as const;

const DAY_MS = 86_400_000;

export type CalibrationDoc = AdfDoc<AdfParagraph | AdfBlockquote>;

export interface CalibrationIssueInput {
  clientSponsorId: string | null;
  deliverySponsorId: string;
  /** accountId → display name; someone not in it is "@someone". */
  names: ReadonlyMap<string, string>;
  /** When the call is asked for: it is due `heldWithinDays` later. */
  at: number;
  /** The delivery team's time zone, which the due date is a day of. */
  timeZone: string;
}

/**
 * The day a calibration call is due: the signal's day in the time zone, a week on.
 *
 * @example
 * calibrationDueDate(Date.UTC(2026, 11, 2, 23, 30), 'Europe/Berlin') //=> '2026-12-10'
 */
export function calibrationDueDate(at: number, timeZone: string): string {
  const [y, m, d] = localDay(at, timeZone).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + CALIBRATION_RULES.heldWithinDays * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whether a call is not held: still open a week after it was created.
 *
 * @example
 * isNotHeld({ createdAt: 0, done: false }, 8 * 86_400_000) //=> true
 * isNotHeld({ createdAt: 0, done: true }, 8 * 86_400_000) //=> false
 */
export function isNotHeld(call: { createdAt: number; done: boolean }, now: number): boolean {
  return !call.done && now - call.createdAt > CALIBRATION_RULES.heldWithinDays * DAY_MS;
}

/**
 * The call's title.
 *
 * @example
 * calibrationSummary({ reason: 'a detractor answer in Q4 2026' }) //=> 'Calibration call: a detractor answer in Q4 2026'
 */
export function calibrationSummary(signal: Pick<CalibrationSignal, 'reason'>): string {
  return `${CALIBRATION_RULES.summaryPrefix}${oneLine(signal.reason, CALIBRATION_RULES.summaryMaxLength - CALIBRATION_RULES.summaryPrefix.length) || 'a dissatisfaction signal'}`;
}

const mention = (accountId: string, names: ReadonlyMap<string, string>): AdfInline => adfMention(accountId, `@${oneLine(names.get(accountId) ?? '') || 'someone'}`);

/** The quote's lines as one paragraph with hard breaks (ADF text is never empty); each line made showable. */
function quoteParagraphs(quote: string): AdfParagraph[] {
  const paragraphs = quote
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.split('\n').map((line) => oneLine(line, 2000)))
    .filter((lines) => lines.some((l) => l.length > 0));
  return paragraphs.map((lines) => adfParagraph(...lines.flatMap((line, i): (string | AdfInline)[] => (i > 0 ? [{ type: 'hardBreak' }, line] : [line]))));
}

const KIND_WORDS: Record<CalibrationSignal['kind'], string> = { concern: 'a concern', detractor: 'a detractor answer of the engagement survey', 'nps-drop': 'a drop of the engagement NPS' };

/**
 * The issue for one signal.
 *
 * @example
 * calibrationPlainText(calibrationIssue(signal, { clientSponsorId: 'c', deliverySponsorId: 'd', names, at, timeZone: 'UTC' }))
 * //=> 'Calibration call: a concern raised on 2026-12-02\n\nA concern was raised on 2026-12-02. It asks for a calibration call within a week.\n\n> Demos slip\n\n'
 * //   + '@Dev Sponsor (delivery sponsor): please hold a calibration call with @Ana Client (client sponsor) by 2026-12-09, then resolve this issue.\n\n'
 * //   + 'Created by Engagement Health for Jira — calibration call for a concern. Who gave the signal is not named.'
 */
export function calibrationIssue(signal: CalibrationSignal, input: CalibrationIssueInput): NewIssue & { description: CalibrationDoc } {
  const dueDate = calibrationDueDate(input.at, input.timeZone);
  const quote = signal.quote === null ? [] : quoteParagraphs(signal.quote);
  const by = ` by ${dueDate}, then resolve this issue.`;
  const withClient: (string | AdfInline)[] = input.clientSponsorId
    ? [' (delivery sponsor): please hold a calibration call with ', mention(input.clientSponsorId, input.names), ` (client sponsor)${by}`]
    : [` (delivery sponsor): please hold a calibration call with the client (no client sponsor is set)${by}`];
  const content: CalibrationDoc['content'] = [
    adfParagraph(`${oneLine(signal.words, 500)} It asks for a calibration call within a week.`),
    ...(quote.length > 0 ? [{ type: 'blockquote' as const, content: quote }] : []),
    adfParagraph(mention(input.deliverySponsorId, input.names), ...withClient),
    adfParagraph(`Created by Engagement Health for Jira — calibration call for ${KIND_WORDS[signal.kind]}. Who gave the signal is not named.`),
  ];
  return {
    issueTypeName: CALIBRATION_RULES.issueTypeName,
    summary: calibrationSummary(signal),
    description: { type: 'doc', version: 1, content },
    assigneeId: input.deliverySponsorId,
    dueDate,
  };
}

function inlineText(node: AdfInline): string {
  if (node.type === 'mention') return node.attrs.text;
  if (node.type === 'hardBreak') return '\n';
  return node.text;
}

/**
 * The issue as plain text, as the settings page's preview shows it: the title, then the description's
 * paragraphs separated by a blank line, a quote's lines starting with "> ".
 */
export function calibrationPlainText(issue: { summary: string; description: CalibrationDoc }): string {
  const blocks = issue.description.content.map((block) =>
    block.type === 'blockquote'
      ? block.content
          .map((p) => p.content.map(inlineText).join(''))
          .join('\n\n')
          .split('\n')
          .map((line) => (line === '' ? '>' : `> ${line}`))
          .join('\n')
      : block.content.map(inlineText).join(''),
  );
  return [issue.summary, ...blocks].join('\n\n');
}
