/**
 * The demo engagement's health page, as the app stores and serves it, against the test's own forward
 * replay of the sandbox's raw Jira data (changelog histories, board columns, versions), sprint by
 * sprint and release by release. Nothing here calls the production metric functions.
 */
import type { HealthView } from '../../../src/contract/health';
import type { SandboxData, SandboxIssue } from '../../../sandbox/jira/model';
import type { RunningSandbox } from '../../../sandbox/server';
import { forwardVelocity } from '../../unit/domain/metrics/forwardVelocity';
import { resolverCaller } from '../../support/resolverCaller';
import { personWithRole, testSandbox } from '../../support/sandbox';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const sprintsOf = (v: unknown): number[] => (v === null || v === undefined || v === '' ? [] : String(v).split(',').map((x) => Number(x.trim())));
const pointsOf = (item: { from: string | null; fromString: string | null } | { to: string | null; toString: string | null }, side: 'from' | 'to'): number => {
  const raw = side === 'from' ? ((item as { from: string | null }).from ?? (item as { fromString: string | null }).fromString) : ((item as { to: string | null }).to ?? (item as { toString: string | null }).toString);
  return raw === null || raw === '' ? 0 : Number(raw);
};
const round1 = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

let sandbox: RunningSandbox & { dataDir: string };
let health: HealthView;
let data: SandboxData;
let clientIds: Set<string>;

beforeAll(async () => {
  sandbox = await testSandbox();
  await sandbox.refresh();
  data = sandbox.jira.data();
  const call = resolverCaller(sandbox);
  const lead = personWithRole(sandbox, 'delivery-tech-lead').accountId;
  const project = { key: data.projects[0]!.key };
  const overview = await call('project/overview', lead, { type: 'jira:projectPage', project });
  const policy = await call('policy/get', lead, { type: 'jira:projectPage', project });
  if (!overview.ok || !policy.ok) throw new Error('could not read the health page or the policy');
  health = overview.data.health;
  const p = policy.data.policy;
  // Who the app counts as the client side ("found by users"): the policy's client people.
  clientIds = new Set([p.clientSponsorId ?? '', ...p.acceptorIds, ...p.categories.product.ownerIds, ...p.categories.scope.ownerIds, ...p.categories.product.escalateToIds, ...p.categories.scope.escalateToIds].filter(Boolean));
});
afterAll(() => sandbox.close());

const board = () => data.boards[0]!;
const done = () => new Set(board().columns.filter((c) => c.statusIds.length > 0).at(-1)!.statusIds);
const subtask = (i: SandboxIssue) => data.issueTypes.find((t) => t.id === i.fields.issueTypeId)?.subtask === true;
const typeName = (i: SandboxIssue) => data.issueTypes.find((t) => t.id === i.fields.issueTypeId)?.name ?? '';
const histories = (i: SandboxIssue) => [...i.changelog].sort((a, b) => Date.parse(a.created) - Date.parse(b.created));
const now = () => sandbox.clock.now();
const sprintEnd = (s: SandboxData['sprints'][number]) => (s.state === 'active' ? now() : Date.parse(s.completeDate ?? s.endDate!));

it('velocity of every closed sprint equals the forward replay', () => {
  const raw = data.issues.map((i) => ({
    key: i.key,
    subtask: subtask(i),
    current: { sprintIds: i.fields.sprintIds, points: i.fields.storyPoints, statusId: i.fields.statusId },
    histories: i.changelog.map((h) => ({ at: Date.parse(h.created), items: h.items.map((it) => ({ ...it, from: it.fieldId === board().estimationFieldId ? (it.from ?? it.fromString) : it.from })) })),
  }));
  const closed = data.sprints.filter((s) => s.state === 'closed');
  expect(closed.length).toBeGreaterThan(3);
  for (const s of closed) {
    const expected = forwardVelocity({ id: s.id, start: Date.parse(s.startDate!), end: Date.parse(s.completeDate!) }, raw, done(), { sprint: data.site.sprintFieldId, points: board().estimationFieldId });
    const row = health.velocity.find((v) => v.sprintId === s.id)!;
    expect({ sprint: s.name, committed: row.committed.value, completed: row.completed.value }).toEqual({ sprint: s.name, ...expected });
  }
});

