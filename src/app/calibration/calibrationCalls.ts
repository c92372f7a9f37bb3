/**
 * The calibration calls on the project page: the issues the escalation scan created for dissatisfaction
 * signals (the ledger says which, so nothing is shown as created that is not on record), those not done
 * yet, each flagged once a week old ("not held"). Their status is the health snapshot's record where it
 * has one (no Jira call); the calls created since the last refresh are read in one JQL search.
 */
import type { CalibrationCallsView, CalibrationCallView } from '../../contract/resolvers';
import { CALIBRATION_RULES, isNotHeld } from '../../domain/calibration/calibrationIssue';
import { CALIBRATION_LEDGER_ISSUE_ID } from '../../domain/calibration/calibrationRule';
import { EFFECT_ISSUE_SEARCH_ALIAS } from '../../domain/effects/types';
import { valueAt } from '../../domain/metrics/fieldHistory';
import type { StatusCategory } from '../../domain/types';
import type { UseCaseContext } from '../context';
import { ledgerEntries, type EscalationEntry } from '../escalation/ledger';
import { healthSnapshotStore } from '../health/snapshotStore';
import { jqlString } from '../jql';
import { peopleNames } from '../people';
import type { AppStore } from '../ports';

const iso = (ms: number) => new Date(ms).toISOString();

/** The project's calibration-call entries in the escalation ledger (kept apart from any issue's). */
export const calibrationLedger = (store: AppStore, projectKey: string): Promise<EscalationEntry[]> => ledgerEntries(store, projectKey, CALIBRATION_LEDGER_ISSUE_ID);

/** Whether the issue is a calibration call the app created (from the ledger: an issue's property could be written by anyone who edits it). */
export async function isCalibrationCall(store: AppStore, projectKey: string, issueId: string): Promise<boolean> {
  return (await calibrationLedger(store, projectKey)).some((e) => e.createdIssue?.issueId === issueId);
}

interface CallStatus {
  name: string;
  category: StatusCategory;
}

/** Each created call's status: from the snapshot's records, else from Jira (one search); absent when neither says. */
async function statuses(ctx: UseCaseContext, projectKey: string, created: readonly EscalationEntry[]): Promise<Map<string, CallStatus>> {
  const found = new Map<string, CallStatus>();
  const snapshots = healthSnapshotStore(ctx.store, projectKey);
  const meta = await snapshots.meta();
  if (meta) {
    const records = await snapshots.issues(meta, created.map((e) => e.createdIssue!.issueId));
    const byId = new Map(meta.statuses.map((s) => [s.id, s]));
    for (const [id, record] of records) {
      const status = byId.get(valueAt(record.statusId, ctx.now) ?? '');
      if (status) found.set(id, { name: status.name, category: status.category });
    }
  }
  const missing = created.filter((e) => !found.has(e.createdIssue!.issueId));
  if (missing.length === 0) return found;
  // Jira's search lags behind writes: a call just created may be missing from it, and shows without a status until it is not.
  const jql = `project = ${jqlString(projectKey)} AND ${EFFECT_ISSUE_SEARCH_ALIAS} IS NOT EMPTY`;
  try {
    const wanted = new Set(missing.map((e) => e.createdIssue!.issueId));
    for (const issue of await ctx.jira.searchIssues(jql, meta ? { fieldIds: meta.fieldIds } : {})) if (wanted.has(issue.id)) found.set(issue.id, { name: issue.status, category: issue.statusCategory });
  } catch (error) {
    console.warn('calibration calls: the status search failed', error instanceof Error ? error.message : String(error));
  }
  return found;
}

/** The open calibration calls, oldest first, and how many were held. */
export async function calibrationCallsView(ctx: UseCaseContext, projectKey: string, calls: readonly EscalationEntry[]): Promise<CalibrationCallsView> {
  const created = calls.filter((e) => e.state === 'posted' && e.createdIssue);
  const status = created.length > 0 ? await statuses(ctx, projectKey, created) : new Map<string, CallStatus>();
  const open = created.filter((e) => status.get(e.createdIssue!.issueId)?.category !== 'done').sort((a, b) => a.plannedAt - b.plannedAt || (a.id < b.id ? -1 : 1));
  const name = await peopleNames(ctx, open.flatMap((e) => (e.effect.kind === 'create-issue' && e.effect.issue.assigneeId ? [e.effect.issue.assigneeId] : [])));
  const views = open.map((e): CalibrationCallView => {
    const issue = e.effect.kind === 'create-issue' ? e.effect.issue : null;
    // Planned just before its first attempt, and the due date counts from then (an issue found after an interrupted attempt was created then too).
    const createdAt = e.plannedAt;
    return {
      id: e.id,
      issueKey: e.createdIssue!.issueKey,
      summary: issue?.summary ?? '',
      createdAt: iso(createdAt),
      dueDate: issue?.dueDate ?? null,
      assignee: issue?.assigneeId ? name(issue.assigneeId) : null,
      status: status.get(e.createdIssue!.issueId)?.name ?? null,
      notHeld: isNotHeld({ createdAt, done: false }, ctx.now),
    };
  });
  return { open: views, heldCount: created.length - open.length, heldWithinDays: CALIBRATION_RULES.heldWithinDays, servedAt: iso(ctx.now) };
}
