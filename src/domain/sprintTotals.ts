import type { Issue, Sprint } from './types';

export interface SprintTotals {
  sprintId: number;
  issueCount: number;
  /** Current estimates of every issue that was in the sprint. */
  storyPoints: number;
  /** Points of issues resolved inside the sprint window (start → complete, or → now while active). */
  completedPoints: number;
}

/**
 * Totals per sprint from the issues' sprint membership and resolution dates.
 * A first view of sprint work; the velocity metric (committed at start,
 * scope changes from the changelog) is computed elsewhere.
 */
export function sprintTotals(sprints: readonly Sprint[], issues: readonly Issue[], now: number): SprintTotals[] {
  const bySprint = new Map<number, SprintTotals>();
  for (const sprint of sprints) {
    bySprint.set(sprint.id, { sprintId: sprint.id, issueCount: 0, storyPoints: 0, completedPoints: 0 });
  }
  const windows = new Map(sprints.map((s) => [s.id, { start: s.startDate, end: s.completeDate ?? (s.state === 'active' ? now : s.endDate) }]));
  for (const issue of issues) {
    for (const sprintId of new Set(issue.sprintIds)) {
      const totals = bySprint.get(sprintId);
      const window = windows.get(sprintId);
      if (!totals || !window) continue;
      const points = issue.storyPoints ?? 0;
      totals.issueCount += 1;
      totals.storyPoints += points;
      const resolved = issue.resolutionDate;
      if (resolved !== null && window.start !== null && window.end !== null && resolved >= window.start && resolved <= window.end) {
        totals.completedPoints += points;
      }
    }
  }
  return sprints.map((s) => bySprint.get(s.id)!);
}

/** Active first, then future soonest first, then closed newest first: the order people read a board in. */
export function sprintsNewestFirst(sprints: readonly Sprint[]): Sprint[] {
  const rank = { active: 0, future: 1, closed: 2 } as const;
  const when = (s: Sprint) => s.startDate ?? s.id;
  return [...sprints].sort((a, b) => rank[a.state] - rank[b.state] || (a.state === 'future' ? when(a) - when(b) : when(b) - when(a)));
}
