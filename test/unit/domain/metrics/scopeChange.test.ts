import { scopeChangeBySprint, sprintScopeChange } from '../../../../src/domain/metrics/scopeChange';
import type { SandboxData } from '../../../../sandbox/jira/model';
import { DAY, DONE, IN_PROGRESS, TODO, demoMetricsData, entry, issue, pointsChange, sprint, sprintChange, statusChange, timeline } from './metricsBuilders';

// Sprint 1 runs day 10 → 24 (completed on day 24), sprint 2 day 24 → 38.
const s1 = sprint(1, 10, 24);
const d = (day: number) => day * DAY;
const NOW = d(100);

describe('sprintScopeChange', () => {
  it('an issue added after the start counts at the estimate it entered with; one there at the start does not', () => {
    const there = issue('ENG-1', { sprintIds: [1], points: 5 });
    const late = issue('ENG-2', { sprintIds: [1], points: 3 });
    const atStart = issue('ENG-3', { sprintIds: [1], points: 2 });
    const result = sprintScopeChange(s1, [
      timeline(there, [entry(there, d(8), sprintChange([], [1]))]),
      timeline(late, [entry(late, d(12), sprintChange([], [1]))]),
      timeline(atStart, [entry(atStart, d(10), sprintChange([], [1]))]), // at the start instant itself: committed, not added
    ], NOW, null, 5);
    expect(result).toMatchObject({
      sprintId: 1, start: d(10), end: d(24),
      added: { issueKeys: ['ENG-2'], points: 3 },
      removed: { issueKeys: [], points: 0 },
      netPoints: 3, direction: 'grew',
      events: [{ issueKey: 'ENG-2', kind: 'added', at: d(12), points: 3 }],
    });
  });

  it('estimated in the same change that adds it: the new estimate is what entered', () => {
    const i = issue('ENG-4', { sprintIds: [1], points: 8 });
    const t = timeline(i, [entry(i, d(12), sprintChange([], [1]), pointsChange(null, 8))]);
    expect(sprintScopeChange(s1, [t], NOW, null, 5)).toMatchObject({ added: { issueKeys: ['ENG-4'], points: 8 }, reestimatedUp: { points: 0 }, netPoints: 8 });
  });

  it('removed mid-sprint counts at the estimate it left with', () => {
    const i = issue('ENG-5', { sprintIds: [], points: 5 });
    const t = timeline(i, [entry(i, d(8), sprintChange([], [1])), entry(i, d(15), sprintChange([1], []))]);
    expect(sprintScopeChange(s1, [t], NOW, null, 5)).toMatchObject({
      removed: { issueKeys: ['ENG-5'], points: 5 }, netPoints: -5, direction: 'shrank',
      events: [{ issueKey: 'ENG-5', kind: 'removed', at: d(15), points: 5 }],
    });
  });

  it('carried over at the completion instant is not a removal (whether Jira appends the next sprint or replaces the closed one)', () => {
    const appended = issue('ENG-6', { sprintIds: [1, 2], points: 3, statusId: IN_PROGRESS });
    const replaced = issue('ENG-7', { sprintIds: [2], points: 2, statusId: IN_PROGRESS });
    const afterwards = issue('ENG-8', { sprintIds: [2], points: 1, statusId: IN_PROGRESS });
    const result = sprintScopeChange(s1, [
      timeline(appended, [entry(appended, d(8), sprintChange([], [1])), entry(appended, d(24), sprintChange([1], [1, 2]))]),
      timeline(replaced, [entry(replaced, d(8), sprintChange([], [1])), entry(replaced, d(24), sprintChange([1], [2]))]),
      timeline(afterwards, [entry(afterwards, d(8), sprintChange([], [1])), entry(afterwards, d(24) + 1000, sprintChange([1], [2]))]),
    ], NOW, null, 5);
    expect(result).toMatchObject({ removed: { issueKeys: [], points: 0 }, netPoints: 0, direction: 'unchanged', events: [] });
    // …and in sprint 2 they are there from its start, not added.
    expect(sprintScopeChange(sprint(2, 24, 38), [timeline(appended, [entry(appended, d(8), sprintChange([], [1])), entry(appended, d(23), sprintChange([1], [1, 2]))])], NOW, null, 5).added.points).toBe(0);
  });

  it('re-estimated before the start is not counted; after the start, up and down are summed apart', () => {
    const i = issue('ENG-9', { sprintIds: [1], points: 3, statusId: DONE });
    const t = timeline(i, [
      entry(i, d(8), sprintChange([], [1])),
      entry(i, d(9), pointsChange(3, 5)), // before the start: the sprint starts with 5
      entry(i, d(13), pointsChange(5, 8)),
      entry(i, d(14), statusChange(TODO, IN_PROGRESS)),
      entry(i, d(16), pointsChange(8, 3)),
      entry(i, d(20), statusChange(IN_PROGRESS, DONE)),
      entry(i, d(30), pointsChange(3, 13)), // after the completion
    ]);
    expect(sprintScopeChange(s1, [t], NOW, null, 5)).toMatchObject({
      reestimatedUp: { issueKeys: ['ENG-9'], points: 3 },
      reestimatedDown: { issueKeys: ['ENG-9'], points: 5 },
      netPoints: -2,
      events: [
        { issueKey: 'ENG-9', kind: 'reestimated', at: d(13), points: 3, from: 5, to: 8 },
        { issueKey: 'ENG-9', kind: 'reestimated', at: d(16), points: -5, from: 8, to: 3 },
      ],
    });
  });

  it('an unestimated value counts as 0; re-estimates while outside the sprint are not counted', () => {
    const i = issue('ENG-10', { sprintIds: [], points: 8 });
    const t = timeline(i, [
      entry(i, d(8), sprintChange([], [1])),
      entry(i, d(12), pointsChange(null, 2)),
      entry(i, d(14), pointsChange(2, null)),
      entry(i, d(15), pointsChange(null, 5)),
      entry(i, d(17), sprintChange([1], [])),
      entry(i, d(18), pointsChange(5, 8)), // out of the sprint by now
    ]);
    expect(sprintScopeChange(s1, [t], NOW, null, 5)).toMatchObject({
      reestimatedUp: { issueKeys: ['ENG-10'], points: 7 },
      reestimatedDown: { issueKeys: ['ENG-10'], points: 2 },
      removed: { issueKeys: ['ENG-10'], points: 5 },
      netPoints: 0,
    });
    expect(sprintScopeChange(s1, [t], NOW, null, 5).events[1]).toEqual({ issueKey: 'ENG-10', kind: 'reestimated', at: d(14), points: -2, from: 2, to: null });
  });

  it('added then removed counts both ways; re-added counts again, each key listed once', () => {
    const i = issue('ENG-11', { sprintIds: [1], points: 2 });
    const t = timeline(i, [entry(i, d(12), sprintChange([], [1])), entry(i, d(16), sprintChange([1], [])), entry(i, d(18), sprintChange([], [1]))]);
    expect(sprintScopeChange(s1, [t], NOW, null, 5)).toMatchObject({
      added: { issueKeys: ['ENG-11'], points: 4 },
      removed: { issueKeys: ['ENG-11'], points: 2 },
      netPoints: 2,
      events: [{ kind: 'added', at: d(12) }, { kind: 'removed', at: d(16) }, { kind: 'added', at: d(18) }],
    });
  });

  it('changes sharing an instant are taken together: out and back in at once is no change', () => {
    const i = issue('ENG-12', { sprintIds: [1], points: 2 });
    const t = timeline(i, [entry(i, d(8), sprintChange([], [1])), entry(i, d(16), sprintChange([1], [])), entry(i, d(16), sprintChange([], [1]))]);
    expect(sprintScopeChange(s1, [t], NOW, null, 5).events).toEqual([]);
  });

  it('sub-tasks are left out', () => {
    const sub = issue('ENG-13', { sprintIds: [1], points: 3 });
    const t = timeline(sub, [entry(sub, d(12), sprintChange([], [1])), entry(sub, d(13), pointsChange(3, 5))], true);
    expect(sprintScopeChange(s1, [t], NOW, null, 5)).toMatchObject({ added: { points: 0 }, reestimatedUp: { points: 0 }, events: [] });
  });

  it('the active sprint counts until now', () => {
    const active = sprint(1, 10, null, 'active');
    const early = issue('ENG-14', { sprintIds: [1], points: 3 });
    const later = issue('ENG-15', { sprintIds: [1], points: 5 });
    const timelines = [timeline(early, [entry(early, d(12), sprintChange([], [1]))]), timeline(later, [entry(later, d(18), sprintChange([], [1]))])];
    expect(sprintScopeChange(active, timelines, d(15), null, 5)).toMatchObject({ end: d(15), added: { issueKeys: ['ENG-14'], points: 3 } });
    expect(sprintScopeChange(active, timelines, d(20), null, 5)).toMatchObject({ end: d(20), added: { issueKeys: ['ENG-14', 'ENG-15'], points: 8 } });
  });

  it('flagged when |net| exceeds 5 % of the budget; exactly 5 % is not; no budget → null share, not flagged', () => {
    const adding = (points: number) => {
      const i = issue('ENG-16', { sprintIds: [1], points });
      return [timeline(i, [entry(i, d(12), sprintChange([], [1]))])];
    };
    expect(sprintScopeChange(s1, adding(5), NOW, 100, 5)).toMatchObject({ netPoints: 5, shareOfBudget: 0.05, flagged: false });
    expect(sprintScopeChange(s1, adding(6), NOW, 100, 5)).toMatchObject({ shareOfBudget: 0.06, flagged: true });
    expect(sprintScopeChange(s1, adding(3), NOW, 60, 5)).toMatchObject({ flagged: false }); // 3 ÷ 60 is 5 % on the nose
    expect(sprintScopeChange(s1, adding(6), NOW, null, 5)).toMatchObject({ shareOfBudget: null, flagged: false });
    expect(sprintScopeChange(s1, adding(6), NOW, 0, 5)).toMatchObject({ shareOfBudget: null, flagged: false });
    // A shrinking sprint is flagged by the size of its change as well.
    const i = issue('ENG-17', { sprintIds: [], points: 8 });
    const shrink = [timeline(i, [entry(i, d(8), sprintChange([], [1])), entry(i, d(15), sprintChange([1], []))])];
    expect(sprintScopeChange(s1, shrink, NOW, 100, 5)).toMatchObject({ netPoints: -8, direction: 'shrank', shareOfBudget: 0.08, flagged: true });
  });

  it('scopeChangeBySprint: started sprints only, in the order given; a sprint not started gives zeros', () => {
    const future = { ...sprint(3, 38, null, 'future'), startDate: null, endDate: null };
    const i = issue('ENG-18', { sprintIds: [1, 2], points: 3 });
    const t = timeline(i, [entry(i, d(12), sprintChange([], [1])), entry(i, d(24) + 1000, sprintChange([1], [1, 2])), entry(i, d(30), pointsChange(2, 3))]);
    // Sprint 2 starts the Monday after sprint 1's completion: the carried issue is in it from the start.
    const result = scopeChangeBySprint([sprint(2, 26, 40), s1, future], [t], NOW, 40, 5);
    expect(result.map((r) => [r.sprintId, r.added.points, r.reestimatedUp.points, r.netPoints])).toEqual([
      [2, 0, 1, 1],
      [1, 2, 0, 2],
    ]);
    // Carried into a sprint already under way, it is scope added to that sprint.
    expect(scopeChangeBySprint([sprint(2, 24, 38)], [t], NOW, 40, 5)[0]).toMatchObject({ added: { issueKeys: ['ENG-18'], points: 2 } });
    expect(sprintScopeChange(future, [t], NOW, 40, 5)).toMatchObject({ start: null, end: null, netPoints: 0, direction: 'unchanged', events: [] });
  });
});

