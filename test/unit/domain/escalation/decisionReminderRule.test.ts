import { decisionReminderEscalations, reminderDue } from '../../../../src/domain/escalation/decisionReminderRule';
import type { Decision } from '../../../../src/domain/decisions/types';
import type { EngagementPolicy } from '../../../../src/domain/policy/types';
import { aRaisedDecision } from '../policyBuilders';
import { aPendingDecision, anEscalationPolicy, at, HOUR, iso, PRODUCT_OWNER } from './escalationBuilders';

const business = anEscalationPolicy(); // product → the client team, New York 09:00–17:00
const run = (decisions: Decision[], policy: EngagementPolicy, now: number) => decisionReminderEscalations(decisions, { policy, now });
const steps = (decisions: Decision[], policy: EngagementPolicy, now: number) => run(decisions, policy, now).map((e) => [e.step, iso(e.dueAt)]);

describe('the reminder ladder on the business clock, across New York’s fall back (Sunday 1 Nov 2026)', () => {
  // Raised Tuesday 27 Oct 10:00 EDT. SLA 24 business hours: Tue 7 + Wed 8 + Thu 8 + Fri 1 → Friday 30 Oct 10:00 EDT.
  // Stale at 72: … + Mon–Fri 40 h + Mon 9 Nov 1 h → Monday 9 Nov 10:00 EST.
  const raisedAt = at('2026-10-27T14:00:00Z');
  const decision = aPendingDecision({ raisedAt, dueAt: at('2026-10-30T14:00:00Z'), staleAt: at('2026-11-09T15:00:00Z') });

  it('uses the due and stale times the decision rules give (the fixture is what the app stores)', () => {
    const raised = aRaisedDecision({}, business, raisedAt);
    expect([raised.dueAt, raised.staleAt]).toEqual([decision.dueAt, decision.staleAt]);
  });

  it('gives nothing before the SLA, the first reminder at it', () => {
    expect(run([decision], business, at('2026-10-30T14:00:00Z') - 1)).toEqual([]);
    expect(run([decision], business, at('2026-10-30T14:00:00Z'))).toEqual([
      {
        id: 'decision-reminder:D-1:remind-1',
        rule: 'decision-reminder',
        subjectId: 'D-1',
        step: 'remind-1',
        issueId: '10001',
        issueKey: 'ENG-1',
        dueAt: at('2026-10-30T14:00:00Z'),
        recipients: [{ accountId: PRODUCT_OWNER, role: 'owner' }],
        facts: {
          rule: 'decision-reminder',
          decisionId: 'D-1',
          question: 'Should the export include archived rows?',
          raisedBy: 'acc-tech-lead',
          raisedAt,
          dueAt: at('2026-10-30T14:00:00Z'),
          countedHoursOverdue: 0,
          clockWords: 'business hours',
          reminder: 1,
        },
      },
    ]);
  });

  it('does not climb over the weekend: the second reminder waits for 24 more business hours (Wednesday 10:00 EST)', () => {
    // Saturday: 7 business hours past the SLA (Friday 10:00–17:00), though a day of wall time has passed.
    expect(steps([decision], business, at('2026-10-31T15:00:00Z'))).toEqual([['remind-1', '2026-10-30T14:00:00.000Z']]);
    // Monday 2 Nov 15:00 EST: 7 + 6 = 13 h overdue, still the first.
    const [monday] = run([decision], business, at('2026-11-02T20:00:00Z'));
    expect(monday!.facts).toMatchObject({ reminder: 1, countedHoursOverdue: 13 });
    // Fri 7 + Mon 8 + Tue 8 + Wed 1 → Wednesday 4 Nov 10:00 EST = 15:00Z (the SLA was at 14:00Z, under EDT).
    expect(steps([decision], business, at('2026-11-04T15:00:00Z') - 1)).toEqual([['remind-1', '2026-10-30T14:00:00.000Z']]);
    expect(steps([decision], business, at('2026-11-04T15:00:00Z'))).toEqual([['remind-2', '2026-11-04T15:00:00.000Z']]);
  });

  it('gives only the highest reminder due, under its own id', () => {
    const [saturday, ...rest] = run([decision], business, at('2026-11-07T12:00:00Z'));
    expect(rest).toEqual([]);
    expect(saturday!.id).toBe('decision-reminder:D-1:remind-2');
    expect(saturday!.facts).toMatchObject({ reminder: 2, countedHoursOverdue: 24 + 23 });
  });

  it('stops at the stale time, where the third reminder would fall: the stale rule takes over', () => {
    expect(steps([decision], business, at('2026-11-09T15:00:00Z') - 1)).toEqual([['remind-2', '2026-11-04T15:00:00.000Z']]);
    expect(run([decision], business, at('2026-11-09T15:00:00Z'))).toEqual([]);
    expect(run([decision], business, at('2026-11-20T15:00:00Z'))).toEqual([]);
  });
});

