import { generateEngagement } from '../../../../sandbox/demo/generate';
import { issueTimeline } from '../../../../src/domain/metrics/issueTimeline';
import { velocityBySprint } from '../../../../src/domain/metrics/velocityBySprint';
import type { ChangelogEntry, Sprint } from '../../../../src/domain/types';
import { forwardVelocity } from './forwardVelocity';
import { issue } from './metricsBuilders';

it('over the generated demo, every closed sprint’s velocity equals the test’s forward replay of the raw changelog', () => {
  const now = Date.parse('2025-06-18T12:00:00Z');
  const data = generateEngagement({ now, seed: 'test' });
  const board = data.boards[0]!;
  const done = new Set(board.columns[board.columns.length - 1]!.statusIds);
  const subtaskTypes = new Set(data.issueTypes.filter((t) => t.subtask).map((t) => t.id));
  const fields = { sprintFieldId: data.site.sprintFieldId, estimationFieldId: board.estimationFieldId };

  const entries: ChangelogEntry[] = data.issues.flatMap((i) =>
    i.changelog.map((h) => ({ issueId: i.id, id: h.id, authorId: h.authorId, at: Date.parse(h.created), changes: h.items.map((c) => ({ fieldId: c.fieldId, field: c.field, from: c.from, fromString: c.fromString, to: c.to, toString: c.toString })) })),
  );
  const timelines = data.issues.map((i) =>
    issueTimeline({ ...issue(i.key, { sprintIds: i.fields.sprintIds, points: i.fields.storyPoints, statusId: i.fields.statusId }), id: i.id }, entries, fields, subtaskTypes.has(i.fields.issueTypeId)),
  );
  const sprints: Sprint[] = data.sprints.map((s) => ({
    id: s.id, boardId: s.boardId, name: s.name, state: s.state, goal: s.goal ?? null,
    startDate: s.startDate ? Date.parse(s.startDate) : null, endDate: s.endDate ? Date.parse(s.endDate) : null, completeDate: s.completeDate ? Date.parse(s.completeDate) : null,
  }));
  const velocities = velocityBySprint(sprints, timelines, done, now);
  const rawIssues = data.issues.map((i) => ({
    key: i.key,
    subtask: subtaskTypes.has(i.fields.issueTypeId),
    current: { sprintIds: i.fields.sprintIds, points: i.fields.storyPoints, statusId: i.fields.statusId },
    histories: i.changelog.map((h) => ({ at: Date.parse(h.created), items: h.items })),
  }));

  const closed = sprints.filter((s) => s.state === 'closed');
  expect(closed.length).toBe(12);
  for (const s of closed) {
    const expected = forwardVelocity({ id: s.id, start: s.startDate!, end: s.completeDate! }, rawIssues, done, { sprint: fields.sprintFieldId, points: fields.estimationFieldId });
    const v = velocities.find((x) => x.sprintId === s.id)!;
    expect({ sprintId: s.id, committed: v.committed, completed: v.completed }).toEqual({ sprintId: s.id, ...expected });
  }
  // The demo is not trivial: real work in every closed sprint, and scope moved in some.
  expect(velocities.filter((v) => closed.some((s) => s.id === v.sprintId)).every((v) => v.committed > 0 && v.completed > 0)).toBe(true);
  expect(velocities.some((v) => v.committed !== v.completed)).toBe(true);
});
