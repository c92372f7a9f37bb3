import { blockerEscalations } from '../../../../src/domain/escalation/blockerRule';
import type { EngagementPolicy } from '../../../../src/domain/policy/types';
import {
  aScannedIssue,
  anEscalationPolicy,
  ASSIGNEE,
  at,
  BLOCKED_STATUS,
  CLIENT_SPONSOR,
  DELIVERY_SPONSOR,
  IN_PROGRESS,
  iso,
  MINUTE,
  UNBLOCKER,
} from './escalationBuilders';

const statusNames = new Map([[BLOCKED_STATUS, 'Blocked']]);
const run = (issues: Parameters<typeof blockerEscalations>[0], policy: EngagementPolicy, now: number) => blockerEscalations(issues, { policy, statusNames, now });

describe('blockerEscalations on the business clock (the delivery team in Warsaw, 09:00–17:00)', () => {
  const policy = anEscalationPolicy();
  // Thursday 22 Oct 2026, 10:00 CEST. Warsaw falls back to CET on Sunday 25 Oct.
  const flagged = at('2026-10-22T08:00:00Z');
  const issue = aScannedIssue({ flaggedSince: flagged });

  it('escalates once the blocker has lasted more than 48 business hours, due at the 48th across the weekend and the DST change', () => {
    // Thu 7 h + Fri 8 h + Mon–Thu 32 h = 47 h; the 48th ends Friday 30 Oct 10:00 CET = 09:00Z (not 08:00Z, as CEST would say).
    const [escalation, ...rest] = run([issue], policy, at('2026-10-30T09:30:00Z'));
    expect(rest).toEqual([]);
    expect(escalation).toEqual({
      id: 'blocker:10001_1792656000000:escalate',
      rule: 'blocker',
      subjectId: '10001:1792656000000',
      step: 'escalate',
      issueId: '10001',
      issueKey: 'ENG-1',
      dueAt: at('2026-10-30T09:00:00Z'),
      recipients: [
        { accountId: CLIENT_SPONSOR, role: 'client-sponsor' },
        { accountId: DELIVERY_SPONSOR, role: 'delivery-sponsor' },
        { accountId: ASSIGNEE, role: 'assignee' },
      ],
      facts: { rule: 'blocker', summary: 'Export the report', blockedSince: flagged, countedHours: 48.5, clockWords: 'business hours', sources: [{ kind: 'flagged', since: flagged }], thresholdHours: 48 },
    });
  });

  it('does not escalate at exactly 48 business hours, nor over a weekend that counts nothing', () => {
    expect(run([issue], policy, at('2026-10-30T09:00:00Z'))).toEqual([]);
    // Monday 26 Oct 17:00 CET: 23 business hours, though more than 100 wall hours have passed.
    expect(run([issue], policy, at('2026-10-26T16:00:00Z'))).toEqual([]);
  });

  it('keeps the due time and counts on while the episode lasts', () => {
    const [escalation] = run([issue], policy, at('2026-10-31T12:00:00Z')); // Saturday: Friday's 7 h after the 48th, then nothing
    expect(iso(escalation!.dueAt)).toBe('2026-10-30T09:00:00.000Z');
    expect(escalation!.facts).toMatchObject({ countedHours: 55 });
  });

  it('times a blocked status from when the issue entered it', () => {
    const entered = at('2026-10-23T14:00:00Z'); // Friday 16:00 CEST: 1 h Friday, then 8 h a day from Monday
    const inStatus = aScannedIssue({ statusId: [{ since: -Infinity, value: IN_PROGRESS }, { since: entered, value: BLOCKED_STATUS }] });
    // 1 + 5 × 8 = 41 h by Friday 30 Oct; Monday 2 Nov 08:00Z + 7 h = 15:00Z (16:00 CET).
    const [escalation] = run([inStatus], policy, at('2026-11-02T15:01:00Z'));
    expect(iso(escalation!.dueAt)).toBe('2026-11-02T15:00:00.000Z');
    expect(escalation!.facts).toMatchObject({ sources: [{ kind: 'status', since: entered, statusId: BLOCKED_STATUS, statusName: 'Blocked' }] });
  });

  it('does nothing when the rule is off', () => {
    const off = anEscalationPolicy();
    off.escalation.rules.blocker.enabled = false;
    expect(run([issue], off, at('2026-11-30T12:00:00Z'))).toEqual([]);
  });
});

