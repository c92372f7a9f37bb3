/**
 * The Custom UI's pure helpers for decisions: CSV export, log filters and sort, the
 * local clock countdown and the policy form's number handling. No browser needed.
 */
import { defaultHealthSettings } from '../../../src/contract/healthSettings';
import { defaultEscalationSettings } from '../../../src/contract/escalationSettings';
import { defaultTeams } from '../../../src/contract/teamsSettings';
import { defaultNpsSettings } from '../../../src/contract/npsSettings';
import { defaultDailyNoteSettings } from '../../../src/contract/dailyNoteSettings';
import type { DecisionView, PolicyInput } from '../../../src/contract/resolvers';
import { csvRows, filterDecisions, noFilter, sortDecisions } from '../../../static/project-page/src/decisions/logFilters';
import { draftFromPolicy, pathLabel, policyFromDraft } from '../../../static/settings/src/policy/policyDraft';
import { toCsv } from '../../../static/shared/csv';
import { liveClock } from '../../../static/shared/liveClock';

const HOUR = 3_600_000;
const person = (id: string) => ({ accountId: id, displayName: id.toUpperCase() });

function decision(id: string, over: Partial<DecisionView> = {}): DecisionView {
  return {
    id, issueKey: 'ENG-1', category: 'product', categoryLabel: 'Product & UX', question: `Question ${id}`, optionsConsidered: [], status: 'pending',
    raisedBy: person('lead'), raisedAt: '2026-11-10T10:00:00.000Z', owners: [person('po')], dueAt: null, staleAt: '2026-11-13T10:00:00.000Z',
    outcome: null, decidedBy: null, decidedAt: null, approval: null, impactPoints: null, supersedes: null, supersededBy: null,
    clock: { state: 'no-sla', words: 'no SLA', remainingMs: null }, history: [], version: 1, can: { record: false, withdraw: false, supersede: false },
    ...over,
  };
}

describe('toCsv', () => {
  test('quotes commas, quotes and line breaks; ends rows in CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', 3, null]])).toBe('a,"b,c","say ""hi""","two\nlines",3,\r\n');
  });
  test('defuses spreadsheet formulas in text but not numbers', () => {
    expect(toCsv([['=SUM(A1)', '+1', '@me', -2]])).toBe("'=SUM(A1),'+1,'@me,-2\r\n");
  });
  test('keeps unicode as is', () => {
    expect(toCsv([['Katarzyna Wiśniewska', 'Product & UX']])).toBe('Katarzyna Wiśniewska,Product & UX\r\n');
  });
});

describe('decision log filters', () => {
  const overdue = decision('D-1', { dueAt: '2026-11-11T10:00:00.000Z', clock: { state: 'overdue', words: 'overdue by 2 h', remainingMs: -2 * HOUR } });
  const tech = decision('D-2', { category: 'technical', categoryLabel: 'Technical', owners: [person('lead')], question: 'Cache the basket in Redis?', raisedAt: '2026-11-12T10:00:00.000Z' });
  const decided = decision('D-10', { status: 'decided', dueAt: '2026-11-09T10:00:00.000Z', raisedAt: '2026-11-08T10:00:00.000Z', question: 'Basket expiry, 7 days?' });
  const all = [overdue, tech, decided];

  test('filters by category, status, owner, overdue and question words', () => {
    expect(filterDecisions(all, { ...noFilter, category: 'technical' }).map((d) => d.id)).toEqual(['D-2']);
    expect(filterDecisions(all, { ...noFilter, status: 'decided' }).map((d) => d.id)).toEqual(['D-10']);
    expect(filterDecisions(all, { ...noFilter, ownerId: 'po' }).map((d) => d.id)).toEqual(['D-1', 'D-10']);
    expect(filterDecisions(all, { ...noFilter, overdueOnly: true }).map((d) => d.id)).toEqual(['D-1']);
    expect(filterDecisions(all, { ...noFilter, search: '  basket  7 ' }).map((d) => d.id)).toEqual(['D-10']);
  });

  test('sorts by due time either way with undated decisions last, and by raised', () => {
    expect(sortDecisions(all, { key: 'due', direction: 'asc' }).map((d) => d.id)).toEqual(['D-10', 'D-1', 'D-2']);
    expect(sortDecisions(all, { key: 'due', direction: 'desc' }).map((d) => d.id)).toEqual(['D-1', 'D-10', 'D-2']);
    expect(sortDecisions(all, { key: 'raised', direction: 'desc' }).map((d) => d.id)).toEqual(['D-2', 'D-1', 'D-10']);
  });

  test('CSV rows: a header, then one row per decision', () => {
    const rows = csvRows([overdue]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(0, 5)).toEqual(['D-1', 'ENG-1', 'Product & UX', 'Question D-1', 'PO']);
  });

  test('CSV: the last column is a scope decision’s estimated impact in points, empty when not estimated', () => {
    const scope = decision('D-3', { category: 'scope', categoryLabel: 'Scope & timeline', impactPoints: 40 });
    const tenths = decision('D-4', { category: 'scope', categoryLabel: 'Scope & timeline', impactPoints: 2.5 });
    const rows = csvRows([scope, tenths, overdue]);
    expect(rows[0]?.at(-1)).toBe('Impact (points)');
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual([40, 2.5, null]);
    expect(toCsv(rows).split('\r\n').slice(1, 4).map((line) => line.split(',').at(-1))).toEqual(['40', '2.5', '']);
  });
});

