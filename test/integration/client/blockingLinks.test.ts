/**
 * The blocker rule's facts end to end: the demo's "Blocks" links in the sandbox Jira, read through
 * the app's Jira adapter (search with `issuelinks`, bulkfetch with the link history) into the health
 * snapshot's records: who blocks each issue, since when (the Link item), whether the blocker is done.
 */
import { healthIssue } from '../../../src/domain/health/healthIssue';
import { entriesByIssue } from '../../../src/domain/changelogByIssue';
import { countedMsBetween } from '../../../src/domain/calendar/countedTime';
import { createJiraPorts } from '../../../src/jira/ports';
import { demoCalendars } from '../../../sandbox/demo/decisions';
import { generateEngagement } from '../../../sandbox/demo/generate';
import type { SandboxData } from '../../../sandbox/jira/model';
import { jiraThroughForge } from '../../support/jiraThroughForge';
import { type Running, startService } from '../sandbox/fixtures';

const NOW = Date.UTC(2025, 9, 15, 13, 0);
const HOUR = 3_600_000;
let svc: Running;
let data: SandboxData;

beforeAll(async () => {
  data = generateEngagement({ now: NOW });
  svc = await startService({ data, now: () => NOW });
});
afterAll(() => svc.close());

async function records() {
  const { jira } = createJiraPorts(jiraThroughForge(svc.url).asApp);
  const fieldIds = await jira.siteFieldIds();
  const issues = await jira.searchIssues('project = ENG ORDER BY key ASC', { fieldIds });
  const byIssue = entriesByIssue(await jira.fetchChangelogs(issues.map((i) => i.id), { fieldIds }));
  const fields = { sprintFieldId: fieldIds.sprint, estimationFieldId: fieldIds.storyPoints, flaggedFieldId: fieldIds.flagged };
  return new Map(issues.map((i) => [i.key, healthIssue(i, byIssue.get(i.id) ?? [], fields)]));
}

it('gives each blocked issue its blockers, dated by the Link item, and nobody else any', async () => {
  const byKey = await records();
  const issue = (id: string) => data.issues.find((i) => i.id === id)!;
  const done = (id: string) => data.statuses.find((s) => s.id === issue(id).fields.statusId)!.categoryKey === 'done';
  const links = data.issueLinks ?? [];
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const link of links) {
    const [blocker, blocked] = [issue(link.inwardIssueId), issue(link.outwardIssueId)];
    const added = blocked.changelog.filter((h) => h.items.some((i) => i.field === 'Link' && i.to === blocker.key)).at(-1)!;
    expect(byKey.get(blocked.key)!.blockedBy).toEqual([{ issueKey: blocker.key, issueId: blocker.id, assigneeId: null, done: done(blocker.id), since: Date.parse(added.created) }]);
  }
  const blockedKeys = new Set(links.map((l) => issue(l.outwardIssueId).key));
  expect([...byKey.values()].filter((h) => h.blockedBy.length > 0).map((h) => h.key).sort()).toEqual([...blockedKeys].sort());
  // Assignees come with the records too.
  const assigned = data.issues.find((i) => i.fields.assigneeId !== null)!;
  expect(byKey.get(assigned.key)!.assigneeId).toBe(assigned.fields.assigneeId);
});

it('has an issue of the active sprint blocked by an open issue for more than 48 business hours of the delivery team', async () => {
  const byKey = await records();
  const active = data.sprints.find((s) => s.state === 'active')!.id;
  const clock = { mode: 'business', calendar: demoCalendars().delivery } as const;
  const due = [...byKey.values()].filter(
    (h) => data.issues.find((i) => i.key === h.key)!.fields.sprintIds.includes(active) && h.blockedBy.some((b) => !b.done && countedMsBetween(b.since, NOW, clock) > 48 * HOUR),
  );
  expect(due.length).toBeGreaterThanOrEqual(1);
  // And a flagged one past 48 business hours, besides those past 48 wall-clock hours.
  const flagged = [...byKey.values()].filter((h) => h.flaggedSince !== null);
  expect(flagged.some((h) => countedMsBetween(h.flaggedSince!, NOW, clock) > 48 * HOUR)).toBe(true);
  expect(flagged.filter((h) => NOW - h.flaggedSince! > 48 * HOUR).length).toBeGreaterThanOrEqual(2);
});

it('sees a link made now on the next read, from now', async () => {
  const [blocker, blocked] = data.issues.filter((i) => i.fields.issueTypeId !== '10000' && (data.issueLinks ?? []).every((l) => l.inwardIssueId !== i.id && l.outwardIssueId !== i.id));
  const created = await svc.call('/rest/api/3/issueLink', { body: { type: { name: 'Blocks' }, inwardIssue: { key: blocker!.key }, outwardIssue: { key: blocked!.key } } });
  expect(created.status).toBe(201);
  expect((await records()).get(blocked!.key)!.blockedBy).toEqual([expect.objectContaining({ issueKey: blocker!.key, since: NOW })]);
});
