import { withSprintParts, type HealthIssue } from '../../../../src/domain/health/healthIssue';
import { computeHealthSnapshot, type SnapshotInput } from '../../../../src/domain/health/snapshot';
import { decodeHealthIssue, encodeHealthIssue } from '../../../../src/domain/health/storedForm';
import { defaultPolicy } from '../../../../src/domain/policy/defaults';
import type { Sprint } from '../../../../src/domain/types';
import { demoMetricsData, DAY } from '../metrics/metricsBuilders';

/** The demo's records as a refresh makes them before their parts are added. */
function demoRecords() {
  const demo = demoMetricsData();
  const records: HealthIssue[] = demo.issues.map((issue, i) => {
    const t = demo.timelines[i]!;
    return {
      id: issue.id, key: issue.key, summary: issue.summary, issueType: issue.issueType, isSubtask: t.isSubtask, created: issue.created, updated: issue.updated,
      reporterId: issue.reporter?.accountId ?? null, reporterIsApp: false, assigneeId: null, labels: issue.labels, fixVersionIds: issue.fixVersionIds,
      flaggedSince: null, blockedBy: [], linkedIssueIds: [], sprintIds: t.sprintIds, estimate: t.estimate, statusId: t.statusId, sprintParts: [],
    };
  });
  return { demo, records };
}

function snapshotOf(records: readonly HealthIssue[], sprints: readonly Sprint[], demo: ReturnType<typeof demoMetricsData>) {
  const policy = defaultPolicy();
  const input: SnapshotInput = {
    issues: records, sprints, versions: demo.versions, doneStatusIds: demo.done, estimationField: 'Story Points', liveCommitments: new Map(), budgetPoints: 400,
    settings: policy.health, clientAccountIds: demo.clientAccountIds, changeRequestedAt: new Map(), blockers: { settings: policy.escalation.rules.blocker, statusNames: new Map() },
    signals: () => [], now: demo.now,
  };
  const { view, refs } = computeHealthSnapshot(input);
  return { view, refs };
}

describe('sprint parts kept in the records', () => {
  it('over the generated demo, the snapshot from kept parts equals the one replayed from the timelines, sprint by sprint and list by list', () => {
    const { demo, records } = demoRecords();
    const { records: withParts, changed } = withSprintParts(records, demo.sprints, demo.done, demo.now);
    const closed = new Set(demo.sprints.filter((s) => s.state === 'closed').map((s) => s.id));
    // Every story naming a closed sprint got a part for each one it names; sub-tasks none.
    const expected = records.filter((h) => !h.isSubtask && h.sprintIds.some((s) => s.value.some((id) => closed.has(id))));
    expect(expected.length).toBeGreaterThan(50);
    expect([...changed].sort()).toEqual(expected.map((h) => h.id).sort());
    for (const h of withParts) {
      const named = new Set(h.sprintIds.flatMap((s) => s.value).filter((id) => closed.has(id)));
      expect(new Set(h.sprintParts.map((p) => p.sprintId))).toEqual(h.isSubtask ? new Set() : named);
    }
    const replayed = snapshotOf(records, demo.sprints, demo);
    const kept = snapshotOf(withParts, demo.sprints, demo);
    expect(kept.view.velocity).toEqual(replayed.view.velocity);
    expect(kept.view.scope).toEqual(replayed.view.scope);
    expect([...kept.refs]).toEqual([...replayed.refs]);
    // Not trivially equal: the demo's sprints have work and scope changes.
    expect(kept.view.velocity.filter((v) => v.state === 'closed').every((v) => v.completed.value > 0)).toBe(true);
    expect(kept.view.scope.some((s) => s.added.value > 0 || s.removed.value > 0)).toBe(true);
  });

  it('a closed sprint’s row adds up the kept parts (not a replay); the open sprint’s is replayed even when a record holds a part for it', () => {
    const { demo, records } = demoRecords();
    const { records: withParts } = withSprintParts(records, demo.sprints, demo.done, demo.now);
    const closedSprint = demo.sprints.filter((s) => s.state === 'closed').at(-1)!;
    const active = demo.sprints.find((s) => s.state === 'active')!;
    const before = snapshotOf(withParts, demo.sprints, demo);
    const target = withParts.find((h) => h.sprintParts.some((p) => p.sprintId === closedSprint.id && p.velocity.committed))!;
    const inActive = withParts.find((h) => !h.isSubtask && h.sprintIds.at(-1)!.value.includes(active.id))!;
    const tampered = withParts.map((h) => {
      if (h === target) return { ...h, sprintParts: h.sprintParts.map((p) => (p.sprintId === closedSprint.id ? { ...p, velocity: { ...p.velocity, estimateAtStart: (p.velocity.estimateAtStart ?? 0) + 100 } } : p)) };
      if (h === inActive) return { ...h, sprintParts: [...h.sprintParts, { sprintId: active.id, velocity: { committed: true, estimateAtStart: 1000, completed: true, estimateAtEnd: 1000, doneSince: demo.now - DAY }, scope: [] }] };
      return h;
    });
    const after = snapshotOf(tampered, demo.sprints, demo);
    const row = (s: typeof before, id: number) => s.view.velocity.find((v) => v.sprintId === id)!;
    expect(row(after, closedSprint.id).committed.value).toBe(row(before, closedSprint.id).committed.value + 100);
    expect(row(after, active.id)).toEqual(row(before, active.id));
  });

  it('records that already hold their parts are kept as they are; a sprint closed since adds its parts to its issues only', () => {
    const { demo, records } = demoRecords();
    const active = demo.sprints.find((s) => s.state === 'active')!;
    const first = withSprintParts(records, demo.sprints, demo.done, demo.now);
    const again = withSprintParts(first.records, demo.sprints, demo.done, demo.now);
    expect(again.changed.size).toBe(0);
    again.records.forEach((h, i) => expect(h).toBe(first.records[i]));

    const closedNow = demo.sprints.map((s) => (s.id === active.id ? { ...s, state: 'closed' as const, completeDate: demo.now } : s));
    const afterClose = withSprintParts(first.records, closedNow, demo.done, demo.now);
    const named = first.records.filter((h) => !h.isSubtask && h.sprintIds.some((s) => s.value.includes(active.id)));
    expect([...afterClose.changed].sort()).toEqual(named.map((h) => h.id).sort());
    expect(snapshotOf(afterClose.records, closedNow, demo).view.velocity).toEqual(snapshotOf(records, closedNow, demo).view.velocity);
  });

  it('storage keeps the parts: a record with commitments, completions and every kind of scope change reads back equal', () => {
    const { demo, records } = demoRecords();
    const { records: withParts } = withSprintParts(records, demo.sprints, demo.done, demo.now);
    const kinds = new Set(withParts.flatMap((h) => h.sprintParts.flatMap((p) => p.scope.map((e) => e.kind))));
    expect(kinds).toEqual(new Set(['added', 'removed', 'reestimated']));
    for (const h of withParts) expect(decodeHealthIssue(JSON.parse(JSON.stringify(encodeHealthIssue(h))))).toEqual(h);
  });
});