/**
 * The test's own scope change: a forward replay of each raw changelog history, entry by entry, written
 * without the production timelines. Also sums the sprint's points at its start and just before its end.
 */
function forwardScopeChange(sprintId: number, start: number, end: number, data: SandboxData, subtaskIssueIds: Set<string>) {
  const sprintField = data.site.sprintFieldId;
  const pointsField = data.boards[0]!.estimationFieldId;
  const idsOf = (v: unknown): number[] => (v === null || v === undefined || v === '' ? [] : String(v).split(',').map((x) => Number(x.trim())));
  const pointsOf = (v: unknown): number => (v === null || v === undefined || v === '' ? 0 : Number(v));
  const out = { added: new Map<string, number>(), removed: new Map<string, number>(), up: new Map<string, number>(), down: new Map<string, number>(), atStart: 0, atEnd: 0 };
  const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  for (const raw of data.issues) {
    if (subtaskIssueIds.has(raw.id)) continue;
    const histories = [...raw.changelog].map((h) => ({ at: Date.parse(h.created), items: h.items })).sort((a, b) => a.at - b.at);
    const firstOf = (fieldId: string) => histories.flatMap((h) => h.items).find((i) => i.fieldId === fieldId);
    let inSprint = firstOf(sprintField) ? idsOf(firstOf(sprintField)!.from).includes(sprintId) : raw.fields.sprintIds.includes(sprintId);
    let points = firstOf(pointsField) ? pointsOf(firstOf(pointsField)!.from) : (raw.fields.storyPoints ?? 0);
    let startCounted = false;
    for (const h of histories) {
      if (h.at >= end) break;
      if (h.at > start && !startCounted) {
        startCounted = true;
        if (inSprint) out.atStart += points;
      }
      const [wasIn, before] = [inSprint, points];
      for (const item of h.items) {
        if (item.fieldId === sprintField) inSprint = idsOf(item.to).includes(sprintId);
        if (item.fieldId === pointsField) points = pointsOf(item.to);
      }
      if (h.at <= start) continue;
      if (!wasIn && inSprint) add(out.added, raw.key, points);
      if (wasIn && !inSprint) add(out.removed, raw.key, before);
      if (wasIn && inSprint && points > before) add(out.up, raw.key, points - before);
      if (wasIn && inSprint && points < before) add(out.down, raw.key, before - points);
    }
    if (!startCounted && inSprint) out.atStart += points;
    if (inSprint) out.atEnd += points;
  }
  const bucket = (m: Map<string, number>) => ({ issueKeys: [...m.keys()].sort(), points: [...m.values()].reduce((a, b) => a + b, 0) });
  return { added: bucket(out.added), removed: bucket(out.removed), reestimatedUp: bucket(out.up), reestimatedDown: bucket(out.down), atStart: out.atStart, atEnd: out.atEnd };
}

