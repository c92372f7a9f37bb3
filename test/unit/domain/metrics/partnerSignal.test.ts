/**
 * The partner signal per calendar month (UTC): checked against a computation written here from raw
 * Jira JSON (issues with their `issuelinks`, reporters with their account type) and acceptance
 * records, then the exclusions, the month boundaries and the months with nothing in them.
 */
import type { AcceptanceRecord, AcceptanceVerdict } from '../../../../src/domain/acceptance/types';
import { healthIssue } from '../../../../src/domain/health/healthIssue';
import { firstChangeRequests, partnerMonths, type PartnerIssue } from '../../../../src/domain/metrics/partnerSignal';
import { mapIssue } from '../../../../src/jira/mappers';

const FIELD_IDS = { storyPoints: 'customfield_10016', sprint: 'customfield_10020', flagged: 'customfield_10021' };
const HEALTH_FIELDS = { sprintFieldId: 'customfield_10020', estimationFieldId: 'customfield_10016', flaggedFieldId: 'customfield_10021' };
const IDEA_TYPES = ['Story', 'Improvement', 'Bug'];
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-09T10:00:00Z');

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

interface RawUser {
  accountId: string;
  accountType: 'atlassian' | 'app';
}
const CLIENT = [{ accountId: 'client-po', accountType: 'atlassian' }, { accountId: 'client-qa', accountType: 'atlassian' }] as const satisfies RawUser[];
const DELIVERY = [{ accountId: 'dev-1', accountType: 'atlassian' }, { accountId: 'lead', accountType: 'atlassian' }] as const satisfies RawUser[];
const APPS = [{ accountId: 'this-app', accountType: 'app' }, { accountId: 'automation', accountType: 'app' }] as const satisfies RawUser[];

interface RawIssue {
  id: string;
  key: string;
  type: string;
  created: number;
  reporter: RawUser | null;
}
interface RawLink {
  type: { name: string; inward: string; outward: string };
  /** The link's inward end (e.g. the blocker) and outward end. */
  inward: string;
  outward: string;
}
const LINK_TYPES = [
  { name: 'Relates', inward: 'relates to', outward: 'relates to' },
  { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
];

/** An issue as Jira's search returns it, its links as its `issuelinks` field shows them (the other end only). */
function jiraJson(issue: RawIssue, links: readonly RawLink[], keyOf: (id: string) => string): unknown {
  const issuelinks = links.flatMap((l): Record<string, unknown>[] => {
    if (l.inward === issue.id) return [{ type: l.type, outwardIssue: { id: l.outward, key: keyOf(l.outward), fields: { summary: 'x' } } }];
    if (l.outward === issue.id) return [{ type: l.type, inwardIssue: { id: l.inward, key: keyOf(l.inward), fields: { summary: 'x' } } }];
    return [];
  });
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: `Issue ${issue.key}`,
      issuetype: { name: issue.type, subtask: false },
      project: { key: 'ENG' },
      status: { id: '1', name: 'To Do', statusCategory: { key: 'new' } },
      created: new Date(issue.created).toISOString(),
      updated: new Date(issue.created).toISOString(),
      labels: [],
      reporter: issue.reporter ? { accountId: issue.reporter.accountId, accountType: issue.reporter.accountType, displayName: issue.reporter.accountId } : null,
      issuelinks,
    },
  };
}

const verdict = (v: AcceptanceVerdict['verdict'], at: number, round = 1): AcceptanceVerdict => ({ round, verdict: v, byAccountId: 'client-po', at, feedback: v === 'changes-requested' ? 'Change it' : null, readyAt: null });
const record = (issueId: string, verdicts: AcceptanceVerdict[]): AcceptanceRecord => ({ projectKey: 'ENG', issueId, issueKey: `K-${issueId}`, verdicts, version: verdicts.length });

/** A random engagement: issues over nine months, links of every kind, change requests and acceptances. */
function engagement(seed: number) {
  const rng = random(seed);
  const start = Date.parse('2026-03-20T00:00:00Z');
  const issues: RawIssue[] = Array.from({ length: 400 }, (_, i) => ({
    id: String(20000 + i),
    key: `ENG-${i + 1}`,
    type: rng.pick(['Story', 'story', 'Bug', 'Improvement', 'Task', 'Epic', 'Sub-task']),
    created: Math.floor(start + rng.next() * (NOW - start)),
    reporter: rng.next() < 0.05 ? null : rng.pick<RawUser>([...CLIENT, ...DELIVERY, ...DELIVERY, ...APPS]),
  }));
  const links: RawLink[] = Array.from({ length: 250 }, () => {
    const [a, b] = [rng.pick(issues), rng.pick(issues)];
    return { type: rng.pick(LINK_TYPES), inward: a.id, outward: b.id };
  }).filter((l) => l.inward !== l.outward);
  const records: AcceptanceRecord[] = issues
    .filter(() => rng.next() < 0.2)
    .map((issue) => {
      const at = issue.created + Math.floor(rng.next() * 60 * DAY);
      return record(issue.id, rng.next() < 0.6 ? [verdict('changes-requested', at), verdict('changes-requested', at + 3 * DAY, 2), verdict('accepted', at + 5 * DAY, 3)] : [verdict('accepted', at)]);
    });
  return { issues, links, records };
}

