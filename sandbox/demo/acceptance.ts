/**
 * The demo engagement's customer-acceptance records, derived from the generated Jira
 * history, so the sandbox shows every acceptance state on first start:
 *
 * - an issue the client product owner (an acceptor of the policy) moved from "Ready for
 *   Acceptance" to Done was accepted at that moment;
 * - an issue an acceptor moved from "Ready for Acceptance" back into the workflow, with a
 *   "Request changes" comment right after, got changes requested with the comment as feedback;
 *   re-submitted and then moved to Done, it is rejected-then-accepted;
 * - issues waiting in "Ready for Acceptance" await acceptance (no record yet), the rest is not ready.
 *
 * The generator only sends back work that is finished later, so `stageDemoChangeRequests`
 * adds what it lacks to the Jira data on first seed: two issues the product owner sent back
 * a little before `now` (changes requested, back in progress), and one sent back and already
 * re-submitted (awaiting round 2). Both are deterministic: same data, same result.
 */
import { acceptanceChangeRequestComment } from '../../src/domain/acceptance/comment';
import { isReadyStatus, resolveReadyStatus, type ProjectStatus, type ReadyStatus } from '../../src/domain/acceptance/readyStatus';
import type { AcceptanceRecord, IssueAcceptanceFacts } from '../../src/domain/acceptance/types';
import { accept, requestChanges, type AcceptanceResult } from '../../src/domain/acceptance/verdicts';
import type { EngagementPolicy } from '../../src/domain/policy/types';
import type { SandboxComment, SandboxData, SandboxIssue, SandboxStatus } from '../jira/model';
import { HOUR, MINUTE, iso, workTime } from './calendar';
import { DEMO_PEOPLE } from './people';

/** What the product owner asks for in the staged change requests (the app's comment carries it). */
const STAGED_FEEDBACK = [
  'The delivery estimate must include Saturday deliveries.\n\nThe product page still says "3–5 business days" for every ZIP code.',
  'The error message should tell the shopper what to do next, e.g. "Check the card number or use another card."',
  'Please keep the old sort order (bestsellers first) as the default.',
];

/** A change request's comment follows the move back within this long. */
const COMMENT_WINDOW = 10 * MINUTE;

const projectStatuses = (data: SandboxData): ProjectStatus[] => data.statuses.map((s) => ({ name: s.name, category: s.categoryKey }));

/** The plain text of an ADF node: paragraphs' text, hard breaks as new lines, mentions by their text. */
function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { type?: string; text?: string; attrs?: { text?: string }; content?: unknown[] };
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  if (n.type === 'mention') return n.attrs?.text ?? '';
  return (n.content ?? []).map(plainText).join('');
}

/**
 * The feedback a change-request comment carries: the generator's "Request changes: …" as it
 * is; the app's own comment without its "Changes requested by …:" line and the mention line.
 */
export function feedbackOf(comment: SandboxComment): string | null {
  const doc = comment.body as { content?: unknown[] } | null;
  const paragraphs = (doc?.content ?? []).filter((p) => !JSON.stringify(p).includes('"mention"')).map(plainText).map((p) => p.trim());
  if (paragraphs[0]?.startsWith('Changes requested by ')) return paragraphs.slice(1).filter(Boolean).join('\n\n') || null;
  const text = paragraphs.filter(Boolean).join('\n\n');
  return text.startsWith('Request changes') ? text : null;
}

function verdictMade(result: AcceptanceResult, issue: SandboxIssue): AcceptanceRecord {
  if (!result.ok) throw new Error(`demo acceptance of ${issue.key} refused (${result.code}): ${result.message}`);
  return result.record;
}

/** The record the issue's history implies, made through the domain rules (undefined when there was no verdict). */
function recordOf(data: SandboxData, issue: SandboxIssue, ready: ReadyStatus, acceptorIds: readonly string[]): AcceptanceRecord | undefined {
  const category = (name: string | null) => data.statuses.find((s) => s.name === name)?.categoryKey;
  const counts = (name: string | null) => name !== null && isReadyStatus(name, category(name), ready);
  const projectKey = data.projects.find((p) => p.id === issue.projectId)?.key ?? issue.key.split('-')[0]!;
  let record: AcceptanceRecord | undefined;
  let readyAt: number | null = null;
  for (const history of issue.changelog) {
    const t = Date.parse(history.created);
    for (const item of history.items) {
      if (item.fieldId !== 'status') continue;
      if (counts(item.toString) && !counts(item.fromString)) readyAt = t;
      if (!counts(item.fromString) || counts(item.toString) || !acceptorIds.includes(history.authorId)) continue;
      const facts: IssueAcceptanceFacts = { statusName: item.fromString!, statusCategory: category(item.fromString) ?? 'indeterminate', enteredReadyAt: readyAt };
      const input = { byAccountId: history.authorId, issue: { projectKey, issueId: issue.id, issueKey: issue.key }, facts, ready, acceptorIds, now: t };
      if (category(item.toString) === 'done') {
        record = verdictMade(accept(record, input), issue);
        continue;
      }
      const comment = issue.comments.find((c) => c.authorId === history.authorId && Date.parse(c.created) >= t && Date.parse(c.created) <= t + COMMENT_WINDOW && feedbackOf(c) !== null);
      if (comment) record = verdictMade(requestChanges(record, { ...input, feedback: feedbackOf(comment)! }), issue);
    }
  }
  return record;
}

