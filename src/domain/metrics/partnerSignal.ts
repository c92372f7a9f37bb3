import type { AcceptanceRecord } from '../acceptance/types';
import type { PartnerSettings } from '../signals/thresholds';

/** How many calendar months the partner signal's trend shows: the current one and the five before it. */
export const PARTNER_TREND_MONTHS = 6;

/** What the partner signal reads of an issue (a stored health record is one). */
export interface PartnerIssue {
  id: string;
  key: string;
  issueType: string;
  created: number;
  /** Null when unknown. */
  reporterId: string | null;
  /** The reporter is an app's account (this app, Automation for Jira, an integration), not a person. */
  reporterIsApp: boolean;
  /** The issues linked to this one, by any link type, either direction. */
  linkedIssueIds: readonly string[];
}

/** Why an idea or problem is left out of a month's share. */
export type PartnerExclusion = { kind: 'app' } | { kind: 'follow-up'; changeRequestIssueId: string };

/** One calendar month (UTC) of the partner signal, with the issues behind each number. */
export interface PartnerMonth {
  /** 'YYYY-MM'. */
  key: string;
  /** The month's first instant and the next month's, UTC. */
  start: number;
  end: number;
  /** The month has ended (`end` ≤ now): its numbers no longer change. */
  complete: boolean;
  /** Ideas and problems created in the month that count, oldest first: reported by the client team or not. */
  counted: { issueId: string; issueType: string; byClient: boolean; created: number }[];
  /** How many of `counted` the client team reported. */
  client: number;
  /** Ideas and problems created in the month but left out, oldest first, with why. */
  excluded: { issueId: string; created: number; why: PartnerExclusion }[];
  /** client ÷ counted; null when nothing counted. */
  share: number | null;
}

/**
 * When each issue first got a change request, by issue id, from the acceptance records.
 *
 * @example
 * firstChangeRequests([{ issueId: '10005', verdicts: [{ verdict: 'changes-requested', at: 500, … }, { verdict: 'changes-requested', at: 900, … }], … }])
 * //=> Map { '10005' => 500 }
 */
export function firstChangeRequests(records: readonly Pick<AcceptanceRecord, 'issueId' | 'verdicts'>[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const record of records) {
    for (const v of record.verdicts) {
      if (v.verdict !== 'changes-requested') continue;
      const known = first.get(record.issueId);
      if (known === undefined || v.at < known) first.set(record.issueId, v.at);
    }
  }
  return first;
}

const monthIndexOf = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const monthStart = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);
const monthKey = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Why an idea or problem does not count, or null when it does: created by an app; else a follow-up
 * of a change request — linked to an issue that got its first change request at or before this
 * issue was created (an issue linked to it that existed before cannot have followed from it).
 */
function exclusionOf(issue: PartnerIssue, changeRequestedAt: ReadonlyMap<string, number>): PartnerExclusion | null {
  if (issue.reporterIsApp) return { kind: 'app' };
  for (const id of issue.linkedIssueIds) {
    const at = changeRequestedAt.get(id);
    if (at !== undefined && at <= issue.created) return { kind: 'follow-up', changeRequestIssueId: id };
  }
  return null;
}

/**
 * The partner signal of the last `months` calendar months (UTC), the current one last: of the issues
 * created in each month whose type is in `settings.ideaTypes` (case-insensitive), the share the
 * client team reported — leaving out those an app created and the follow-ups of a change request
 * (`changeRequestedAt`: when each issue first got one, see `firstChangeRequests`). A month with no
 * idea or problem has share null.
 *
 * @example
 * partnerMonths(issues, { ideaTypes: ['Story', 'Improvement', 'Bug'] }, new Set(['client-po']), new Map([['10005', Date.parse('2026-11-03')]]), Date.parse('2026-12-02'), 2)
 * //=> [{ key: '2026-11', complete: true, client: 4, counted: [19 issues], excluded: [{ issueId: '10040', why: { kind: 'follow-up', changeRequestIssueId: '10005' }, … }], share: 0.21, … },
 * //    { key: '2026-12', complete: false, client: 0, counted: [], excluded: [], share: null, … }]
 */
export function partnerMonths(
  issues: readonly PartnerIssue[],
  settings: PartnerSettings,
  clientAccountIds: ReadonlySet<string>,
  changeRequestedAt: ReadonlyMap<string, number>,
  now: number,
  months = PARTNER_TREND_MONTHS,
): PartnerMonth[] {
  const last = monthIndexOf(now);
  const first = last - months + 1;
  const rows: PartnerMonth[] = [];
  for (let index = first; index <= last; index++) {
    const end = monthStart(index + 1);
    rows.push({ key: monthKey(index), start: monthStart(index), end, complete: end <= now, counted: [], client: 0, excluded: [], share: null });
  }
  if (rows.length === 0) return rows;
  const from = rows[0]!.start;
  const until = rows[rows.length - 1]!.end;
  const types = new Set(settings.ideaTypes.map((t) => t.toLowerCase()));
  // Few distinct types: each lowered once.
  const isIdea = new Map<string, boolean>();
  for (const issue of issues) {
    if (issue.created < from || issue.created >= until) continue;
    let idea = isIdea.get(issue.issueType);
    if (idea === undefined) isIdea.set(issue.issueType, (idea = types.has(issue.issueType.toLowerCase())));
    if (!idea) continue;
    const row = rows[monthIndexOf(issue.created) - first]!;
    const why = exclusionOf(issue, changeRequestedAt);
    if (why) {
      row.excluded.push({ issueId: issue.id, created: issue.created, why });
      continue;
    }
    const byClient = issue.reporterId !== null && clientAccountIds.has(issue.reporterId);
    row.counted.push({ issueId: issue.id, issueType: issue.issueType, byClient, created: issue.created });
    if (byClient) row.client++;
  }
  for (const row of rows) {
    row.counted.sort((a, b) => a.created - b.created);
    row.excluded.sort((a, b) => a.created - b.created);
    row.share = row.counted.length === 0 ? null : row.client / row.counted.length;
  }
  return rows;
}
