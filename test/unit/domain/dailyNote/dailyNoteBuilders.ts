import type { AcceptanceRecord } from '../../../../src/domain/acceptance/types';
import type { NoteSources } from '../../../../src/domain/dailyNote/facts';
import { defaultEscalationSettings } from '../../../../src/domain/escalation/settings';
import { healthIssue, type HealthIssue } from '../../../../src/domain/health/healthIssue';
import type { FieldHistory } from '../../../../src/domain/metrics/fieldHistory';
import type { TeamCalendar } from '../../../../src/domain/policy/types';
import { aDecision, anIssue } from '../../../support/builders';

/**
 * A week of the delivery team in Warsaw (Mon–Fri 09:00–17:00, CET = UTC+1 in November 2026): hand-built
 * snapshot records, decisions, acceptance and ledger entries around Monday 23 November.
 */
export const at = (iso: string): number => Date.parse(iso);
export const WARSAW: TeamCalendar = { timeZone: 'Europe/Warsaw', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' };

export const TODO = '1';
export const IN_PROGRESS = '3';
export const IN_REVIEW = '4';
export const DONE = '10001';
export const STATUSES = [
  { id: TODO, name: 'To Do', category: 'new' as const },
  { id: IN_PROGRESS, name: 'In Progress', category: 'indeterminate' as const },
  { id: IN_REVIEW, name: 'In Review', category: 'indeterminate' as const },
  { id: DONE, name: 'Done', category: 'done' as const },
];

export const DEV = 'acc-dev';
export const LEAD = 'acc-lead';
export const PO = 'acc-po';
export const QA = 'acc-qa';
export const NAMES = new Map([
  [DEV, 'Jan Kowalski'],
  [LEAD, 'Maria Lopez'],
  [PO, 'Emily Carter'],
  [QA, 'Quinn Tester'],
]);

const FIELDS = { sprintFieldId: null, estimationFieldId: null, flaggedFieldId: null };

/** A snapshot record through the app's own mapper (so new fields of the record take their values), then what the test is about. */
export function aRecord(key: string, overrides: Partial<HealthIssue> & { statuses?: FieldHistory<string | null> } = {}): HealthIssue {
  const n = Number(key.split('-')[1]);
  const { statuses, ...rest } = overrides;
  const base = healthIssue(anIssue({ id: String(10000 + n), key, summary: `Issue ${n}`, created: at('2026-11-01T09:00:00Z') }), [], FIELDS);
  return { ...base, statusId: statuses ?? [{ since: Number.NEGATIVE_INFINITY, value: IN_PROGRESS }], ...rest };
}

export function anAcceptance(issueKey: string, verdicts: AcceptanceRecord['verdicts']): AcceptanceRecord {
  return { projectKey: 'ENG', issueId: String(10000 + Number(issueKey.split('-')[1])), issueKey, verdicts, version: verdicts.length };
}

/**
 * The week's sources:
 * - ENG-1 in progress, flagged since Saturday 10:00 UTC (blocked), escalated on Monday 11:00 UTC;
 * - ENG-2 done on Sunday, accepted on Monday;
 * - ENG-3 in review (in progress), the issue of a pending Product & UX decision due Tuesday 14:00 UTC;
 * - ENG-4 done on Friday 15:00 UTC (Friday's note), in version 2.3 released on Monday;
 * - ENG-5 in progress, blocked by ENG-6 since Monday 08:00 UTC; ENG-6 to do, Maria's;
 * - ENG-7 to do until Tuesday 09:00 UTC;
 * - ENG-8 entered Done on Monday at 17:30 Warsaw (16:30 UTC): after Monday's end, so Tuesday's;
 * - a technical decision raised on Friday, decided on Monday 12:00 UTC.
 */
export function aWeek(): NoteSources {
  return {
    calendar: WARSAW,
    blocker: defaultEscalationSettings().rules.blocker,
    records: [
      aRecord('ENG-1', { summary: 'Payment timeout', assigneeId: DEV, flaggedSince: at('2026-11-21T10:00:00Z') }),
      aRecord('ENG-2', { summary: 'Export the report', assigneeId: DEV, statuses: [{ since: Number.NEGATIVE_INFINITY, value: IN_PROGRESS }, { since: at('2026-11-22T12:00:00Z'), value: DONE }] }),
      aRecord('ENG-3', { summary: 'Checkout flow', assigneeId: QA, statuses: [{ since: Number.NEGATIVE_INFINITY, value: IN_REVIEW }] }),
      aRecord('ENG-4', { summary: 'Old search', fixVersionIds: ['v23'], statuses: [{ since: Number.NEGATIVE_INFINITY, value: IN_PROGRESS }, { since: at('2026-11-20T15:00:00Z'), value: DONE }] }),
      aRecord('ENG-5', { summary: 'Search filters', assigneeId: DEV, blockedBy: [{ issueKey: 'ENG-6', since: at('2026-11-23T08:00:00Z'), assigneeId: null, done: false }] }),
      aRecord('ENG-6', { summary: 'Search index', assigneeId: LEAD, statuses: [{ since: Number.NEGATIVE_INFINITY, value: TODO }] }),
      aRecord('ENG-7', { summary: 'Later work', statuses: [{ since: Number.NEGATIVE_INFINITY, value: TODO }, { since: at('2026-11-24T09:00:00Z'), value: IN_PROGRESS }] }),
      aRecord('ENG-8', { summary: 'Late finish', statuses: [{ since: Number.NEGATIVE_INFINITY, value: IN_PROGRESS }, { since: at('2026-11-23T16:30:00Z'), value: DONE }] }),
    ],
    doneStatusIds: new Set([DONE]),
    statuses: STATUSES,
    versions: [
      { id: 'v23', name: '2.3', released: true, releaseDate: at('2026-11-23') },
      { id: 'v24', name: '2.4', released: false, releaseDate: at('2026-11-23') },
    ],
    decisions: [
      aDecision({ id: 'D-1', issueId: '10003', issueKey: 'ENG-3', category: 'product', question: 'Should the export include archived rows?', ownerIds: [PO], raisedAt: at('2026-11-23T13:00:00Z'), dueAt: at('2026-11-24T14:00:00Z') }),
      aDecision({ id: 'D-2', issueId: '10005', issueKey: 'ENG-5', category: 'technical', question: 'Which index engine?', ownerIds: [LEAD], raisedAt: at('2026-11-20T10:00:00Z'), dueAt: null, status: 'decided', decidedAt: at('2026-11-23T12:00:00Z'), decidedBy: LEAD, outcome: 'Postgres' }),
    ],
    acceptance: [anAcceptance('ENG-2', [{ round: 1, verdict: 'accepted', byAccountId: PO, at: at('2026-11-23T10:00:00Z'), feedback: null, readyAt: at('2026-11-22T12:00:00Z') }])],
    escalations: [
      { issueKey: 'ENG-1', ruleWords: 'Long blocker', recipientNames: ['Ana Sponsor'], postedAt: at('2026-11-23T11:00:00Z'), created: false },
      { issueKey: 'ENG-9', ruleWords: 'Calibration call', recipientNames: ['Dan Delivery', 'Ana Sponsor'], postedAt: at('2026-11-23T12:30:00Z'), created: true },
    ],
  };
}
