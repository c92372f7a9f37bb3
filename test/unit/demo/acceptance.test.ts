import { demoAcceptanceRecords, feedbackOf, stageDemoChangeRequests } from '../../../sandbox/demo/acceptance';
import { demoPolicy } from '../../../sandbox/demo/decisions';
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import type { SandboxData, SandboxIssue } from '../../../sandbox/jira/model';
import { gateVerdict } from '../../../src/domain/acceptance/gate';
import { lastEnteredReadyAt, resolveReadyStatus } from '../../../src/domain/acceptance/readyStatus';
import { acceptanceState } from '../../../src/domain/acceptance/state';
import type { AcceptanceRecord } from '../../../src/domain/acceptance/types';
import { validatePolicy } from '../../../src/domain/policy/schema';
import type { ChangelogEntry } from '../../../src/domain/types';
import { generateEngagement } from '../../../sandbox/demo/generate';
import { category, demo, ms, NOW, statusName } from './fixtures';

const generated = demo();
const policy = demoPolicy(generated);
const statuses = generated.statuses.map((s) => ({ name: s.name, category: s.categoryKey }));
const ready = resolveReadyStatus(statuses, policy.acceptance);

const changelogOf = (issue: SandboxIssue): ChangelogEntry[] =>
  issue.changelog.map((h) => ({ issueId: issue.id, id: h.id, authorId: h.authorId, at: ms(h.created), changes: h.items.map((i) => ({ ...i })) }));

const factsOf = (data: SandboxData, issue: SandboxIssue) => ({
  statusName: statusName(data, issue.fields.statusId),
  statusCategory: category(data, issue.fields.statusId) as 'new' | 'indeterminate' | 'done',
  enteredReadyAt: lastEnteredReadyAt(changelogOf(issue), statuses, ready),
});

/** The label a demo issue shows: its state, with the accepted ones told apart by how they got there. */
function labelOf(data: SandboxData, issue: SandboxIssue, record: AcceptanceRecord | undefined): string {
  const { state, round } = acceptanceState(record, factsOf(data, issue), ready);
  if (state === 'accepted') return record!.verdicts.some((v) => v.verdict === 'changes-requested') ? 'rejected-then-accepted' : 'accepted first pass';
  if (state === 'awaiting') return round > 1 ? 'awaiting a new round' : 'awaiting';
  if (state === 'changes-requested') return `changes requested, now ${statusName(data, issue.fields.statusId)}`;
  return state;
}

/** A copy of the generated engagement with the change requests staged, as the sandbox seeds it. */
function staged(): { data: SandboxData; keys: string[]; records: AcceptanceRecord[] } {
  const data = structuredClone(generated);
  const keys = stageDemoChangeRequests(data, policy, NOW);
  return { data, keys, records: demoAcceptanceRecords(data, policy) };
}

describe('demo acceptance policy', () => {
  it('uses Ready for Acceptance with the gate on, and the client product owners as acceptors', () => {
    expect(policy.acceptance).toEqual({ readyStatus: 'Ready for Acceptance', returnStatus: 'In Progress', gateEnabled: true });
    expect(validatePolicy(policy)).toEqual({ ok: true, policy });
    expect(ready).toEqual({ name: 'Ready for Acceptance', isDoneCategory: false });
    expect(policy.acceptorIds).toEqual([DEMO_PEOPLE.productOwner.accountId, DEMO_PEOPLE.careLead.accountId]);
  });
});