it('over the generated demo, every started sprint’s scope change equals the test’s forward replay of the raw changelog', () => {
  const demo = demoMetricsData();
  const changes = scopeChangeBySprint(demo.sprints, demo.timelines, demo.now, 200, 5);
  const started = demo.sprints.filter((s) => s.state !== 'future');
  expect(changes.map((c) => c.sprintId)).toEqual(started.map((s) => s.id));
  const sortedKeys = (b: { issueKeys: string[]; points: number }) => ({ issueKeys: [...b.issueKeys].sort(), points: b.points });
  for (const s of started) {
    const end = s.state === 'active' ? demo.now : s.completeDate!;
    const expected = forwardScopeChange(s.id, s.startDate!, end, demo.data, demo.subtaskIssueIds);
    const c = changes.find((x) => x.sprintId === s.id)!;
    expect({ sprintId: s.id, added: sortedKeys(c.added), removed: sortedKeys(c.removed), reestimatedUp: sortedKeys(c.reestimatedUp), reestimatedDown: sortedKeys(c.reestimatedDown) }).toEqual({
      sprintId: s.id, added: expected.added, removed: expected.removed, reestimatedUp: expected.reestimatedUp, reestimatedDown: expected.reestimatedDown,
    });
    // The net is the change of the sprint's points from its start to just before its end.
    expect(c.netPoints).toBe(expected.atEnd - expected.atStart);
  }
  // The demo is not trivial: issues added and removed, estimates moved both ways, some sprint flagged.
  expect(changes.some((c) => c.added.issueKeys.length > 0)).toBe(true);
  expect(changes.some((c) => c.removed.issueKeys.length > 0)).toBe(true);
  expect(changes.some((c) => c.reestimatedUp.points > 0)).toBe(true);
  expect(changes.some((c) => c.reestimatedDown.points > 0)).toBe(true);
  expect(changes.some((c) => c.flagged)).toBe(true);
  // scopeChangeBySprint's index changes nothing: a single sprint over all timelines gives the same.
  const last = started[started.length - 1]!;
  expect(changes[changes.length - 1]).toEqual(sprintScopeChange(last, demo.timelines, demo.now, 200, 5));
});
