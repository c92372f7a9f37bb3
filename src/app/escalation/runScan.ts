import type { CommentEffect } from '../../domain/effects/types';
import { commentPlainText, escalationComment } from '../../domain/escalation/comment';
import type { DueEscalation, EscalationRule } from '../../domain/escalation/types';
import { nextPostingTime } from '../../domain/escalation/workingHours';
import type { EngagementPolicy } from '../../domain/policy/types';
import { calibrationEntry } from '../calibration/entry';
import { attemptEffect } from '../outbox/complete';
import { doneEffects, effectDone } from '../outbox/ledger';
import type { JiraPort } from '../ports';
import { exhausted, type RequestCounter, type ScanBudget } from './budget';
import { dueNow, type DueNow, type ScanDeps } from './dueNow';
import { dueFields, escalationEffectId, escalationKeys, ledgerEntries, markEntryPosted, planEntry, plannedEntry, type EscalationEntry } from './ledger';

/** Posts run side by side, at most this many at once (Jira's burst limits are per endpoint). */
export const POST_CONCURRENCY = 4;

export interface EscalationScanDeps extends ScanDeps {
  jira: JiraPort;
  /** A live clock: the run checks its time budget as it goes. */
  clock: () => number;
  /** Counts the Jira requests the run makes (budget.ts countingTransport). */
  counter: RequestCounter;
  /** This run's id: its claims on comments are its own. */
  holder: string;
  /** Plans the day's note as one more entry, posted below like the escalations (src/app/dailyNote/post.ts); absent: no note. */
  dailyNote?: DailyNotePlanner;
}

/** What the daily note's planner found: the day's entry (planned now or earlier), or why there is none this run. */
export interface PlannedDailyNote {
  entry: EscalationEntry | null;
  skipped: string | null;
}
export type DailyNotePlanner = (run: EscalationScanDeps, projectKey: string, policy: EngagementPolicy, entries: ReadonlyMap<string, EscalationEntry>, now: number) => Promise<PlannedDailyNote>;

interface Subject {
  issueKey: string;
  rule: EscalationRule;
}

/** One scan's report, stored for the pages (the last one per project) and returned to the consumer. */
export interface EscalationRunRecord {
  at: number;
  mode: 'preview' | 'live';
  due: number;
  posted: string[];
  alreadyDone: number;
  exempt: (Subject & { reason: string })[];
  deferred: (Subject & { until: number | null; reason: string })[];
  failed: (Subject & { reason: string })[];
  stoppedOnBudget: string | null;
  skipped: string[];
  /** Due now and posted: the open escalations. */
  openIds: string[];
  /** Planned entries left to a later run (budget, another run's claim, a failure). */
  remaining: number;
  /** Jira rate-limited the run: when it may go on (its Retry-After); the consumer queues the rest that late. */
  retryAfterMs: number | null;
  requests: RequestCounter;
}

const subject = (d: { issueKey: string; rule: EscalationRule }): Subject => ({ issueKey: d.issueKey, rule: d.rule });

/** The ledger entry for a due step: the comment it asks for, built once, with the names of then. */
export function entryFor(projectKey: string, due: DueEscalation, names: ReadonlyMap<string, string>, now: number): EscalationEntry {
  if (due.facts.rule === 'calibration-call') return calibrationEntry(projectKey, due, due.facts, names, now);
  const body = escalationComment(due, { names, decisionLink: null });
  const effect: CommentEffect = { kind: 'comment', id: escalationEffectId(due.id), issueKey: due.issueKey, requestedAt: now, body };
  const decisionId = 'decisionId' in due.facts ? (due.facts.decisionId ?? null) : null;
  const plan = { ...dueFields(projectKey, due), decisionId, names: Object.fromEntries(names), effect, text: commentPlainText(body) };
  return plannedEntry(plan, now, (id) => due.recipients.some((r) => r.accountId === id) || mentioned(due, id));
}

/** Everyone a due step's comment names: its recipients and, for decisions, who raised it. */
export function peopleOf(due: DueEscalation): string[] {
  const ids = due.recipients.map((r) => r.accountId);
  if ('raisedBy' in due.facts) ids.push(due.facts.raisedBy);
  return ids;
}
const mentioned = (due: DueEscalation, id: string) => peopleOf(due).includes(id);

/** Display names of these people, one bulk lookup (unknown ones are left out: the comment says "@someone"). */
export async function namesOf(jira: JiraPort, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  return new Map((await jira.getPeople(unique)).map((p) => [p.accountId, p.displayName]));
}

/**
 * One project's scan. Preview: what is due is reported, nothing is recorded or posted. Live: each
 * due step not on record is planned in the ledger (a conditional write, before anything is posted),
 * then every planned entry is posted through the outbox — claimed, looked for when an earlier attempt
 * may have reached Jira, marked done — oldest due first, a few at a time, until the budget runs out.
 * Whatever is left stays planned for the next run; nothing is repeated.
 */