it('scope change of every started sprint equals the forward replay: added, removed, re-estimated up and down', () => {
  const started = data.sprints.filter((s) => s.state !== 'future' && s.startDate);
  for (const s of started) {
    const start = Date.parse(s.startDate!);
    const end = sprintEnd(s);
    const totals = { added: 0, removed: 0, up: 0, down: 0 };
    for (const issue of data.issues) {
      if (subtask(issue)) continue;
      const list = histories(issue);
      const firstSprint = list.flatMap((h) => h.items).find((it) => it.fieldId === data.site.sprintFieldId);
      const firstPoints = list.flatMap((h) => h.items).find((it) => it.fieldId === board().estimationFieldId);
      let inSprint = (firstSprint ? sprintsOf(firstSprint.from) : issue.fields.sprintIds).includes(s.id);
      let points = firstPoints ? pointsOf(firstPoints, 'from') : (issue.fields.storyPoints ?? 0);
      for (const h of list) {
        const at = Date.parse(h.created);
        let nextIn = inSprint;
        let nextPoints = points;
        for (const it of h.items) {
          if (it.fieldId === data.site.sprintFieldId) nextIn = sprintsOf(it.to).includes(s.id);
          if (it.fieldId === board().estimationFieldId) nextPoints = pointsOf(it, 'to');
        }
        if (at > start && at < end) {
          if (!inSprint && nextIn) totals.added += nextPoints;
          else if (inSprint && !nextIn) totals.removed += points;
          else if (inSprint && nextIn && nextPoints > points) totals.up += nextPoints - points;
          else if (inSprint && nextIn && nextPoints < points) totals.down += points - nextPoints;
        }
        inSprint = nextIn;
        points = nextPoints;
      }
    }
    const row = health.scope.find((r) => r.sprintId === s.id)!;
    expect({ sprint: s.name, added: row.added.value, removed: row.removed.value, up: row.reestimatedUp.value, down: row.reestimatedDown.value }).toEqual({ sprint: s.name, ...totals });
    expect(row.netPoints).toBe(totals.added - totals.removed + totals.up - totals.down);
  }
  expect(health.scope.some((r) => r.added.value > 0)).toBe(true);
});

it('lead time per month and over the last 90 days equals the forward replay (count and median)', () => {
  const released = new Map(data.versions.filter((v) => v.released && v.releaseDate).map((v) => [v.id, Date.parse(v.releaseDate!)]));
  const leadTimes: { releasedAt: number; days: number }[] = [];
  for (const issue of data.issues) {
    if (subtask(issue)) continue;
    const created = Date.parse(issue.fields.created);
    const dates = issue.fields.fixVersionIds.map((id) => released.get(id)).filter((t): t is number => t !== undefined && t >= created);
    if (dates.length > 0) {
      const at = Math.min(...dates);
      leadTimes.push({ releasedAt: at, days: (at - created) / DAY });
      continue;
    }
    if (!done().has(issue.fields.statusId)) continue;
    let entered: number | null = null;
    for (const h of histories(issue)) {
      for (const it of h.items) if (it.fieldId === 'status' && done().has(it.to ?? '') && !done().has(it.from ?? '')) entered = Date.parse(h.created);
    }
    if (entered !== null) leadTimes.push({ releasedAt: entered, days: (entered - created) / DAY });
  }
  const recent = leadTimes.filter((l) => l.releasedAt > now() - 90 * DAY && l.releasedAt <= now());
  expect(health.leadTime.last90Days.count).toBe(recent.length);
  expect(health.leadTime.last90Days.medianDays).toBe(round1(median(recent.map((l) => l.days))!));
  for (const month of health.leadTime.months) {
    const inMonth = leadTimes.filter((l) => new Date(l.releasedAt).toISOString().slice(0, 7) === month.key);
    expect({ month: month.key, count: month.count }).toEqual({ month: month.key, count: inMonth.length });
    if (inMonth.length > 0) expect(month.medianDays).toBe(round1(median(inMonth.map((l) => l.days))!));
  }
  expect(leadTimes.length).toBeGreaterThan(50);
});

it('defect escape per release equals the count of bugs found by users in the week after it, over its features', () => {
  const releases = data.versions.filter((v) => v.released && v.releaseDate).map((v) => ({ v, at: Date.parse(v.releaseDate!) })).sort((a, b) => a.at - b.at);
  const userFound = (i: SandboxIssue) => clientIds.has(i.fields.reporterId) || i.fields.labels.some((l) => ['user-found', 'client-reported'].includes(l.toLowerCase()));
  expect(health.defectEscape.map((r) => r.versionId)).toEqual(releases.map((r) => r.v.id));
  for (const { v, at } of releases) {
    const bugs = data.issues.filter((i) => {
      if (typeName(i) !== 'Bug' || !userFound(i)) return false;
      const created = Date.parse(i.fields.created);
      if (created < at || created >= at + 7 * DAY) return false;
      // The most recent release at or before the bug's creation owns it.
      const owner = releases.filter((r) => r.at <= created).at(-1)!;
      return owner.v.id === v.id;
    });
    const features = data.issues.filter((i) => i.fields.fixVersionIds.includes(v.id) && typeName(i) !== 'Bug' && typeName(i) !== 'Epic' && !subtask(i));
    const row = health.defectEscape.find((r) => r.versionId === v.id)!;
    expect({ version: v.name, escaped: row.escaped.value, features: row.features.value }).toEqual({ version: v.name, escaped: bugs.length, features: features.length });
  }
  expect(health.defectEscape.some((r) => r.escaped.value > 0)).toBe(true);
});