describe('demoAcceptanceRecords (from the generated history)', () => {
  const records = demoAcceptanceRecords(generated, policy);
  const issues = new Map(generated.issues.map((i) => [i.id, i]));

  it('is deterministic and leaves the data alone', () => {
    const before = JSON.stringify(generated);
    expect(JSON.stringify(demoAcceptanceRecords(generated, policy))).toBe(JSON.stringify(records));
    expect(JSON.stringify(generated)).toBe(before);
  });

  it('accepts at every move from Ready for Acceptance to Done by an acceptor', () => {
    const moves = generated.issues.flatMap((issue) =>
      issue.changelog.flatMap((h) => h.items.filter((i) => i.fieldId === 'status' && i.fromString === 'Ready for Acceptance' && i.toString === 'Done').map(() => ({ issue, h }))),
    );
    expect(moves.length).toBeGreaterThan(100);
    const acceptedAt = new Set(records.flatMap((r) => r.verdicts.filter((v) => v.verdict === 'accepted').map((v) => `${r.issueId}@${v.at}`)));
    for (const { issue, h } of moves) expect(acceptedAt.has(`${issue.id}@${ms(h.created)}`)).toBe(policy.acceptorIds.includes(h.authorId));
  });

  it('turns each "Request changes" comment into a change request with its text, in the round it ended', () => {
    const requests = records.flatMap((r) => r.verdicts.filter((v) => v.verdict === 'changes-requested').map((v) => ({ r, v })));
    expect(requests.length).toBeGreaterThan(10);
    for (const { r, v } of requests) {
      const comment = issues.get(r.issueId)!.comments.find((c) => c.authorId === v.byAccountId && ms(c.created) >= v.at && ms(c.created) - v.at <= 10 * 60_000)!;
      expect(v.feedback).toBe(feedbackOf(comment));
      expect(v.feedback).toMatch(/^Request changes: /);
      expect(v.round).toBe(1);
    }
  });

  it('keeps verdicts oldest first with rounds, ready times and versions that add up', () => {
    for (const r of records) {
      expect(r.version).toBe(r.verdicts.length);
      r.verdicts.forEach((v, i) => {
        expect(v.round).toBe(i + 1);
        expect(v.readyAt).not.toBeNull();
        expect(v.readyAt!).toBeLessThan(v.at);
        if (i > 0) expect(v.at).toBeGreaterThan(r.verdicts[i - 1]!.at);
        expect(policy.acceptorIds).toContain(v.byAccountId);
      });
      expect(r.issueKey).toBe(issues.get(r.issueId)!.key);
      expect(r.projectKey).toBe('ENG');
    }
  });
});