export async function runEscalationScan(deps: EscalationScanDeps, projectKey: string, budget: ScanBudget): Promise<EscalationRunRecord> {
  const startedAt = deps.clock();
  const scan: DueNow = await dueNow(deps, projectKey, startedAt);
  const mode = scan.policy.escalation.mode;
  const report: EscalationRunRecord = {
    at: startedAt,
    mode,
    due: scan.due.length,
    posted: [],
    alreadyDone: 0,
    exempt: scan.exempt.map((e) => ({ ...subject(e.escalation), reason: e.reason })),
    deferred: [],
    failed: [],
    stoppedOnBudget: null,
    skipped: scan.configured ? scan.skipped : ['Every rule: the project is not configured yet (save its settings first)'],
    openIds: [],
    remaining: 0,
    retryAfterMs: null,
    requests: deps.counter,
  };
  if (!scan.configured) return store(deps, projectKey, { ...report, due: 0, exempt: [] });

  const entries = new Map((await ledgerEntries(deps.store, projectKey)).map((e) => [e.id, e]));
  const done = await doneEffects(deps.store, projectKey);
  const isDone = (e: EscalationEntry) => e.state === 'posted' || done.has(e.effect.id);
  // Entries marked done by a run that died before updating them: the done ledger is the truth.
  for (const entry of entries.values()) {
    if (entry.state === 'planned' && done.has(entry.effect.id)) {
      const marker = await effectDone(deps.store, projectKey, entry.effect.id);
      entries.set(entry.id, await markEntryPosted(deps.store, entry, marker?.at ?? startedAt, marker?.commentId ?? null, marker?.createdIssue ?? null));
    }
  }

  const fresh: DueEscalation[] = [];
  for (const due of scan.due) {
    const entry = entries.get(due.id);
    if (entry && isDone(entry)) report.alreadyDone++;
    else if (!entry) fresh.push(due);
  }
  if (mode === 'preview') {
    report.openIds = scan.due.filter((d) => entries.get(d.id)?.state === 'posted').map((d) => d.id);
    return store(deps, projectKey, report);
  }

  // Plan what is newly due (its comment built now, with today's names), unless it must wait for working hours.
  const postable = fresh.filter((due) => {
    const at = nextPostingTime(due.recipients, scan.policy, scan.clientSide, startedAt);
    if (at > startedAt) report.deferred.push({ ...subject(due), until: at, reason: 'waits for a recipient\'s working hours' });
    return at <= startedAt;
  });
  const names = postable.length > 0 ? await namesOf(deps.jira, postable.flatMap(peopleOf)) : new Map<string, string>();
  for (const due of postable) {
    const entry = entryFor(projectKey, due, names, startedAt);
    if (await planEntry(deps.store, entry)) entries.set(entry.id, entry);
    else {
      const theirs = await deps.store.get<EscalationEntry>(escalationKeys.entry(projectKey, entry.issueId, entry.id));
      if (theirs) entries.set(theirs.id, theirs);
    }
  }

  const note = deps.dailyNote ? await deps.dailyNote(deps, projectKey, scan.policy, entries, startedAt) : null;
  if (note?.entry) entries.set(note.entry.id, note.entry);
  if (note?.skipped) report.skipped.push(note.skipped);

  // Post every planned entry, oldest due first; the entries of one issue one after another.
  const queue = [...entries.values()].filter((e) => !isDone(e)).sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1));
  const busyIssues = new Set<string>();
  const next = (): EscalationEntry | undefined => {
    const i = queue.findIndex((e) => !busyIssues.has(e.issueKey));
    return i < 0 ? undefined : queue.splice(i, 1)[0];
  };
  // Posts under way count against the budget before Jira has seen them (each is one write).
  let inFlight = 0;
  const worker = async () => {
    for (let entry = next(); entry; entry = next()) {
      const out = report.retryAfterMs !== null ? report.stoppedOnBudget : exhausted(budget, { reads: deps.counter.reads, writes: deps.counter.writes + inFlight }, deps.clock());
      if (out) {
        report.stoppedOnBudget ??= out;
        queue.unshift(entry);
        return;
      }
      busyIssues.add(entry.issueKey);
      inFlight++;
      const outcome = await attemptEffect({ jira: deps.jira, store: deps.store, now: deps.clock(), holder: deps.holder }, projectKey, entry.effect).finally(() => inFlight--);
      if (outcome.kind === 'done') {
        entries.set(entry.id, await markEntryPosted(deps.store, entry, outcome.done.at, outcome.done.commentId ?? null, outcome.done.createdIssue ?? null));
        if (outcome.done.outcome === 'found') report.alreadyDone++;
        else report.posted.push(entry.id);
      } else if (outcome.kind === 'busy') {
        report.deferred.push({ ...subject(entry), until: outcome.until, reason: 'being posted by another run' });
      } else if (outcome.retryAfterMs !== undefined) {
        // Rate-limited: no more posts this run (each would be refused too); the rest waits as Jira asked.
        report.retryAfterMs = Math.max(report.retryAfterMs ?? 0, outcome.retryAfterMs);
        report.stoppedOnBudget ??= `Jira's rate limit (retry after ${Math.ceil(outcome.retryAfterMs / 1000)} s)`;
        queue.unshift(entry);
      } else {
        report.failed.push({ ...subject(entry), reason: outcome.error });
      }
      busyIssues.delete(entry.issueKey);
    }
  };
  await Promise.all(Array.from({ length: POST_CONCURRENCY }, worker));
  for (const entry of queue) report.deferred.push({ ...subject(entry), until: null, reason: `left for the next run: the run used up ${report.stoppedOnBudget ?? 'its budget'}` });

  report.openIds = scan.due.filter((d) => entries.get(d.id)?.state === 'posted').map((d) => d.id);
  report.remaining = [...entries.values()].filter((e) => !isDone(e)).length;
  return store(deps, projectKey, report);
}

async function store(deps: EscalationScanDeps, projectKey: string, report: EscalationRunRecord): Promise<EscalationRunRecord> {
  const stored = { ...report, requests: { ...deps.counter } };
  await deps.store.set(escalationKeys.run(projectKey), stored);
  return stored;
}