/** The demo's acceptance records, one per issue with a verdict, in issue order. */
export function demoAcceptanceRecords(data: SandboxData, policy: EngagementPolicy): AcceptanceRecord[] {
  const ready = resolveReadyStatus(projectStatuses(data), policy.acceptance);
  const records: AcceptanceRecord[] = [];
  for (const issue of data.issues) {
    const record = recordOf(data, issue, ready, policy.acceptorIds);
    if (record) records.push(record);
  }
  return records;
}

/**
 * Sends back work that waits for acceptance, as the product owner would with the app:
 * the two issues in the ready status that changed longest ago (at least 2 h before `now`) get
 * a change request (moved back to the policy's return status, "In Progress" if none, with the
 * app's comment mentioning the assignee), and the next one is sent back and re-submitted by QA.
 * Leaves at least two issues waiting in round 1, so with little waiting it stages less (with
 * two or fewer, nothing). Returns the keys changed, the re-submitted one last.
 * Mutates `data` (call it once, when seeding, before `demoAcceptanceRecords`).
 */
export function stageDemoChangeRequests(data: SandboxData, policy: EngagementPolicy, now: number): string[] {
  const ready = resolveReadyStatus(projectStatuses(data), policy.acceptance);
  const readyStatus = data.statuses.find((s) => s.name === ready.name);
  const back = data.statuses.find((s) => s.name.toLowerCase() === (policy.acceptance.returnStatus ?? 'In Progress').toLowerCase());
  if (!readyStatus || !back || ready.isDoneCategory) return [];
  const po = DEMO_PEOPLE.productOwner;
  if (!policy.acceptorIds.includes(po.accountId)) return [];

  const lastAt = (issue: SandboxIssue) => Math.max(Date.parse(issue.fields.created), ...issue.changelog.map((h) => Date.parse(h.created)));
  const inReady = data.issues
    .filter((i) => i.fields.statusId === readyStatus.id && i.fields.resolutionDate === null)
    .sort((a, b) => lastAt(a) - lastAt(b) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  // Room for a verdict (and a re-submission) between the issue's last change and now.
  const waiting = inReady.filter((i) => now - lastAt(i) > 2 * HOUR);

  const history = (issue: SandboxIssue, t: number, authorId: string, from: SandboxStatus, to: SandboxStatus) => {
    const item = { field: 'status', fieldtype: 'jira' as const, fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name };
    issue.changelog.push({ id: String(data.sequences.history++), authorId, created: iso(t), items: [item] });
  };
  const sendBack = (issue: SandboxIssue, t: number, feedback: string) => {
    history(issue, t, po.accountId, readyStatus, back);
    const assignee = data.users.find((u) => u.accountId === issue.fields.assigneeId);
    const created = iso(t + 2 * MINUTE);
    issue.comments.push({
      id: String(data.sequences.comment++),
      authorId: po.accountId,
      body: acceptanceChangeRequestComment(feedback, assignee ? { accountId: assignee.accountId, displayName: assignee.displayName } : null, po.displayName),
      created,
      updated: created,
    });
    issue.fields.statusId = back.id;
  };
  const between = (issue: SandboxIssue, share: number, zone: string) => {
    const lo = lastAt(issue) + MINUTE;
    const hi = now - 30 * MINUTE;
    return Math.floor(workTime(lo + share * (hi - lo), zone, lo, hi) / MINUTE) * MINUTE;
  };

  // Keep at least two issues waiting in round 1: send back up to two, re-submit one more if there is room.
  const sentBack = waiting.slice(0, Math.max(0, Math.min(2, inReady.length - 2)));
  const resubmitted = inReady.length - sentBack.length - 1 >= 2 ? waiting[sentBack.length] : undefined;
  const changed: string[] = [];
  sentBack.forEach((issue, i) => {
    sendBack(issue, between(issue, 0.6, po.timeZone), STAGED_FEEDBACK[i]!);
    issue.fields.updated = iso(Math.max(Date.parse(issue.fields.updated), Date.parse(issue.comments.at(-1)!.created)));
    changed.push(issue.key);
  });
  if (resubmitted) {
    const sentBackAt = between(resubmitted, 0.3, po.timeZone);
    sendBack(resubmitted, sentBackAt, STAGED_FEEDBACK[2]!);
    const qa = DEMO_PEOPLE.qa;
    const again = Math.floor(workTime(sentBackAt + (now - sentBackAt) * 0.5, qa.timeZone, sentBackAt + 10 * MINUTE, now - 10 * MINUTE) / MINUTE) * MINUTE;
    history(resubmitted, again, qa.accountId, back, readyStatus);
    resubmitted.fields.statusId = readyStatus.id;
    resubmitted.fields.updated = iso(Math.max(Date.parse(resubmitted.fields.updated), again, Date.parse(resubmitted.comments.at(-1)!.created)));
    changed.push(resubmitted.key);
  }
  return changed;
}
