import { DEMO_PEOPLE } from '../../../sandbox/demo/generate';
import { DAY, HOUR, NOW, category, changes, demo, ms, sprintList, statusName } from './fixtures';

describe('demo engagement: sprints and releases', () => {
  const data = demo();
  const closed = data.sprints.filter((s) => s.state === 'closed');
  const active = data.sprints.filter((s) => s.state === 'active');
  const future = data.sprints.filter((s) => s.state === 'future');

  it('has 12 closed two-week sprints, one active sprint around now, and future sprints', () => {
    expect(closed).toHaveLength(12);
    expect(active).toHaveLength(1);
    expect(future.length).toBeGreaterThanOrEqual(1);
    expect(future.length).toBeLessThanOrEqual(2);
    expect(data.sprints.map((s) => s.name)).toEqual(data.sprints.map((s, i) => `ENG Sprint ${i + 1}`));
    const a = active[0]!;
    expect(ms(a.startDate!)).toBeLessThan(NOW - DAY);
    expect(ms(a.startDate!)).toBeGreaterThan(NOW - 10 * DAY);
    expect(ms(a.endDate!)).toBeGreaterThan(NOW);
    for (const [i, s] of closed.entries()) {
      expect(ms(s.endDate!) - ms(s.startDate!)).toBeLessThan(14 * DAY);
      expect(ms(s.completeDate!)).toBeGreaterThanOrEqual(ms(s.endDate!));
      const next = data.sprints[i + 1]!;
      expect(ms(next.startDate ?? s.completeDate!)).toBeGreaterThanOrEqual(ms(s.completeDate!));
      expect(ms(s.createdDate)).toBeLessThan(ms(s.startDate!));
    }
    for (const s of future) expect(s.startDate).toBeUndefined();
  });

  it('plans every closed sprint with work and finishes most of it', () => {
    for (const s of [...closed, ...active]) {
      const members = data.issues.filter((i) => i.fields.sprintIds.includes(s.id));
      expect(members.length).toBeGreaterThan(10);
    }
    const carried = data.issues.filter((i) => i.fields.sprintIds.length > 1);
    expect(carried.length).toBeGreaterThan(20);
    for (const issue of carried) {
      const ids = issue.fields.sprintIds;
      // Carried over: done nowhere but in the last sprint, so still open at each earlier sprint's completion.
      for (const id of ids.slice(0, -1)) {
        const complete = ms(data.sprints.find((s) => s.id === id)!.completeDate!);
        const doneAt = issue.fields.resolutionDate ? ms(issue.fields.resolutionDate) : Infinity;
        expect(doneAt).toBeGreaterThan(complete);
      }
    }
  });

  it('ships done work in the next release after it was resolved', () => {
    const versions = new Map(data.versions.map((v) => [v.id, v]));
    expect(data.versions.filter((v) => v.released).length).toBeGreaterThanOrEqual(5);
    expect(data.versions.filter((v) => !v.released)).toHaveLength(1);
    for (const v of data.versions) expect(ms(v.releaseDate!) <= NOW).toBe(v.released);
    const done = data.issues.filter((i) => category(data, i.fields.statusId) === 'done' && i.fields.issueTypeId !== '10000');
    expect(done.length).toBeGreaterThan(data.issues.length / 2);
    for (const issue of done) {
      expect(issue.fields.fixVersionIds).toHaveLength(1);
      const v = versions.get(issue.fields.fixVersionIds[0]!)!;
      expect(ms(v.releaseDate!)).toBeGreaterThan(ms(issue.fields.resolutionDate!));
      const earlier = data.versions.filter((x) => ms(x.releaseDate!) < ms(v.releaseDate!));
      for (const x of earlier) expect(ms(x.releaseDate!)).toBeLessThan(ms(issue.fields.resolutionDate!) + 14 * DAY);
    }
  });

  it('has issues waiting for acceptance and issues accepted by the client', () => {
    const waiting = data.issues.filter((i) => statusName(data, i.fields.statusId) === 'Ready for Acceptance');
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const acceptedByClient = data.issues.filter((i) =>
      changes(i, 'status').some((c) => c.item.fromString === 'Ready for Acceptance' && c.item.toString === 'Done' && c.authorId === DEMO_PEOPLE.productOwner.accountId),
    );
    expect(acceptedByClient.length).toBeGreaterThan(50);
    const sentBack = data.issues.filter((i) => changes(i, 'status').some((c) => c.item.fromString === 'Ready for Acceptance' && c.item.toString === 'In Progress'));
    expect(sentBack.length).toBeGreaterThan(0);
  });
});

