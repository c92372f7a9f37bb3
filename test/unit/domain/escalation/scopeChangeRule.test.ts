import { calendarDayIn, scopeChangeEscalations, type ScopeChangeRuleInput } from '../../../../src/domain/escalation/scopeChangeRule';
import type { Decision } from '../../../../src/domain/decisions/types';
import type { ScopeChangeEvent } from '../../../../src/domain/metrics/scopeChange';
import type { EngagementPolicy } from '../../../../src/domain/policy/types';
import { aPendingDecision, aScopeChange, anActiveSprint, anEscalationPolicy, at, CLIENT_SPONSOR, DECISION_MAKER, DELIVERY_SPONSOR, iso } from './escalationBuilders';

// Budget 200 points, 5 %: a day escalates when its growth is over 10 points. The client team is in New York.
const policy = anEscalationPolicy({ budgetPoints: 200 });
const issueIds = new Map(['ENG-40', 'ENG-41', 'ENG-42', 'ENG-43', 'ENG-44', 'ENG-45', 'ENG-46', 'ENG-47'].map((key, i) => [key, String(20040 + i)]));
const NOW = at('2026-11-03T12:00:00Z');
const run = (events: ScopeChangeEvent[], overrides: Partial<ScopeChangeRuleInput> = {}) =>
  scopeChangeEscalations({ active: [{ sprint: anActiveSprint(), change: aScopeChange(events) }], decisions: [], policy, issueIds, now: NOW, ...overrides });

/** Sunday 1 Nov 2026 in New York, the fall-back day (25 h: 04:00Z to 05:00Z the next day), and its neighbours. */
const fallBackWeekend: ScopeChangeEvent[] = [
  { issueKey: 'ENG-43', kind: 'added', at: at('2026-11-01T03:30:00Z'), points: 2 }, // Saturday 31 Oct 23:30 EDT
  { issueKey: 'ENG-40', kind: 'added', at: at('2026-11-01T04:30:00Z'), points: 4 }, // Sunday 00:30 EDT
  { issueKey: 'ENG-44', kind: 'removed', at: at('2026-11-01T12:00:00Z'), points: 8 }, // removals do not offset growth
  { issueKey: 'ENG-41', kind: 'reestimated', at: at('2026-11-01T18:00:00Z'), points: 5, from: 3, to: 8 }, // Sunday 13:00 EST
  { issueKey: 'ENG-45', kind: 'reestimated', at: at('2026-11-01T19:00:00Z'), points: -3, from: 5, to: 2 }, // nor do estimates lowered
  { issueKey: 'ENG-42', kind: 'added', at: at('2026-11-02T04:30:00Z'), points: 3 }, // Sunday 23:30 EST: 4 + 5 + 3 = 12
  { issueKey: 'ENG-46', kind: 'added', at: at('2026-11-02T15:00:00Z'), points: 6 }, // Monday 2 Nov
];

