import { dueEscalations, type DueEscalationsInput } from '../../../../src/domain/escalation/dueEscalations';
import { aPendingDecision, aScannedIssue, aScopeChange, anActiveSprint, anEscalationPolicy, at, BLOCKED_STATUS, HOUR, IN_PROGRESS, iso } from './escalationBuilders';

// Wall clock, so the due times are plain sums: blockers at 48 h, the product SLA and stale time as stored.
const policy = anEscalationPolicy({ clockMode: 'wall', budgetPoints: 100 });
policy.escalation.exemptions = { labels: ['no-escalation'], issueTypes: ['epic'], statusIds: ['10010'] };
const NOW = at('2026-11-05T12:00:00Z');
const flaggedAt = at('2026-11-02T12:00:00Z'); // due 4 Nov 12:00Z

const input = (overrides: Partial<DueEscalationsInput> = {}): DueEscalationsInput => ({
  issues: [
    aScannedIssue({ id: '1', key: 'ENG-1', flaggedSince: flaggedAt }),
    aScannedIssue({ id: '2', key: 'ENG-2', flaggedSince: flaggedAt, labels: ['no-escalation'] }),
    aScannedIssue({ id: '3', key: 'ENG-3', issueType: 'Epic' }),
    aScannedIssue({ id: '4', key: 'ENG-4', statusId: [{ since: -Infinity, value: IN_PROGRESS }, { since: at('2026-11-04T00:00:00Z'), value: '10010' }] }),
  ],
  decisions: [
    // SLA 3 Nov 12:00Z, reminders every 24 h, on an issue the scan did not read: not exempt.
    aPendingDecision({ id: 'D-1', issueId: '99', issueKey: 'ENG-99', raisedAt: at('2026-11-02T12:00:00Z'), dueAt: at('2026-11-03T12:00:00Z'), staleAt: at('2026-11-06T12:00:00Z') }),
    // Stale since 4 Nov 12:00Z (the same instant as the blocker), on the epic: exempt.
    aPendingDecision({ id: 'D-2', issueId: '3', issueKey: 'ENG-3', raisedAt: at('2026-11-01T12:00:00Z'), dueAt: at('2026-11-02T12:00:00Z'), staleAt: at('2026-11-04T12:00:00Z') }),
  ],
  active: [
    {
      sprint: anActiveSprint(),
      // 6 points on Wednesday 4 Nov in New York: over 5 % of 100, on ENG-4, which is now in an exempt status.
      change: aScopeChange([{ issueKey: 'ENG-4', kind: 'added', at: at('2026-11-04T15:00:00Z'), points: 6 }]),
    },
  ],
  policy,
  statusNames: new Map([[BLOCKED_STATUS, 'Blocked']]),
  now: NOW,
  ...overrides,
});

describe('dueEscalations', () => {
  it('gives every rule’s due steps by due time then id (ties: blocker before stale-decision), setting aside those on exempt issues with why', () => {
    const { due, exempt } = dueEscalations(input());
    expect(due.map((e) => [e.id, iso(e.dueAt)])).toEqual([
      ['blocker:1_1793620800000:escalate', '2026-11-04T12:00:00.000Z'],
      ['decision-reminder:D-1:remind-3', '2026-11-05T12:00:00.000Z'], // 48 h after the SLA: the third reminder
    ]);
    expect(exempt.map(({ escalation, reason }) => [escalation.id, iso(escalation.dueAt), reason])).toEqual([
      ['blocker:2_1793620800000:escalate', '2026-11-04T12:00:00.000Z', 'label "no-escalation"'],
      ['stale-decision:D-2:escalate', '2026-11-04T12:00:00.000Z', 'issue type "Epic"'],
      ['scope-change:12_2026-11-04:escalate', '2026-11-04T15:00:00.000Z', 'status 10010'],
    ]);
  });

  it('reads the exempt status at `now`', () => {
    const earlier = at('2026-11-04T20:00:00Z');
    const { due } = dueEscalations(input({ now: earlier }));
    // Before 4 Nov 00:00Z ENG-4 was in progress; by 20:00Z it is in the exempt status.
    expect(due.map((e) => e.rule)).not.toContain('scope-change');
    const moved = input({ now: earlier });
    moved.issues = moved.issues.map((i) => (i.id === '4' ? { ...i, statusId: [{ since: -Infinity, value: IN_PROGRESS }] } : i));
    expect(dueEscalations(moved).due.map((e) => e.id)).toContain('scope-change:12_2026-11-04:escalate');
  });

  it('hands the reminder ladder over to the stale escalation at the stale time', () => {
    const staleAt = at('2026-11-06T12:00:00Z');
    const before = dueEscalations(input({ now: staleAt - HOUR })).due.filter((e) => e.subjectId === 'D-1');
    const after = dueEscalations(input({ now: staleAt })).due.filter((e) => e.subjectId === 'D-1');
    expect(before.map((e) => e.id)).toEqual(['decision-reminder:D-1:remind-3']);
    expect(after.map((e) => e.id)).toEqual(['stale-decision:D-1:escalate']);
  });

  it('gives nothing when nothing is due', () => {
    expect(dueEscalations(input({ issues: [], decisions: [], active: [] }))).toEqual({ due: [], exempt: [] });
  });
});
