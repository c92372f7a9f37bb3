import { CLIENT_TIME_ZONE, DELIVERY_TIME_ZONE } from '../../../sandbox/demo/generate';
import { tzOffset } from '@date-fns/tz';
import { NOW, category, changes, demo, ms, sprintList, statusName } from './fixtures';

describe('demo engagement: changelogs agree with the issues', () => {
  const data = demo();

  it('has ids and keys in order, unique history and comment ids, and sequences above them', () => {
    data.issues.forEach((issue, i) => {
      expect(issue.id).toBe(String(10001 + i));
      expect(issue.key).toBe(`ENG-${i + 1}`);
    });
    const historyIds = data.issues.flatMap((i) => i.changelog.map((h) => Number(h.id)));
    const commentIds = data.issues.flatMap((i) => i.comments.map((c) => Number(c.id)));
    expect(new Set(historyIds).size).toBe(historyIds.length);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    expect(data.sequences.history).toBeGreaterThan(Math.max(...historyIds));
    expect(data.sequences.comment).toBeGreaterThan(Math.max(...commentIds));
    expect(data.sequences.issue).toBeGreaterThan(Math.max(...data.issues.map((i) => Number(i.id))));
  });

  it('keeps histories oldest first, between created and updated, never after now', () => {
    for (const issue of data.issues) {
      const created = ms(issue.fields.created);
      const updated = ms(issue.fields.updated);
      let prev = created;
      for (const h of issue.changelog) {
        const t = ms(h.created);
        expect(t).toBeGreaterThanOrEqual(prev);
        prev = t;
      }
      expect(prev).toBeLessThanOrEqual(updated);
      for (const c of issue.comments) expect(ms(c.created)).toBeGreaterThanOrEqual(created);
      expect(updated).toBeLessThanOrEqual(NOW);
    }
  });

  it('walks status changes from To Do to the current status, with a resolution date exactly when done', () => {
    for (const issue of data.issues) {
      const steps = changes(issue, 'status');
      let current = 'To Do';
      for (const { item } of steps) {
        expect(item.fromString).toBe(current);
        expect(item.from).toBe(data.statuses.find((s) => s.name === current)!.id);
        current = item.toString!;
      }
      expect(current).toBe(statusName(data, issue.fields.statusId));
      const done = category(data, issue.fields.statusId) === 'done';
      expect(issue.fields.resolutionDate !== null).toBe(done);
      if (done) expect(issue.fields.resolutionDate).toBe(issue.changelog.find((h) => h.items.some((i) => i.toString === 'Done'))!.created);
    }
  });

  it('ends every field history at the field value: Sprint, Story Points, Flagged, assignee, priority, labels', () => {
    for (const issue of data.issues) {
      const f = issue.fields;
      let sprints: number[] = [];
      for (const { item } of changes(issue, 'customfield_10020')) {
        expect(sprintList(item.from)).toEqual(sprints);
        sprints = sprintList(item.to);
        expect(item.toString ?? '').toBe(sprints.map((id) => data.sprints.find((s) => s.id === id)!.name).join(', '));
      }
      expect(sprints).toEqual(f.sprintIds);
      const points = changes(issue, 'customfield_10016');
      if (points.length) expect(points[points.length - 1]!.item.toString).toBe(String(f.storyPoints));
      for (let i = 1; i < points.length; i++) expect(points[i]!.item.fromString).toBe(points[i - 1]!.item.toString);
      const flags = changes(issue, 'customfield_10021');
      expect(flags.length ? flags[flags.length - 1]!.item.toString === 'Impediment' : false).toBe(f.flagged);
      const assignees = changes(issue, 'assignee');
      if (assignees.length) expect(assignees[assignees.length - 1]!.item.to).toBe(f.assigneeId);
      const priorities = changes(issue, 'priority');
      if (priorities.length) expect(priorities[priorities.length - 1]!.item.toString).toBe(f.priority);
      const labels = changes(issue, 'labels');
      if (labels.length) expect(labels[labels.length - 1]!.item.toString).toBe(f.labels.join(' '));
      const versions = changes(issue, 'fixVersions');
      expect(versions.map((v) => v.item.to)).toEqual(f.fixVersionIds);
    }
  });

  it('has work assigned before it starts and unestimated bugs and tasks alongside Fibonacci estimates', () => {
    for (const issue of data.issues) {
      const start = changes(issue, 'status')[0];
      if (!start || issue.fields.issueTypeId === '10000') continue;
      const assigned = changes(issue, 'assignee').find((c) => c.item.from === null);
      if (assigned) expect(assigned.at).toBeLessThan(start.at);
      expect(issue.fields.assigneeId).not.toBeNull();
    }
    const points = data.issues.map((i) => i.fields.storyPoints);
    expect(points.filter((p) => p !== null).every((p) => [1, 2, 3, 5, 8, 13].includes(p!))).toBe(true);
    expect(data.issues.some((i) => i.fields.issueTypeId === '10004' && i.fields.storyPoints === null)).toBe(true);
    expect(data.issues.some((i) => i.fields.issueTypeId === '10001' && i.fields.storyPoints === 13)).toBe(true);
  });

  it('puts status changes in the working hours of the person making them', () => {
    let inHours = 0;
    let total = 0;
    const zoneOf = new Map(data.users.map((u) => [u.accountId, u.timeZone]));
    for (const issue of data.issues) {
      for (const { at, authorId } of changes(issue, 'status')) {
        const zone = zoneOf.get(authorId)!;
        expect([CLIENT_TIME_ZONE, DELIVERY_TIME_ZONE]).toContain(zone);
        const local = new Date(at + tzOffset(zone, new Date(at)) * 60_000);
        const hour = local.getUTCHours();
        const weekday = local.getUTCDay() !== 0 && local.getUTCDay() !== 6;
        total++;
        if (weekday && hour >= 9 && hour < 18) inHours++;
      }
    }
    expect(inHours / total).toBeGreaterThan(0.9);
  });
});