describe('demo engagement: scope change, blockers and escaped defects', () => {
  const data = demo();
  const sprintById = new Map(data.sprints.map((s) => [s.id, s]));

  function sprintMoves(kind: 'added' | 'removed') {
    return data.issues.flatMap((issue) =>
      changes(issue, 'customfield_10020').flatMap(({ at, item }) => {
        const from = sprintList(item.from);
        const to = sprintList(item.to);
        const moved = kind === 'added' ? to.filter((id) => !from.includes(id)) : from.filter((id) => !to.includes(id));
        return moved
          .map((id) => sprintById.get(id)!)
          .filter((s) => s.startDate && at > ms(s.startDate) && at < (s.completeDate ? ms(s.completeDate) : NOW))
          .map((s) => ({ issue, sprint: s, at }));
      }),
    );
  }

  it('adds issues to sprints after they started, and removes some mid-sprint', () => {
    const added = sprintMoves('added');
    const removed = sprintMoves('removed');
    expect(added.length).toBeGreaterThan(10);
    expect(new Set(added.map((a) => a.sprint.id)).size).toBeGreaterThan(6);
    expect(removed.length).toBeGreaterThan(3);
    for (const r of removed) expect(r.issue.fields.sprintIds).not.toContain(r.sprint.id);
  });

  it('re-estimates issues, some while their sprint runs', () => {
    const reestimates = data.issues.flatMap((issue) =>
      changes(issue, 'customfield_10016')
        .filter((c) => c.item.from !== null)
        .map((c) => ({ issue, at: c.at })),
    );
    expect(reestimates.length).toBeGreaterThan(10);
    const during = reestimates.filter(({ issue, at }) =>
      issue.fields.sprintIds.some((id) => {
        const s = sprintById.get(id)!;
        return s.startDate !== undefined && at > ms(s.startDate) && at < ms(s.completeDate ?? s.endDate!);
      }),
    );
    expect(during.length).toBeGreaterThan(3);
  });

  it('has flagged blockers right now on both sides of the 48 h escalation rule', () => {
    const flagged = data.issues.filter((i) => i.fields.flagged);
    const ages = flagged.map((i) => {
      const flags = changes(i, 'customfield_10021');
      return (NOW - flags[flags.length - 1]!.at) / HOUR;
    });
    expect(ages.filter((h) => h > 48).length).toBeGreaterThanOrEqual(2);
    expect(ages.filter((h) => h < 48).length).toBeGreaterThanOrEqual(2);
    expect(ages.some((h) => Math.abs(h - 50) < 0.01)).toBe(true);
    const activeId = data.sprints.find((s) => s.state === 'active')!.id;
    for (const issue of flagged) {
      expect(category(data, issue.fields.statusId)).toBe('indeterminate');
      expect(issue.fields.sprintIds).toContain(activeId);
    }
    const cleared = data.issues.filter((i) => !i.fields.flagged && changes(i, 'customfield_10021').length > 0);
    expect(cleared.length).toBeGreaterThan(5);
  });

  it('has user-found bugs reported by the client within a week after releases', () => {
    const client = new Set(data.users.filter((u) => u.team === 'client').map((u) => u.accountId));
    const bugs = data.issues.filter((i) => i.fields.issueTypeId === '10004' && i.fields.labels.includes('user-found'));
    for (const b of bugs) expect(client.has(b.fields.reporterId)).toBe(true);
    const released = data.versions.filter((v) => v.released);
    const escapedPerRelease = released.map(
      (v) => bugs.filter((b) => ms(b.fields.created) >= ms(v.releaseDate!) && ms(b.fields.created) < ms(v.releaseDate!) + 7 * DAY).length,
    );
    expect(escapedPerRelease.filter((n) => n > 0).length).toBeGreaterThanOrEqual(released.length - 1);
    const qa = data.issues.filter((i) => i.fields.issueTypeId === '10004' && i.fields.reporterId === DEMO_PEOPLE.qa.accountId);
    expect(qa.length).toBeGreaterThan(5);
    expect(qa.every((b) => !b.fields.labels.includes('user-found'))).toBe(true);
  });

  it('has a backlog, client-raised stories, comments in ADF and a few epics', () => {
    expect(data.issues.filter((i) => i.fields.sprintIds.length === 0 && i.fields.issueTypeId !== '10000').length).toBeGreaterThan(10);
    const clientStories = data.issues.filter((i) => i.fields.issueTypeId === '10001' && i.fields.reporterId === DEMO_PEOPLE.productOwner.accountId);
    expect(clientStories.length).toBeGreaterThan(30);
    const comments = data.issues.flatMap((i) => i.comments);
    expect(comments.length).toBeGreaterThan(20);
    for (const c of comments) {
      expect(c.body).toEqual({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: expect.any(String) }] }] });
    }
    expect(data.issues.filter((i) => i.fields.issueTypeId === '10000').length).toBeGreaterThanOrEqual(3);
  });
});
