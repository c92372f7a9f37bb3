import type { IssueSprintMetricsView } from '../../contract/health';
import { issueLeadTime } from '../metrics/leadTime';
import { sprintScopeChange } from '../metrics/scopeChange';
import { sprintVelocity } from '../metrics/velocity';
import type { Sprint, Version } from '../types';
import { timelineOf, type HealthIssue } from './healthIssue';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One issue's part in the sprint metrics, from its stored record: each started sprint it was ever in,
 * whether it counted in the commitment and the completed points, when it was added after the start or
 * removed, its re-estimates while in the sprint; its lead time (or age so far) and the release it shipped in.
 *
 * @example
 * issueSprintMetricsOf(record, sprints, versions, new Set(['10001']), now, computedAt).sprints[0]
 * //=> { sprintId: 3, name: 'Sprint 3', committed: false, completed: true, addedAfterStart: '2026-10-14T09:12:00.000Z', removedAt: null, reestimates: [] }
 */
export function issueSprintMetricsOf(
  h: HealthIssue,
  sprints: readonly Sprint[],
  versions: readonly Version[],
  doneStatusIds: ReadonlySet<string>,
  now: number,
  computedAt: number,
): IssueSprintMetricsView {
  const timeline = timelineOf(h);
  const mentioned = new Set(h.sprintIds.flatMap((s) => s.value));
  const started = sprints.filter((s) => mentioned.has(s.id) && s.state !== 'future' && s.startDate !== null).sort((a, b) => a.startDate! - b.startDate! || a.id - b.id);
  const lead = issueLeadTime(h, timeline, versions, doneStatusIds);
  const release = lead?.versionId ? versions.find((v) => v.id === lead.versionId) : undefined;
  return {
    computedAt: iso(computedAt),
    sprints: started.map((sprint) => {
      const velocity = sprintVelocity(sprint, [timeline], doneStatusIds, now);
      const scope = sprintScopeChange(sprint, [timeline], now, null, 0);
      const first = (kind: 'added' | 'removed') => scope.events.find((e) => e.kind === kind);
      const added = first('added');
      const removed = scope.events.filter((e) => e.kind === 'removed').at(-1);
      return {
        sprintId: sprint.id,
        name: sprint.name,
        committed: velocity.committedIssueKeys.length > 0,
        completed: velocity.completedIssueKeys.length > 0,
        addedAfterStart: added ? iso(added.at) : null,
        removedAt: removed ? iso(removed.at) : null,
        reestimates: scope.events.filter((e) => e.kind === 'reestimated').map((e) => ({ from: e.from ?? null, to: e.to ?? null, at: iso(e.at) })),
      };
    }),
    leadTimeDays: lead ? round1(lead.days) : null,
    ageDays: lead ? null : round1(Math.max(0, now - h.created) / DAY),
    release: release ? { name: release.name, releaseDate: release.releaseDate === null ? null : iso(release.releaseDate) } : null,
  };
}
