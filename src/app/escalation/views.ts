import { ESCALATION_RULE_LABELS } from '../../contract/labels';
import type { EscalationItemView, EscalationPreviewView, EscalationRunView, EscalationsView, IssueEscalationsView } from '../../contract/escalation';
import type { DueEscalation, Recipient, RecipientRole } from '../../domain/escalation/types';
import type { EscalationMode } from '../../domain/escalation/settings';
import type { AppStore, JiraPort } from '../ports';
import { dueNow, type ScanDeps } from './dueNow';
import { escalationKeys, ledgerEntries, type EscalationEntry } from './ledger';
import { entryFor, namesOf, peopleOf, type EscalationRunRecord } from './runScan';

/** The project page lists at most this many posted comments (newest first); the CSV exports those. */
export const HISTORY_LIMIT = 500;

const ROLE_WORDS: Record<RecipientRole, string> = {
  'client-sponsor': 'client sponsor',
  'delivery-sponsor': 'delivery sponsor',
  assignee: 'assignee',
  owner: 'owner',
  'decision-maker': 'decision maker',
  unblocker: 'can unblock',
};

const iso = (ms: number) => new Date(ms).toISOString();

/** "Long blocker", "Reminder 2", "Stale decision", "Scope change". */
export function ruleWords(rule: DueEscalation['rule'], step: string): string {
  return rule === 'decision-reminder' ? `Reminder ${step.replace(/^remind-/, '')}` : ESCALATION_RULE_LABELS[rule];
}

const recipientViews = (recipients: readonly Recipient[], names: Readonly<Record<string, string>>) =>
  recipients.map((r) => ({ accountId: r.accountId, displayName: names[r.accountId] ?? 'Unknown person', role: ROLE_WORDS[r.role] }));

export function itemOf(entry: EscalationEntry): EscalationItemView {
  return {
    id: entry.id,
    rule: entry.rule,
    ruleWords: ruleWords(entry.rule, entry.step),
    step: entry.step,
    issueKey: entry.issueKey,
    dueAt: iso(entry.dueAt),
    state: entry.state,
    postedAt: entry.postedAt === null ? null : iso(entry.postedAt),
    recipients: recipientViews(entry.recipients, entry.names),
    text: entry.text,
    decisionId: entry.decisionId,
  };
}

export function runView(run: EscalationRunRecord): EscalationRunView {
  return {
    at: iso(run.at),
    mode: run.mode,
    due: run.due,
    posted: run.posted.length,
    alreadyDone: run.alreadyDone,
    exempt: run.exempt,
    deferred: run.deferred.map((d) => ({ ...d, until: d.until === null ? null : iso(d.until) })),
    failed: run.failed,
    stoppedOnBudget: run.stoppedOnBudget,
    skipped: run.skipped,
  };
}

const byPostedDesc = (a: EscalationEntry, b: EscalationEntry) => (b.postedAt ?? 0) - (a.postedAt ?? 0) || (a.id < b.id ? -1 : 1);

/** The project page's section: open escalations (posted, still due at the last run), the history, the last run. */
export async function escalationsView(store: AppStore, projectKey: string, mode: EscalationMode): Promise<EscalationsView> {
  const [entries, run] = await Promise.all([ledgerEntries(store, projectKey), store.get<EscalationRunRecord>(escalationKeys.run(projectKey))]);
  const open = new Set(run?.openIds ?? []);
  const posted = entries.filter((e) => e.state === 'posted').sort(byPostedDesc);
  return {
    mode,
    // A calibration call stays due while its signal is on record: whether it is open is its issue's status (the calibration section's).
    open: posted.filter((e) => open.has(e.id) && e.rule !== 'calibration-call').sort((a, b) => a.rule.localeCompare(b.rule) || a.dueAt - b.dueAt).map(itemOf),
    history: posted.slice(0, HISTORY_LIMIT).map(itemOf),
    historyTotal: posted.length,
    lastRun: run ? runView(run) : null,
  };
}

/** One issue's escalations on record, newest first. */
export async function issueEscalationsView(store: AppStore, projectKey: string, issueId: string, mode: EscalationMode, now: number): Promise<IssueEscalationsView> {
  const entries = await ledgerEntries(store, projectKey, issueId);
  return { mode, servedAt: iso(now), items: entries.sort((a, b) => (b.postedAt ?? b.plannedAt) - (a.postedAt ?? a.plannedAt)).map(itemOf) };
}

/** What the scanner would post now: computed from app storage, names from one bulk lookup; nothing is recorded. */
export async function escalationPreview(deps: ScanDeps & { jira: JiraPort }, projectKey: string, now: number): Promise<EscalationPreviewView> {
  const scan = await dueNow(deps, projectKey, now);
  const entries = new Map((await ledgerEntries(deps.store, projectKey)).map((e) => [e.id, e]));
  const notPosted = scan.due.filter((d) => entries.get(d.id)?.state !== 'posted');
  const names = await namesOf(deps.jira, notPosted.flatMap(peopleOf));
  return {
    mode: scan.policy.escalation.mode,
    computedAt: iso(now),
    wouldPost: notPosted.map((d) => ({ ...itemOf(entries.get(d.id) ?? entryFor(projectKey, d, names, now)), state: 'would-post' as const })),
    alreadyPosted: scan.due.length - notPosted.length,
    exempt: scan.exempt.map((e) => ({ issueKey: e.escalation.issueKey, rule: e.escalation.rule, reason: e.reason })),
    deferred: [],
    skipped: scan.configured ? scan.skipped : ['The project is not configured yet: save its settings first'],
  };
}