describe('the reminder ladder on the wall clock', () => {
  const wall = anEscalationPolicy({ clockMode: 'wall' });
  // Raised Friday 30 Oct 10:00 EDT: due Saturday 10:00 EDT, the second reminder Sunday 09:00 EST (24 h later), stale Monday 14:00Z.
  const decision = aPendingDecision({ raisedAt: at('2026-10-30T14:00:00Z'), dueAt: at('2026-10-31T14:00:00Z'), staleAt: at('2026-11-02T14:00:00Z') });

  it('counts the weekend and every hour of the DST change', () => {
    const [sunday] = run([decision], wall, at('2026-11-01T20:00:00Z'));
    expect([sunday!.step, iso(sunday!.dueAt)]).toEqual(['remind-2', '2026-11-01T14:00:00.000Z']);
    expect(sunday!.facts).toMatchObject({ countedHoursOverdue: 30, clockWords: null });
  });

  it('climbs every `repeatHours`', () => {
    const often = anEscalationPolicy({ clockMode: 'wall' });
    often.escalation.rules.decisionReminder.repeatHours = 5;
    // Due 14:00Z: reminders at 14, 19, 00, 05; 17 h after the SLA the fourth is the latest.
    expect(steps([decision], often, at('2026-10-31T14:00:00Z') + 17 * HOUR)).toEqual([['remind-4', '2026-11-01T05:00:00.000Z']]);
    expect(steps([decision], often, at('2026-10-31T14:00:00Z') + 20 * HOUR)).toEqual([['remind-5', '2026-11-01T10:00:00.000Z']]);
  });
});

describe('which decisions get reminders', () => {
  const wall = anEscalationPolicy({ clockMode: 'wall' });
  const now = at('2026-10-31T20:00:00Z');
  const overdue = { raisedAt: at('2026-10-30T14:00:00Z'), dueAt: at('2026-10-31T14:00:00Z'), staleAt: at('2026-11-02T14:00:00Z') };

  it('only pending decisions with an SLA', () => {
    expect(run([aPendingDecision({ ...overdue, category: 'technical', dueAt: null })], wall, now)).toEqual([]);
    expect(run([aPendingDecision({ ...overdue, status: 'decided' })], wall, now)).toEqual([]);
    expect(run([aPendingDecision({ ...overdue, status: 'withdrawn' })], wall, now)).toEqual([]);
  });

  it('none when the rule is off', () => {
    const off = anEscalationPolicy({ clockMode: 'wall' });
    off.escalation.rules.decisionReminder.enabled = false;
    expect(run([aPendingDecision(overdue)], off, now)).toEqual([]);
  });

  it('to the owners the decision was raised with, each once', () => {
    const [reminder] = run([aPendingDecision({ ...overdue, ownerIds: ['acc-a', 'acc-b', 'acc-a'] })], wall, now);
    expect(reminder!.recipients).toEqual([
      { accountId: 'acc-a', role: 'owner' },
      { accountId: 'acc-b', role: 'owner' },
    ]);
  });
});

describe('reminderDue', () => {
  const clock = { mode: 'business', calendar: business.calendars.client } as const;

  it('finds the rung when the counted time ends at a day’s close and `now` is the next morning', () => {
    // Due Friday 30 Oct 10:00 EDT; 7 h repeat: the second rung ends Friday at 17:00 EDT (21:00Z), the third Monday 16:00 EST.
    const due = at('2026-10-30T14:00:00Z');
    expect(reminderDue(due, 7, clock, at('2026-10-30T21:00:00Z'))).toEqual({ reminder: 2, dueAt: at('2026-10-30T21:00:00Z') });
    expect(reminderDue(due, 7, clock, at('2026-11-02T14:00:00Z'))).toEqual({ reminder: 2, dueAt: at('2026-10-30T21:00:00Z') });
    expect(reminderDue(due, 7, clock, at('2026-11-02T21:00:00Z'))).toEqual({ reminder: 3, dueAt: at('2026-11-02T21:00:00Z') });
    expect(reminderDue(due, 7, clock, due - 1)).toBeNull();
  });
});
