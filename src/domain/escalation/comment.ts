/**
 * The Jira comment an escalation step posts, in Atlassian Document Format (ADF): the facts (what is
 * late, since when, by how much), then who is asked to act, each a mention so Jira notifies them,
 * then a footer saying the comment is automatic. Calm and factual: no emphasis, no blame.
 * Built with the app's ADF builders (domain/adf.ts).
 */
import { adfMention, adfParagraph, type AdfDoc, type AdfInline, type AdfParagraph } from '../adf';
import { CATEGORY_LABELS } from '../policy/defaults';
import { points, pointsWords } from '../signals/signal';
import { countedWords, decisionWords, oneLine, percentWords, pointsPast, signedPoints, utcWords } from './commentText';
import type { BlockSource, DueEscalation, EscalationFacts, Recipient, RecipientRole } from './types';

export type { AdfDoc, AdfInline, AdfParagraph } from '../adf';

export interface EscalationCommentInput {
  /** accountId → display name; someone not in it is "@someone". */
  names: ReadonlyMap<string, string>;
  /** The decision's absolute URL (http or https), for the rules about a decision; anything else is left out. */
  decisionLink: string | null;
}

/** How many of a sprint's changes a comment lists; the rest are counted. */
export const CHANGES_SHOWN = 10;

type Piece = string | AdfInline;

const paragraph = adfParagraph;

function nameOf(accountId: string, names: ReadonlyMap<string, string>): string {
  return oneLine(names.get(accountId) ?? '') || 'someone';
}

/** Mentions joined by `separator`. */
function mentions(recipients: readonly Recipient[], names: ReadonlyMap<string, string>, separator: string): Piece[] {
  return recipients.flatMap((r, i): Piece[] => [...(i > 0 ? [separator] : []), adfMention(r.accountId, `@${nameOf(r.accountId, names)}`)]);
}

/** Those addressed first (every role but `others`), then the others, each group in the recipients' order. */
function addressed(recipients: readonly Recipient[], others: readonly RecipientRole[]): [Recipient[], Recipient[]] {
  return [recipients.filter((r) => !others.includes(r.role)), recipients.filter((r) => others.includes(r.role))];
}

/** "@A @B: words" (a group addressed) or "@A, @B, words" (a request), or "Words" when nobody is there to address. */
function ask(to: readonly Recipient[], names: ReadonlyMap<string, string>, style: 'group' | 'request', words: string): Piece[] {
  if (to.length === 0) return [words.charAt(0).toUpperCase() + words.slice(1)];
  return style === 'group' ? [...mentions(to, names, ' '), `: ${words}`] : [...mentions(to, names, ', '), `, ${words}`];
}

/** What a rule's comment reads besides its facts: who is mentioned, their names, and the instant the step fell due (a date's year is said when it is not that one's). */
interface Addressing {
  to: readonly Recipient[];
  names: ReadonlyMap<string, string>;
  dueAt: number;
}

function blockSourceWords(source: BlockSource): string {
  if (source.kind === 'flagged') return 'flag';
  if (source.kind === 'status') return `status “${oneLine(source.statusName) || source.statusId}”`;
  return `${oneLine(source.issueKey)} (is blocked by)`;
}

function blockerComment(facts: Extract<EscalationFacts, { rule: 'blocker' }>, { to, names, dueAt }: Addressing): AdfParagraph[] {
  const by = facts.sources.length > 0 ? `, by: ${facts.sources.map(blockSourceWords).join('; ')}` : '';
  const threshold = facts.thresholdHours === undefined ? 'its threshold' : `the ${countedWords(facts.thresholdHours, null)} threshold`;
  const [sponsors, unblockers] = addressed(to, ['assignee', 'unblocker']);
  return [
    paragraph(`Blocked for ${countedWords(facts.countedHours, facts.clockWords, facts.thresholdHours)} since ${utcWords(facts.blockedSince, dueAt)}${by}.`),
    paragraph(...ask(sponsors, names, 'group', `this blocker is past ${threshold}.`), ...(unblockers.length > 0 ? [' Who can unblock it: ', ...mentions(unblockers, names, ', '), '.'] : [])),
  ];
}

function reminderComment(facts: Extract<EscalationFacts, { rule: 'decision-reminder' }>, { to, names, dueAt }: Addressing): AdfParagraph[] {
  return [
    paragraph(
      `Reminder ${facts.reminder}: ${decisionWords(facts.question)} raised by ${nameOf(facts.raisedBy, names)} on ${utcWords(facts.raisedAt, dueAt)} ` +
        `is past its SLA by ${countedWords(facts.countedHoursOverdue, facts.clockWords)}.`,
    ),
    paragraph(...ask(to, names, 'request', 'please record the decision or say when it will be made.')),
  ];
}

