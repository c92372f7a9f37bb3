import type { CommentEffect, CreateIssueEffect } from '../../domain/effects/types';
import type { DueEscalation, EscalationRule, Recipient } from '../../domain/escalation/types';
import type { AppStore, CreatedIssue } from '../ports';

/**
 * The escalation ledger in app storage: one entry per (rule, subject, step), created once (a
 * conditional write) before anything is posted and holding the comment it asks for — an outbox
 * effect (src/app/outbox), so it is posted the way every side effect of the app is: claimed, looked
 * for after an interrupted attempt, marked done. The entry's state follows the done ledger, which is
 * the truth when the two disagree (a run that died after marking).
 */
export interface EscalationEntry {
  id: string;
  projectKey: string;
  rule: EscalationRule;
  subjectId: string;
  step: string;
  issueId: string;
  issueKey: string;
  decisionId: string | null;
  dueAt: number;
  plannedAt: number;
  recipients: Recipient[];
  /** Display names when it was planned (the comment's mentions say them too). */
  names: Record<string, string>;
  /** The comment, with the effect id that marks it in Jira and keys the done ledger; a calibration call's issue to create. */
  effect: CommentEffect | CreateIssueEffect;
  /** The comment as plain text, for the pages and the CSV. */
  text: string;
  state: 'planned' | 'posted';
  postedAt: number | null;
  commentId: string | null;
  /** The issue a calibration call created (or found marked after an interrupted attempt); `issueKey` then says it too. */
  createdIssue?: CreatedIssue | null;
}

/** What a planned entry is made of: where and what it is, and what it asks of Jira in its words. */
export type EntryPlan = Omit<EscalationEntry, 'plannedAt' | 'state' | 'postedAt' | 'commentId' | 'createdIssue'>;

/**
 * A step's ledger entry as planned, before anything is done — every rule's (comments, calibration
 * calls, the daily note) made here. `names` keeps only the people the entry names.
 */
export function plannedEntry(plan: EntryPlan, now: number, named: (accountId: string) => boolean = (id) => plan.recipients.some((r) => r.accountId === id)): EscalationEntry {
  const names = Object.fromEntries(Object.entries(plan.names).filter(([id]) => named(id)));
  return { ...plan, names, plannedAt: now, state: 'planned', postedAt: null, commentId: null, ...(plan.effect.kind === 'create-issue' ? { createdIssue: null } : {}) };
}

/** A due step's place in the ledger: its id, rule, subject, step, issue, due time and recipients. */
export function dueFields(projectKey: string, due: DueEscalation): Pick<EntryPlan, 'id' | 'projectKey' | 'rule' | 'subjectId' | 'step' | 'issueId' | 'issueKey' | 'dueAt' | 'recipients'> {
  return { id: due.id, projectKey, rule: due.rule, subjectId: due.subjectId, step: due.step, issueId: due.issueId, issueKey: due.issueKey, dueAt: due.dueAt, recipients: due.recipients };
}

/** Entries are keyed under their issue, so the issue panel lists one issue's without reading the project's. */
export const escalationKeys = {
  entryPrefix: (projectKey: string, issueId?: string) => `escalation:${projectKey}:entry:${issueId === undefined ? '' : `${issueId}:`}`,
  entry: (projectKey: string, issueId: string, id: string) => `escalation:${projectKey}:entry:${issueId}:${id}`,
  run: (projectKey: string) => `escalation:${projectKey}:run`,
};

/** The outbox id of an escalation's comment: unique in the app, stable for the step. */
export const escalationEffectId = (dueId: string) => `escalation:${dueId}`;

/** The project's entries, or one issue's. */
export async function ledgerEntries(store: AppStore, projectKey: string, issueId?: string): Promise<EscalationEntry[]> {
  return (await store.list<EscalationEntry>(escalationKeys.entryPrefix(projectKey, issueId))).map((e) => e.value);
}

/** Records the intent; false when the step is on record already (another run planned it). */
export async function planEntry(store: AppStore, entry: EscalationEntry): Promise<boolean> {
  return store.create(escalationKeys.entry(entry.projectKey, entry.issueId, entry.id), entry);
}

export async function markEntryPosted(store: AppStore, entry: EscalationEntry, at: number, commentId: string | null, createdIssue: CreatedIssue | null = null): Promise<EscalationEntry> {
  const posted: EscalationEntry = { ...entry, state: 'posted', postedAt: at, commentId, ...(createdIssue ? { createdIssue, issueKey: createdIssue.issueKey } : {}) };
  await store.set(escalationKeys.entry(entry.projectKey, entry.issueId, entry.id), posted);
  return posted;
}