/** The records the snapshot keeps, made the way a refresh makes them: Jira JSON → mapIssue → healthIssue. */
function records(issues: readonly RawIssue[], links: readonly RawLink[]): PartnerIssue[] {
  const keys = new Map(issues.map((i) => [i.id, i.key]));
  return issues.map((i) => healthIssue(mapIssue(jiraJson(i, links, (id) => keys.get(id) ?? '?'), FIELD_IDS), [], HEALTH_FIELDS));
}

/** The same numbers, computed from the raw data without the production code. */
function expected(issues: readonly RawIssue[], links: readonly RawLink[], acceptance: readonly AcceptanceRecord[], clients: ReadonlySet<string>) {
  const monthOf = (t: number) => new Date(t).toISOString().slice(0, 7);
  const [year, month] = [new Date(NOW).getUTCFullYear(), new Date(NOW).getUTCMonth()];
  const keys = Array.from({ length: 6 }, (_, i) => {
    const m = year * 12 + month - 5 + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  const changeRequests = acceptance.flatMap((r) => r.verdicts.filter((v) => v.verdict === 'changes-requested').map((v) => ({ issueId: r.issueId, at: v.at })));
  const linkedTo = (id: string) => links.flatMap((l) => (l.inward === id ? [l.outward] : l.outward === id ? [l.inward] : []));
  return keys.map((key) => {
    const ideas = issues.filter((i) => monthOf(i.created) === key && IDEA_TYPES.some((t) => t.toLowerCase() === i.type.toLowerCase()));
    const excluded = ideas.filter((i) => i.reporter?.accountType === 'app' || linkedTo(i.id).some((other) => changeRequests.some((cr) => cr.issueId === other && cr.at <= i.created)));
    const counted = ideas.filter((i) => !excluded.includes(i));
    const client = counted.filter((i) => i.reporter !== null && clients.has(i.reporter.accountId));
    const ids = (list: RawIssue[]) => [...list].sort((a, b) => a.created - b.created).map((i) => i.id);
    return { key, client: ids(client), counted: ids(counted), excluded: ids(excluded), share: counted.length === 0 ? null : client.length / counted.length };
  });
}

const clients = new Set(CLIENT.map((u) => u.accountId));

describe('partnerMonths', () => {
  it.each([1, 2, 3, 4, 5])('agrees with a computation from the raw issues, links and acceptance records (seed %i)', (seed) => {
    const { issues, links, records: acceptance } = engagement(seed);
    const months = partnerMonths(records(issues, links), { ideaTypes: IDEA_TYPES }, clients, firstChangeRequests(acceptance), NOW);
    const got = months.map((m) => ({
      key: m.key,
      client: m.counted.filter((c) => c.byClient).map((c) => c.issueId),
      counted: m.counted.map((c) => c.issueId),
      excluded: m.excluded.map((e) => e.issueId),
      share: m.share,
    }));
    const want = expected(issues, links, acceptance, clients);
    expect(got).toEqual(want);
    expect(months.map((m) => m.client)).toEqual(want.map((m) => m.client.length));
    // The random engagement exercises every path.
    expect(want.some((m) => m.excluded.length > 0 && m.client.length > 0 && m.counted.length > m.client.length)).toBe(true);
  });

  it('the last 6 calendar months in UTC, the current one last and not complete', () => {
    const months = partnerMonths([], { ideaTypes: IDEA_TYPES }, clients, new Map(), NOW);
    expect(months.map((m) => [m.key, m.complete])).toEqual([
      ['2026-07', true],
      ['2026-08', true],
      ['2026-09', true],
      ['2026-10', true],
      ['2026-11', true],
      ['2026-12', false],
    ]);
    expect(months[5]).toMatchObject({ start: Date.parse('2026-12-01T00:00:00Z'), end: Date.parse('2027-01-01T00:00:00Z') });
    // Across a year's start.
    expect(partnerMonths([], { ideaTypes: IDEA_TYPES }, clients, new Map(), Date.parse('2027-02-01T00:00:00Z')).map((m) => m.key)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('months with no idea or problem have share null and empty lists; issues outside the 6 months are not read', () => {
    const issue = (id: string, created: string, extra: Partial<PartnerIssue> = {}): PartnerIssue => ({ id, key: `ENG-${id}`, issueType: 'Story', created: Date.parse(created), reporterId: 'client-po', reporterIsApp: false, linkedIssueIds: [], ...extra });
    const months = partnerMonths([issue('1', '2026-06-30T23:59:59Z'), issue('2', '2026-09-10T00:00:00Z'), issue('3', '2026-09-11T00:00:00Z', { issueType: 'Task' })], { ideaTypes: IDEA_TYPES }, clients, new Map(), NOW);
    expect(months.map((m) => m.share)).toEqual([null, null, 1, null, null, null]);
    expect(months.filter((m) => m.key !== '2026-09').every((m) => m.counted.length === 0 && m.excluded.length === 0 && m.client === 0)).toBe(true);
  });

  it('a month runs from its first instant in UTC to the next one’s, whatever the client’s time zone', () => {
    const issue = (id: string, created: string): PartnerIssue => ({ id, key: `ENG-${id}`, issueType: 'Bug', created: Date.parse(created), reporterId: 'dev-1', reporterIsApp: false, linkedIssueIds: [] });
    // 19:30 on 31 October in New York is already November in UTC.
    const months = partnerMonths([issue('1', '2026-10-31T23:59:59.999Z'), issue('2', '2026-11-01T00:00:00Z'), issue('3', '2026-10-31T19:30:00-05:00')], { ideaTypes: IDEA_TYPES }, clients, new Map(), NOW);
    expect(months.find((m) => m.key === '2026-10')!.counted.map((c) => c.issueId)).toEqual(['1']);
    expect(months.find((m) => m.key === '2026-11')!.counted.map((c) => c.issueId)).toEqual(['2', '3']);
  });
});

describe('partnerMonths: what is left out', () => {
  const NOV = (day: number, hour = 10) => Date.UTC(2026, 10, day, hour);
  const issue = (id: string, created: number, extra: Partial<PartnerIssue> = {}): PartnerIssue => ({ id, key: `ENG-${id}`, issueType: 'Story', created, reporterId: 'client-po', reporterIsApp: false, linkedIssueIds: [], ...extra });
  const november = (issues: PartnerIssue[], changeRequestedAt: Map<string, number> = new Map()) => partnerMonths(issues, { ideaTypes: IDEA_TYPES }, clients, changeRequestedAt, NOW).find((m) => m.key === '2026-11')!;

  it('an issue an app created (this app’s calibration calls, Automation for Jira) counts on neither side', () => {
    const m = november([issue('1', NOV(2)), issue('2', NOV(3), { reporterId: 'this-app', reporterIsApp: true }), issue('3', NOV(4), { reporterId: 'dev-1' })]);
    expect(m.counted.map((c) => [c.issueId, c.byClient])).toEqual([['1', true], ['3', false]]);
    expect(m.excluded).toEqual([{ issueId: '2', created: NOV(3), why: { kind: 'app' } }]);
    expect(m.share).toBe(0.5);
  });

  it('a follow-up of a change request — linked to an issue whose change request came before it — is left out, whoever reported it', () => {
    const crAt = NOV(5);
    const m = november(
      [
        issue('10', NOV(1)), // the issue that got the change request
        issue('11', NOV(6), { linkedIssueIds: ['10'] }), // created after: a follow-up
        issue('12', crAt, { linkedIssueIds: ['10'], reporterId: 'dev-1' }), // created at the same instant: a follow-up
        issue('13', NOV(4), { linkedIssueIds: ['10'] }), // existed before the change request: counted
        issue('14', NOV(7), { linkedIssueIds: ['99'] }), // linked to an issue only ever accepted: counted
      ],
      new Map([['10', crAt]]),
    );
    expect(m.excluded.map((e) => [e.issueId, e.why])).toEqual([
      ['12', { kind: 'follow-up', changeRequestIssueId: '10' }],
      ['11', { kind: 'follow-up', changeRequestIssueId: '10' }],
    ]);
    expect(m.counted.map((c) => c.issueId)).toEqual(['10', '13', '14']);
    expect(m.client).toBe(3);
  });

  it('an app-created follow-up is left out once, as created by an app', () => {
    const m = november([issue('1', NOV(9), { reporterIsApp: true, reporterId: 'this-app', linkedIssueIds: ['10'] })], new Map([['10', NOV(1)]]));
    expect(m.excluded).toEqual([{ issueId: '1', created: NOV(9), why: { kind: 'app' } }]);
    expect(m.share).toBeNull();
  });

  it('types match in any case; other types and an unknown reporter are as documented', () => {
    const m = november([issue('1', NOV(2), { issueType: 'IMPROVEMENT' }), issue('2', NOV(3), { issueType: 'Task' }), issue('3', NOV(4), { reporterId: null })]);
    expect(m.counted.map((c) => [c.issueId, c.byClient])).toEqual([['1', true], ['3', false]]);
  });

  it('firstChangeRequests keeps the first change request of each issue; an acceptance alone is none', () => {
    const first = firstChangeRequests([
      record('1', [verdict('changes-requested', 900, 2), verdict('changes-requested', 500), verdict('accepted', 1000, 3)]),
      record('2', [verdict('accepted', 300)]),
      record('3', []),
    ]);
    expect([...first]).toEqual([['1', 500]]);
  });
});