function staleComment(facts: Extract<EscalationFacts, { rule: 'stale-decision' }>, { to, names }: Addressing): AdfParagraph[] {
  const threshold = facts.thresholdHours === undefined ? 'its stale threshold' : `its ${countedWords(facts.thresholdHours, null)} threshold`;
  const [deciders, owners] = addressed(to, ['owner']);
  return [
    paragraph(
      `Escalation: ${decisionWords(facts.question)} (${CATEGORY_LABELS[facts.category]}) raised by ${nameOf(facts.raisedBy, names)} ` +
        `has waited ${countedWords(facts.countedHoursWaiting, facts.clockWords, facts.thresholdHours)}, past ${threshold}.`,
    ),
    paragraph(
      ...ask(deciders, names, 'request', 'please decide or delegate.'),
      ...(owners.length > 0 ? [` ${owners.length === 1 ? 'Owner' : 'Owners'}: `, ...mentions(owners, names, ', '), '.'] : []),
    ),
  ];
}

const CHANGE_WORDS = { added: 'added', reestimated: 're-estimated', decision: 'by decision' } as const;

function scopeComment(facts: Extract<EscalationFacts, { rule: 'scope-change' }>, { to, names }: Addressing): AdfParagraph[] {
  const thresholdPoints = (facts.budgetPoints * facts.thresholdPercent) / 100;
  const budget = `(budget ${pointsWords(facts.budgetPoints)}, threshold ${pointsWords(thresholdPoints)})`;
  let what: string;
  if (facts.source === 'decision') {
    what = `${decisionWords(facts.question)} estimates an impact of ${pointsPast(facts.totalPoints, thresholdPoints)} ${budget}`;
  } else {
    const shown = facts.changes.slice(0, CHANGES_SHOWN).map((c) => `${oneLine(c.issueKey)} ${CHANGE_WORDS[c.kind]} (${c.kind === 'added' ? points.words(c.points) : signedPoints(c.points)})`);
    const more = facts.changes.length - shown.length;
    const list = shown.length > 0 ? `: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}` : '';
    const day = facts.day ? ` on ${oneLine(facts.day)}` : '';
    const sprint = oneLine(facts.sprintName ?? '') || 'the sprint';
    what = `${sprint} ${facts.totalPoints < 0 ? 'shrank' : 'grew'} by ${pointsPast(Math.abs(facts.totalPoints), thresholdPoints)}${day} ${budget}${list}`;
  }
  return [paragraph(`Scope change over ${percentWords(facts.thresholdPercent)} of the budget: ${what}.`), paragraph(...ask(to, names, 'group', 'this needs an explicit decision today.'))];
}

/** The decision's link when it is an absolute http(s) URL; nothing else is put into a comment's link. */
function decisionLinkParagraph(link: string | null): AdfParagraph[] {
  if (link === null) return [];
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  return [{ type: 'paragraph', content: [{ type: 'text', text: 'Open the decision', marks: [{ type: 'link', attrs: { href: url.href } }] }] }];
}

/**
 * The comment for one due escalation step: its facts, a mention of every recipient (in the
 * recipients' order within each sentence, those asked to act first), the decision's link for the
 * rules about a decision, and the footer that names the rule and step.
 *
 * @example
 * commentPlainText(escalationComment(blockerDue, { names, decisionLink: null }))
 * //=> 'Blocked for 52 h (business hours) since Mon 30 Nov 14:05 UTC, by: flag.\n\n'
 * //   + '@Ana Sponsor @Dev Sponsor: this blocker is past the 48 h threshold. Who can unblock it: @Sam Assignee.\n\n'
 * //   + 'Posted by Engagement Health for Jira — escalation blocker · escalate.'
 */
export function escalationComment(due: DueEscalation, input: EscalationCommentInput): AdfDoc {
  const facts = due.facts;
  // A mention without an account would notify nobody.
  const addressing: Addressing = { to: due.recipients.filter((r) => r.accountId.length > 0), names: input.names, dueAt: due.dueAt };
  const link = decisionLinkParagraph(input.decisionLink);
  let body: AdfParagraph[];
  if (facts.rule === 'blocker') body = blockerComment(facts, addressing);
  else if (facts.rule === 'decision-reminder') body = [...reminderComment(facts, addressing), ...link];
  else if (facts.rule === 'stale-decision') body = [...staleComment(facts, addressing), ...link];
  else if (facts.rule === 'scope-change') body = [...scopeComment(facts, addressing), ...(facts.source === 'decision' ? link : [])];
  // A calibration call is an issue of its own (domain/calibration/calibrationIssue.ts), never a comment.
  else body = [];
  const footer = paragraph(`Posted by Engagement Health for Jira — escalation ${facts.rule} · ${oneLine(due.step) || 'step'}.`);
  return { type: 'doc', version: 1, content: [...body, footer] };
}

function inlineText(node: AdfInline): string {
  if (node.type === 'mention') return node.attrs.text;
  if (node.type === 'hardBreak') return '\n';
  const href = node.marks?.find((m) => m.type === 'link')?.attrs.href;
  return href && href !== node.text ? `${node.text} (${href})` : node.text;
}

/**
 * The comment as plain text, as the settings page's preview shows it: mentions as "@Name", a
 * link as its words and address, paragraphs separated by a blank line.
 *
 * @example
 * commentPlainText({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] }) //=> 'Hi'
 */
export function commentPlainText(doc: AdfDoc): string {
  return doc.content.map((p) => p.content.map(inlineText).join('')).join('\n\n');
}