describe('the seeded demo (change requests staged)', () => {
  const { data, keys, records } = staged();
  const byIssue = new Map(records.map((r) => [r.issueId, r]));
  const labels = new Map(data.issues.map((i) => [i.key, labelOf(data, i, byIssue.get(i.id))]));
  const count = (label: string) => [...labels.values()].filter((l) => l === label).length;

  it('has issues in every acceptance state, including rejected-then-accepted ones', () => {
    expect(count('not-ready')).toBeGreaterThan(10);
    expect(count('awaiting')).toBeGreaterThanOrEqual(2);
    expect(count('awaiting a new round')).toBe(1);
    expect(count('accepted first pass')).toBeGreaterThan(50);
    expect(count('rejected-then-accepted')).toBeGreaterThanOrEqual(5);
    expect(count('changes requested, now In Progress')).toBe(2);
    expect(new Set(labels.values())).toEqual(
      new Set(['not-ready', 'awaiting', 'awaiting a new round', 'accepted first pass', 'rejected-then-accepted', 'changes requested, now In Progress']),
    );
  });

  it('stages the change requests as the app makes them: moved back by the product owner, with a comment mentioning the assignee', () => {
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      const issue = data.issues.find((i) => i.key === key)!;
      const back = issue.changelog.find((h) => h.items.some((i) => i.fromString === 'Ready for Acceptance' && i.toString === 'In Progress'))!;
      expect(back.authorId).toBe(DEMO_PEOPLE.productOwner.accountId);
      const comment = issue.comments.at(-1)!;
      expect(comment.authorId).toBe(DEMO_PEOPLE.productOwner.accountId);
      const body = JSON.stringify(comment.body);
      expect(body).toContain('Changes requested by Emily Carter:');
      if (issue.fields.assigneeId) expect(body).toContain(`"type":"mention","attrs":{"id":"${issue.fields.assigneeId}"`);
      const verdict = byIssue.get(issue.id)!.verdicts[0]!;
      expect([verdict.verdict, verdict.at, verdict.feedback]).toEqual(['changes-requested', ms(back.created), feedbackOf(comment)]);
      expect(verdict.feedback).not.toContain('Changes requested by');
    }
  });

  it('keeps the Jira data consistent: histories in order and before now, ids unused before, status and updated current', () => {
    const historyIds = data.issues.flatMap((i) => i.changelog.map((h) => h.id));
    const commentIds = data.issues.flatMap((i) => i.comments.map((c) => c.id));
    expect(new Set(historyIds).size).toBe(historyIds.length);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    expect(Math.max(...historyIds.map(Number))).toBeLessThan(data.sequences.history);
    expect(Math.max(...commentIds.map(Number))).toBeLessThan(data.sequences.comment);
    for (const key of keys) {
      const issue = data.issues.find((i) => i.key === key)!;
      const times = issue.changelog.map((h) => ms(h.created));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times, ...issue.comments.map((c) => ms(c.created)))).toBeLessThanOrEqual(ms(issue.fields.updated));
      expect(ms(issue.fields.updated)).toBeLessThan(NOW);
      let status = 'To Do';
      for (const h of issue.changelog) for (const item of h.items.filter((i) => i.fieldId === 'status')) {
        expect(item.fromString).toBe(status);
        status = item.toString!;
      }
      expect(statusName(data, issue.fields.statusId)).toBe(status);
    }
  });

  it('is deterministic', () => {
    const again = staged();
    expect(again.keys).toEqual(keys);
    expect(JSON.stringify(again.data)).toBe(JSON.stringify(data));
    expect(JSON.stringify(again.records)).toBe(JSON.stringify(records));
  });

  it('lets accepted work into Done and keeps the rest out', () => {
    const gate = (issue: SandboxIssue) =>
      gateVerdict({ record: byIssue.get(issue.id), facts: factsOf(data, issue), ready, settings: policy.acceptance, toStatusCategory: 'done', acceptorNames: ['Emily Carter', 'Jordan Ellis'] }).result;
    for (const issue of data.issues) {
      const label = labels.get(issue.key)!;
      if (label.startsWith('awaiting') || label.startsWith('changes requested')) expect(gate(issue)).toBe(false);
      if (label === 'accepted first pass' || label === 'rejected-then-accepted') expect(gate(issue)).toBe(true);
    }
  });
});

describe('staging for other seeds and times', () => {
  it.each([
    [Date.UTC(2025, 9, 13, 0, 30), 'seed-a'],
    [Date.UTC(2025, 9, 19, 23, 0), 'seed-b'],
    [Date.UTC(2024, 10, 3, 7, 0), 'seed-c'],
  ])('now %d, %s', (now, seed) => {
    const data = generateEngagement({ now, seed, issueCount: 400, closedSprints: 8 });
    const p = demoPolicy(data);
    const keys = stageDemoChangeRequests(data, p, now);
    const records = demoAcceptanceRecords(data, p);
    const byIssue = new Map(records.map((r) => [r.issueId, r]));
    const labels = data.issues.map((i) => labelOf(data, i, byIssue.get(i.id)));
    // Whatever the moment, at least two issues still wait in round 1, and there is a change request when there was room for one.
    expect(labels.filter((l) => l === 'awaiting').length).toBeGreaterThanOrEqual(2);
    expect(labels.filter((l) => l === 'changes requested, now In Progress').length).toBe(Math.min(keys.length, 2));
    expect(labels.filter((l) => l === 'awaiting a new round').length).toBe(keys.length === 3 ? 1 : 0);
    for (const issue of data.issues.filter((i) => keys.includes(i.key))) {
      expect(ms(issue.fields.updated)).toBeLessThan(now);
      const times = issue.changelog.map((h) => ms(h.created));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});