describe('liveClock', () => {
  const due = { state: 'due' as const, words: 'due in 3 h', remainingMs: 3 * HOUR };
  test('counts a wall clock down locally and turns overdue', () => {
    expect(liveClock(due, 90 * 60_000)).toEqual({ state: 'due', words: 'due in 1 h', remainingMs: 1.5 * HOUR });
    expect(liveClock(due, 5 * HOUR)).toMatchObject({ state: 'overdue', words: 'overdue by 2 h' });
  });
  test('leaves business-hour clocks, stale and closed clocks to the server', () => {
    const business = { ...due, words: 'due in 3 h, business hours' };
    expect(liveClock(business, HOUR)).toBe(business);
    const stale = { state: 'stale' as const, words: 'stale for 2 h', remainingMs: -HOUR };
    expect(liveClock(stale, HOUR)).toBe(stale);
  });
});

describe('policy form draft', () => {
  const policy: PolicyInput = {
    categories: {
      technical: { ownerIds: ['a'], slaHours: null, staleHours: 72, escalateToIds: [] },
      product: { ownerIds: ['b'], slaHours: 24, staleHours: 72, escalateToIds: [] },
      scope: { ownerIds: ['c'], slaHours: null, staleHours: 72, escalateToIds: [] },
    },
    clientSponsorId: null, deliverySponsorId: 'd', acceptorIds: [], budgetPoints: null,
    calendars: { client: { timeZone: 'America/New_York', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' }, delivery: { timeZone: 'Europe/Warsaw', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' } },
    overlapWindow: { start: '14:00', end: '16:00' }, clockMode: 'business',
    acceptance: { readyStatus: null, returnStatus: 'In Progress', gateEnabled: true },
    health: defaultHealthSettings(),
    escalation: defaultEscalationSettings(),
    teams: defaultTeams(),
    nps: defaultNpsSettings(),
    dailyNote: defaultDailyNoteSettings(),
  };
  test('round-trips, empty SLA and budget meaning none', () => {
    expect(policyFromDraft(draftFromPolicy(policy))).toEqual({ policy });
  });
  test('reports boxes without a number under the server paths', () => {
    const draft = draftFromPolicy(policy);
    draft.categories.product.slaHours = '1e';
    draft.categories.scope.staleHours = '';
    expect(policyFromDraft(draft)).toEqual({ fields: { 'policy.categories.product.slaHours': expect.any(String), 'policy.categories.scope.staleHours': expect.any(String) } });
  });
  test('labels history paths for people', () => {
    expect(pathLabel('categories.product.slaHours')).toBe('Product & UX · SLA hours');
    expect(pathLabel('policy.calendars.client.timeZone')).toBe('Client team · time zone');
  });
});