describe('calendarDayIn', () => {
  it('reads the day in the zone, across the DST change', () => {
    expect(calendarDayIn(at('2026-11-01T03:30:00Z'), 'America/New_York')).toBe('2026-10-31');
    expect(calendarDayIn(at('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(calendarDayIn(at('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(calendarDayIn(at('2026-11-02T05:00:00Z'), 'America/New_York')).toBe('2026-11-02');
  });
});

describe('scopeChangeEscalations: a sprint’s growth per client-team day', () => {
  it('escalates the day whose additions and raised estimates are over the share, due when the running sum went over, on the issue of the largest change', () => {
    expect(run(fallBackWeekend)).toEqual([
      {
        id: 'scope-change:12_2026-11-01:escalate',
        rule: 'scope-change',
        subjectId: '12:2026-11-01',
        step: 'escalate',
        issueId: '20041',
        issueKey: 'ENG-41',
        dueAt: at('2026-11-02T04:30:00Z'),
        recipients: [
          { accountId: DECISION_MAKER, role: 'decision-maker' },
          { accountId: CLIENT_SPONSOR, role: 'client-sponsor' },
          { accountId: DELIVERY_SPONSOR, role: 'delivery-sponsor' },
        ],
        facts: {
          rule: 'scope-change',
          source: 'sprint',
          sprintName: 'ENG Sprint 12',
          day: '2026-11-01',
          decisionId: null,
          question: null,
          changes: [
            { issueKey: 'ENG-40', kind: 'added', points: 4 },
            { issueKey: 'ENG-41', kind: 'reestimated', points: 5 },
            { issueKey: 'ENG-42', kind: 'added', points: 3 },
          ],
          totalPoints: 12,
          budgetPoints: 200,
          thresholdPercent: 5,
        },
      },
    ]);
  });

  it('does not count what has not happened yet: on Sunday afternoon the day is at 9 points', () => {
    expect(run(fallBackWeekend, { now: at('2026-11-01T20:00:00Z') })).toEqual([]);
  });

  it('does not escalate a day exactly on the share', () => {
    const ten: ScopeChangeEvent[] = [
      { issueKey: 'ENG-40', kind: 'added', at: at('2026-11-02T15:00:00Z'), points: 6 },
      { issueKey: 'ENG-41', kind: 'added', at: at('2026-11-02T16:00:00Z'), points: 4 },
    ];
    expect(run(ten)).toEqual([]);
    const eleven = [...ten, { issueKey: 'ENG-42', kind: 'reestimated' as const, at: at('2026-11-02T17:00:00Z'), points: 1 }];
    expect(run(eleven).map((e) => [e.subjectId, e.issueKey, iso(e.dueAt)])).toEqual([['12:2026-11-02', 'ENG-40', '2026-11-02T17:00:00.000Z']]);
  });

  it('escalates each day and each sprint on its own', () => {
    const days: ScopeChangeEvent[] = [
      { issueKey: 'ENG-40', kind: 'added', at: at('2026-11-02T15:00:00Z'), points: 11 },
      { issueKey: 'ENG-41', kind: 'added', at: at('2026-11-03T15:00:00Z'), points: 12 },
    ];
    const active = [
      { sprint: anActiveSprint(), change: aScopeChange(days) },
      { sprint: anActiveSprint({ id: 13, name: 'ENG Sprint 13' }), change: aScopeChange([{ issueKey: 'ENG-47', kind: 'added', at: at('2026-11-02T15:00:00Z'), points: 20 }], 13) },
    ];
    expect(run([], { active, now: at('2026-11-03T20:00:00Z') }).map((e) => e.id)).toEqual([
      'scope-change:12_2026-11-02:escalate',
      'scope-change:12_2026-11-03:escalate',
      'scope-change:13_2026-11-02:escalate',
    ]);
  });

  it('puts the comment on the largest change whose issue is known, and gives nothing when none is', () => {
    const withoutLargest = new Map([...issueIds].filter(([key]) => key !== 'ENG-41'));
    expect(run(fallBackWeekend, { issueIds: withoutLargest }).map((e) => [e.issueKey, e.issueId])).toEqual([['ENG-40', '20040']]);
    expect(run(fallBackWeekend, { issueIds: new Map() })).toEqual([]);
  });

  it('needs a positive budget and the rule on', () => {
    expect(run(fallBackWeekend, { policy: { ...policy, budgetPoints: null } })).toEqual([]);
    expect(run(fallBackWeekend, { policy: { ...policy, budgetPoints: 0 } })).toEqual([]);
    const off = anEscalationPolicy({ budgetPoints: 200 });
    off.escalation.rules.scopeChange.enabled = false;
    expect(run(fallBackWeekend, { policy: off })).toEqual([]);
  });

  it('groups by the client team’s zone, not UTC or the delivery team’s', () => {
    const tokyo: EngagementPolicy = { ...policy, calendars: { ...policy.calendars, client: { ...policy.calendars.client, timeZone: 'Asia/Tokyo' } } };
    // Tokyo's 1 Nov runs from 31 Oct 15:00Z to 1 Nov 15:00Z: 6 + 5 there; in UTC and in New York the 6 falls on 31 Oct and 1 Nov has 5 + 5.
    const events: ScopeChangeEvent[] = [
      { issueKey: 'ENG-43', kind: 'added', at: at('2026-10-31T16:00:00Z'), points: 6 },
      { issueKey: 'ENG-40', kind: 'added', at: at('2026-11-01T10:00:00Z'), points: 5 },
      { issueKey: 'ENG-41', kind: 'added', at: at('2026-11-01T16:00:00Z'), points: 5 },
    ];
    expect(run(events, { policy: tokyo }).map((e) => [e.subjectId, iso(e.dueAt), e.issueKey])).toEqual([['12:2026-11-01', '2026-11-01T10:00:00.000Z', 'ENG-43']]);
    expect(run(events)).toEqual([]);
  });
});

describe('scopeChangeEscalations: a scope decision’s estimated impact', () => {
  const raisedAt = at('2026-11-02T15:00:00Z');
  const scope = (overrides: Partial<Decision> = {}) =>
    aPendingDecision({ id: 'D-7', issueId: '20047', issueKey: 'ENG-47', category: 'scope', ownerIds: [DECISION_MAKER], question: 'Add the PDF export?', raisedAt, staleAt: raisedAt + 72 * 3_600_000, impactPoints: 12, ...overrides });

  it('escalates a pending scope decision whose impact is over the share, due when it was raised', () => {
    expect(run([], { decisions: [scope()] })).toEqual([
      {
        id: 'scope-change:D-7:escalate',
        rule: 'scope-change',
        subjectId: 'D-7',
        step: 'escalate',
        issueId: '20047',
        issueKey: 'ENG-47',
        dueAt: raisedAt,
        recipients: [
          { accountId: DECISION_MAKER, role: 'decision-maker' },
          { accountId: CLIENT_SPONSOR, role: 'client-sponsor' },
          { accountId: DELIVERY_SPONSOR, role: 'delivery-sponsor' },
        ],
        facts: {
          rule: 'scope-change',
          source: 'decision',
          sprintName: null,
          day: null,
          decisionId: 'D-7',
          question: 'Add the PDF export?',
          changes: [{ issueKey: 'ENG-47', kind: 'decision', points: 12 }],
          totalPoints: 12,
          budgetPoints: 200,
          thresholdPercent: 5,
        },
      },
    ]);
  });

  it('leaves impacts on or under the share, unestimated ones, closed ones and other categories alone', () => {
    const decisions = [scope({ impactPoints: 10 }), scope({ impactPoints: null }), scope({ impactPoints: undefined }), scope({ status: 'decided' }), scope({ category: 'product' })];
    expect(run([], { decisions })).toEqual([]);
  });

  it('names a sponsor who is also a scope decision maker once, as the decision maker', () => {
    const shared = anEscalationPolicy({ budgetPoints: 200 });
    shared.categories.scope.ownerIds = [CLIENT_SPONSOR, DECISION_MAKER];
    expect(run([], { decisions: [scope()], policy: shared })[0]!.recipients).toEqual([
      { accountId: CLIENT_SPONSOR, role: 'decision-maker' },
      { accountId: DECISION_MAKER, role: 'decision-maker' },
      { accountId: DELIVERY_SPONSOR, role: 'delivery-sponsor' },
    ]);
  });
});