describe('blockerEscalations on other clocks', () => {
  it('counts every hour on the wall clock, weekend and DST change included', () => {
    const wall = anEscalationPolicy({ clockMode: 'wall' });
    const flagged = at('2026-10-24T12:00:00Z'); // Saturday 14:00 CEST; 48 h later it is Monday 13:00 CET
    const issue = aScannedIssue({ flaggedSince: flagged });
    expect(run([issue], wall, at('2026-10-26T12:00:00Z'))).toEqual([]);
    const [escalation] = run([issue], wall, at('2026-10-26T12:30:00Z'));
    expect(iso(escalation!.dueAt)).toBe('2026-10-26T12:00:00.000Z');
    expect(escalation!.facts).toMatchObject({ countedHours: 48.5, clockWords: null });
  });

  it('counts only the daily overlap window (14:00–18:00 UTC on days both teams work) on the overlap clock', () => {
    const overlap = anEscalationPolicy({ clockMode: 'overlap' });
    overlap.health.thresholds.blockers.redHours = 8;
    const issue = aScannedIssue({ flaggedSince: at('2026-10-30T15:00:00Z') }); // Friday: 3 h, Monday: 4 h, Tuesday: the 8th ends 15:00Z
    expect(run([issue], overlap, at('2026-11-03T15:00:00Z'))).toEqual([]);
    const [escalation] = run([issue], overlap, at('2026-11-03T15:00:00Z') + 30 * MINUTE);
    expect(iso(escalation!.dueAt)).toBe('2026-11-03T15:00:00.000Z');
    expect(escalation!.facts).toMatchObject({ countedHours: 8.5, clockWords: 'overlap hours', thresholdHours: 8 });
  });
});

describe('blockerEscalations: recipients and episodes', () => {
  const wall = anEscalationPolicy({ clockMode: 'wall' });
  const since = at('2026-11-02T08:00:00Z');
  const now = at('2026-11-05T08:00:00Z'); // 72 h later

  it('names both sponsors, the assignee, then the assignees of the blocking issues, each once with the first role', () => {
    const issue = aScannedIssue({
      assigneeId: CLIENT_SPONSOR,
      blockedBy: [
        { issueKey: 'ENG-7', since, assigneeId: UNBLOCKER, done: false },
        { issueKey: 'ENG-8', since, assigneeId: CLIENT_SPONSOR, done: false },
        { issueKey: 'ENG-9', since, assigneeId: null, done: false },
        { issueKey: 'ENG-10', since, assigneeId: 'acc-done', done: true },
        { issueKey: 'ENG-11', since, assigneeId: UNBLOCKER, done: false },
      ],
    });
    const [escalation] = run([issue], { ...wall, deliverySponsorId: null }, now);
    expect(escalation!.recipients).toEqual([
      { accountId: CLIENT_SPONSOR, role: 'client-sponsor' },
      { accountId: UNBLOCKER, role: 'unblocker' },
    ]);
  });

  it('escalates a new episode again under a new id, and keeps the id while the episode lasts', () => {
    const first = run([aScannedIssue({ flaggedSince: since })], wall, now)[0]!;
    // Still blocked by the flag; a link added later does not start a new episode.
    const later = run([aScannedIssue({ flaggedSince: since, blockedBy: [{ issueKey: 'ENG-7', since: now, assigneeId: UNBLOCKER, done: false }] })], wall, now + 3_600_000)[0]!;
    expect(later.id).toBe(first.id);
    // Unflagged, then flagged again on 6 Nov: a new episode.
    const again = at('2026-11-06T08:00:00Z');
    const second = run([aScannedIssue({ flaggedSince: again })], wall, at('2026-11-08T09:00:00Z'))[0]!;
    expect(first.subjectId).toBe(`10001:${since}`);
    expect(second.subjectId).toBe(`10001:${again}`);
    expect(second.id).toBe(`blocker:10001_${again}:escalate`);
    expect(second.dueAt).toBe(at('2026-11-08T08:00:00Z'));
  });

  it('leaves out issues not blocked, and escalates each blocked issue on its own', () => {
    const issues = [aScannedIssue({ id: '1', key: 'ENG-1', flaggedSince: since }), aScannedIssue({ id: '2', key: 'ENG-2' }), aScannedIssue({ id: '3', key: 'ENG-3', flaggedSince: since + 3_600_000 })];
    expect(run(issues, wall, now).map((e) => [e.issueKey, iso(e.dueAt)])).toEqual([
      ['ENG-1', '2026-11-04T08:00:00.000Z'],
      ['ENG-3', '2026-11-04T09:00:00.000Z'],
    ]);
  });
});
