/**
 * The demo engagement's decision-rights policy and decisions, so the sandbox shows
 * every category in every state on first start: pending (due, overdue, stale),
 * decided within its SLA and late, withdrawn, and decided-then-superseded.
 *
 * Every decision is made with the domain rules (raise/record/withdraw/supersede) at
 * times in the past, chosen in counted (business) hours before `now`, so the clocks
 * read the same whatever weekday the sandbox starts on. Deterministic: no randomness,
 * ids D-1, D-2, … in the order the decisions were raised.
 */
import { clockFor, type ClockSpec } from '../../src/domain/calendar/clockSpec';
import { addCountedHours } from '../../src/domain/calendar/countedTime';
import { workingIntervalsFrom } from '../../src/domain/calendar/workingIntervals';
import { defaultPolicy } from '../../src/domain/policy/defaults';
import type { DecisionCategory, EngagementPolicy } from '../../src/domain/policy/types';
import { markSuperseded, raiseDecision, recordDecision, withdrawDecision, type DecisionResult } from '../../src/domain/decisions/rules';
import type { Decision, ScopeApproval } from '../../src/domain/decisions/types';
import type { SandboxData, SandboxIssue } from '../jira/model';
import { DAY, HOUR, MINUTE } from './calendar';
import { CLIENT_TIME_ZONE, DELIVERY_TIME_ZONE, DEMO_PEOPLE, demoPeopleByRole, type DemoPersonKey } from './people';
import { demoTeams } from './teams';

type Status = 'To Do' | 'In Progress' | 'In Review' | 'Ready for Acceptance' | 'Done';

/** One decision of the script. Times are counted hours on the category's clock. */
interface Scripted {
  category: DecisionCategory;
  on: Status[];
  question: string;
  options: string[];
  by: DemoPersonKey;
  /** Raised this many counted hours before `now`. */
  raisedHoursAgo: number;
  /** Scope & timeline only: the estimated impact in story points. */
  impactPoints?: number;
  /** Decided this many counted hours after it was raised. */
  decide?: { after: number; outcome: string; approval?: ScopeApproval };
  withdraw?: { after: number; reason: string | null };
  /** A decided successor, raised `gap` counted hours after this one was decided. */
  successor?: { gap: number; question: string; options: string[]; by: DemoPersonKey; after: number; outcome: string; approval?: ScopeApproval };
}

const OPEN: Status[] = ['In Progress', 'In Review', 'To Do'];
const approved = (text: string): ScopeApproval => ({ verdict: 'approved', text });
const rejected = (text: string): ScopeApproval => ({ verdict: 'rejected', text });

/** Demo SLAs: technical 40 business hours (one delivery working week), product 24 h (the default), scope 16 h. */
const DEMO_SLA_HOURS: Record<DecisionCategory, number> = { technical: 40, product: 24, scope: 16 };

const SCRIPT: Scripted[] = [
  // Technical: owned by the tech lead, counted in Warsaw working hours.
  { category: 'technical', on: ['In Progress'], question: 'Which carousel library for the product page: Swiper or Embla?', options: ['Swiper', 'Embla', 'Our own scroll-snap component'], by: 'dev1', raisedHoursAgo: 3 },
  { category: 'technical', on: ['To Do'], question: 'End-to-end tests for checkout: Playwright against staging, or component tests with mocked APIs?', options: ['Playwright on staging', 'Component tests with mocked APIs'], by: 'qa', raisedHoursAgo: 12 },
  { category: 'technical', on: ['In Review'], question: 'Should the shipping API client retry 503s with backoff, or fail fast and let checkout show the error?', options: ['Retry 3× with exponential backoff', 'Fail fast'], by: 'dev2', raisedHoursAgo: 50 },
  { category: 'technical', on: ['To Do'], question: 'Contract tests for the shipping API: Pact, or schema checks against the OpenAPI document?', options: ['Pact', 'OpenAPI schema checks'], by: 'dev5', raisedHoursAgo: 80 },
  { category: 'technical', on: ['Done'], question: 'Cart state: keep React Query, or add Redux Toolkit?', options: ['Keep React Query', 'Add Redux Toolkit'], by: 'dev4', raisedHoursAgo: 120, decide: { after: 6, outcome: 'Keep React Query; the cart is server state and a second store would duplicate it.' } },
  { category: 'technical', on: ['Done'], question: 'Order history API: cursor or offset pagination?', options: ['Cursor', 'Offset'], by: 'dev2', raisedHoursAgo: 140, decide: { after: 20, outcome: 'Cursor pagination, opaque cursors, 50 orders per page.' } },
  { category: 'technical', on: ['Done'], question: 'Search index: nightly full reindex, or incremental updates from catalogue webhooks?', options: ['Nightly full reindex', 'Incremental from webhooks'], by: 'dev3', raisedHoursAgo: 200, decide: { after: 52, outcome: 'Incremental updates from webhooks, with a weekly full reindex as a safety net.' } },
  { category: 'technical', on: ['In Progress', 'To Do'], question: 'Move the reviews service to Node 22 in this sprint?', options: ['Now', 'With the platform upgrade'], by: 'dev5', raisedHoursAgo: 60, withdraw: { after: 5, reason: 'Covered by the platform upgrade epic.' } },
  {
    category: 'technical', on: ['Done'], question: 'Feature flags: LaunchDarkly, or a flag table in our own database?', options: ['LaunchDarkly', 'In-house flag table'], by: 'techLead', raisedHoursAgo: 300,
    decide: { after: 10, outcome: 'In-house flag table for now: a handful of flags, one team.' },
    successor: { gap: 100, question: 'Feature flags again: move to LaunchDarkly now that three teams use flags?', options: ['Move to LaunchDarkly', 'Keep the flag table'], by: 'dev1', after: 8, outcome: 'Move to LaunchDarkly; the flag table is retired after the next release.' },
  },
  // Product & UX: owned by the client product owner, counted in New York working hours.
  { category: 'product', on: ['Ready for Acceptance'], question: "Empty cart copy: plain 'Your cart is empty', or a message with bestsellers below it?", options: ['Plain message', 'Message with bestsellers'], by: 'dev4', raisedHoursAgo: 2 },
  { category: 'product', on: ['In Progress'], question: 'Which error message when a promo code has expired?', options: ['"This code has expired."', '"This code ended on {date}. See current offers."'], by: 'dev1', raisedHoursAgo: 30 },
  { category: 'product', on: ['In Review'], question: 'Size guide on mobile: a full-screen modal or a side panel?', options: ['Full-screen modal', 'Side panel'], by: 'techLead', raisedHoursAgo: 40 },
  { category: 'product', on: ['To Do'], question: 'Should guest checkout ask for a phone number, and is it required?', options: ['Required', 'Optional', 'Not asked'], by: 'dev3', raisedHoursAgo: 76 },
  { category: 'product', on: ['Done'], question: 'Out-of-stock sizes: hide them, or show them greyed out with "notify me"?', options: ['Hide', 'Grey out with notify me'], by: 'dev4', raisedHoursAgo: 100, decide: { after: 5, outcome: 'Grey them out with a "Notify me" link.' } },
  { category: 'product', on: ['Ready for Acceptance', 'Done'], question: 'Wording of the back-in-stock alert confirmation?', options: ["We'll email you when it's back", 'You are on the list'], by: 'qa', raisedHoursAgo: 70, decide: { after: 3, outcome: "\"We'll email you as soon as it's back in your size.\"" } },
  { category: 'product', on: ['Done'], question: 'Which return reasons should the returns form list?', options: ['Five fixed reasons', 'Five reasons plus free text'], by: 'dev2', raisedHoursAgo: 150, decide: { after: 31, outcome: 'Five fixed reasons plus an optional free-text field.' } },
  { category: 'product', on: OPEN, question: 'Mini cart: prices with or without sales tax?', options: ['With tax', 'Without tax'], by: 'dev1', raisedHoursAgo: 20, withdraw: { after: 2, reason: 'Answered in the pricing spec.' } },
  {
    category: 'product', on: ['Done'], question: 'Address autocomplete: start suggesting after how many characters?', options: ['3', '5'], by: 'dev3', raisedHoursAgo: 260,
    decide: { after: 4, outcome: 'After 3 characters.' },
    successor: { gap: 60, question: 'Address autocomplete: suggest after 5 characters to halve the lookup costs?', options: ['Keep 3', 'Move to 5'], by: 'techLead', after: 20, outcome: 'After 5 characters; the cost saving is worth it.' },
  },
  // Scope & timeline: owned by the client decision maker, who approves in writing.
  // 120 points: over the 5 % of the demo budget (1,690 points with the default seed) that escalates a scope change the same day.
  { category: 'scope', on: ['In Progress'], question: 'Add Apple Pay and Google Pay, with the new payment provider, to the next release?', options: ['Add them now', 'Next quarter'], by: 'productOwner', raisedHoursAgo: 1, impactPoints: 120 },
  { category: 'scope', on: ['In Review', 'In Progress'], question: 'Move the gift card launch by one sprint to finish the tax rounding fix first?', options: ['Move by one sprint', 'Launch with a known issue'], by: 'techLead', raisedHoursAgo: 20 },
  { category: 'scope', on: ['To Do'], question: 'Move 20 story points of budget from the CMS work to click & collect?', options: ['Move 20 points', 'Keep the plan'], by: 'projectAdmin', raisedHoursAgo: 90 },
  { category: 'scope', on: ['Done'], question: 'Add order tracking emails to the current release (5 story points)?', options: ['Add', 'Defer'], by: 'productOwner', raisedHoursAgo: 110, decide: { after: 6, outcome: 'Added to the current release.', approval: approved('Approved: order tracking emails go into this release, +5 points.') } },
  { category: 'scope', on: ['Done'], question: 'Add a loyalty points page (about 21 story points) this quarter?', options: ['This quarter', 'Next quarter'], by: 'productOwner', raisedHoursAgo: 180, decide: { after: 30, outcome: 'Not this quarter.', approval: rejected('Rejected for this quarter: over budget. Bring it back in Q1 planning.') } },
  { category: 'scope', on: OPEN, question: 'Drop the wishlist import from the legacy platform to keep the launch date?', options: ['Drop it', 'Keep it'], by: 'projectAdmin', raisedHoursAgo: 45, withdraw: { after: 3, reason: 'The import fits after all.' } },
  {
    category: 'scope', on: ['Done'], question: 'Move the release date by one week for the payment provider switch?', options: ['Move one week', 'Keep the date'], by: 'techLead', raisedHoursAgo: 320,
    decide: { after: 12, outcome: 'Release moves by one week.', approval: approved('Approved: one week later, no extra budget.') },
    successor: { gap: 40, question: 'Move the release back to the original date: the payment provider switch is done early?', options: ['Original date', 'Keep the new date'], by: 'deliverySponsor', after: 12, outcome: 'Back to the original date.', approval: approved('Approved: original date, thanks to the early switch.') },
  },
];

/** The demo teams' calendars: the default working week, in each team's time zone. */
export function demoCalendars(): EngagementPolicy['calendars'] {
  const { client, delivery } = defaultPolicy().calendars;
  return { client: { ...client, timeZone: CLIENT_TIME_ZONE }, delivery: { ...delivery, timeZone: DELIVERY_TIME_ZONE } };
}

/** The demo policy: the people of the demo in their roles, SLAs on every category, business hours, the acceptance gate on. */
export function demoPolicy(data: SandboxData): EngagementPolicy {
  const p = DEMO_PEOPLE;
  const policy = defaultPolicy();
  const rule = (category: DecisionCategory, owner: DemoPersonKey, escalateTo: DemoPersonKey) => {
    policy.categories[category] = { ...policy.categories[category], ownerIds: [p[owner].accountId], slaHours: DEMO_SLA_HOURS[category], escalateToIds: [p[escalateTo].accountId] };
  };
  rule('technical', 'techLead', 'deliverySponsor');
  rule('product', 'productOwner', 'decisionMaker');
  rule('scope', 'decisionMaker', 'clientSponsor');
  const points = data.issues.reduce((sum, i) => sum + (i.fields.storyPoints ?? 0), 0);
  return {
    ...policy,
    clientSponsorId: p.clientSponsor.accountId,
    deliverySponsorId: p.deliverySponsor.accountId,
    acceptorIds: demoPeopleByRole('client-product-owner').map((u) => u.accountId),
    budgetPoints: points > 0 ? Math.round(points * 1.1) : null,
    calendars: demoCalendars(),
    clockMode: 'business',
    acceptance: { readyStatus: 'Ready for Acceptance', returnStatus: 'In Progress', gateEnabled: true },
    teams: demoTeams(),
  };
}

/**
 * The latest whole minute `t` with `hours` of counted time in [t, now): the domain only counts
 * forwards, so collect the working intervals before `now` and walk them backwards.
 */
export function countedHoursBefore(now: number, hours: number, clock: ClockSpec): number {
  const floorToMinute = (t: number) => Math.floor(t / MINUTE) * MINUTE;
  if (clock.mode === 'wall') return floorToMinute(now - hours * HOUR);
  for (let span = hours * HOUR * 5 + 7 * DAY; ; span *= 2) {
    const intervals = [...workingIntervalsFrom(now - span, clock, now)]
      .map((i) => ({ start: i.start, end: Math.min(i.end, now) }))
      .filter((i) => i.end > i.start);
    let remaining = hours * HOUR;
    for (const interval of intervals.reverse()) {
      if (remaining <= interval.end - interval.start) return floorToMinute(interval.end - remaining);
      remaining -= interval.end - interval.start;
    }
  }
}

const accepted = (result: DecisionResult): Decision => {
  if (!result.ok) throw new Error(`demo decision refused (${result.code}): ${result.message}`);
  return result.decision;
};

interface Planned {
  script: Scripted;
  raisedAt: number;
  closedAt: number | null;
  successor: { raisedAt: number; decidedAt: number } | null;
  issue: SandboxIssue;
}

/** The issue a decision sits on: the wanted status, created before the decision, open (or resolved after it) as it should be. */
function issueFor(data: SandboxData, plan: Omit<Planned, 'issue'>, used: Set<string>): SandboxIssue | null {
  const statusName = (i: SandboxIssue) => data.statuses.find((s) => s.id === i.fields.statusId)?.name;
  const lastAt = plan.successor?.decidedAt ?? plan.closedAt ?? plan.raisedAt;
  const fits = (i: SandboxIssue) =>
    Date.parse(i.fields.created) <= plan.raisedAt && (i.fields.resolutionDate === null || Date.parse(i.fields.resolutionDate) >= lastAt);
  const free = data.issues.filter((i) => !used.has(i.id));
  for (const status of plan.script.on) {
    const found = free.find((i) => statusName(i) === status && fits(i));
    if (found) return found;
  }
  return free.find(fits) ?? free[0] ?? null;
}

/** The demo engagement's policy and decisions at `now`. */
export function demoDecisionRecords(data: SandboxData, now: number): { policy: EngagementPolicy; decisions: Decision[] } {
  const policy = demoPolicy(data);
  const project = data.projects[0];
  if (!project) return { policy, decisions: [] };

  const used = new Set<string>();
  const plans: Planned[] = [];
  for (const script of SCRIPT) {
    const clock = clockFor(policy, script.category);
    const raisedAt = countedHoursBefore(now, script.raisedHoursAgo, clock);
    const after = script.decide?.after ?? script.withdraw?.after;
    const closedAt = after === undefined ? null : addCountedHours(raisedAt, after, clock);
    let successor: Planned['successor'] = null;
    if (script.successor && closedAt !== null) {
      const successorRaisedAt = addCountedHours(closedAt, script.successor.gap, clock);
      successor = { raisedAt: successorRaisedAt, decidedAt: addCountedHours(successorRaisedAt, script.successor.after, clock) };
    }
    const issue = issueFor(data, { script, raisedAt, closedAt, successor }, used);
    if (!issue) continue;
    used.add(issue.id);
    plans.push({ script, raisedAt, closedAt, successor, issue });
  }

  // Ids in the order the decisions were raised.
  const raises = plans.flatMap((plan, i) => [
    { plan: i, successor: false, at: plan.raisedAt },
    ...(plan.successor ? [{ plan: i, successor: true, at: plan.successor.raisedAt }] : []),
  ]);
  raises.sort((a, b) => a.at - b.at || a.plan - b.plan);
  const idOf = (plan: number, successor: boolean) => `D-${raises.findIndex((r) => r.plan === plan && r.successor === successor) + 1}`;

  const decisions: Decision[] = [];
  plans.forEach((plan, i) => {
    const { script, issue } = plan;
    const base = { projectKey: project.key, issueId: issue.id, issueKey: issue.key, category: script.category };
    let decision = accepted(
      raiseDecision({ ...base, id: idOf(i, false), question: script.question, optionsConsidered: script.options, impactPoints: script.impactPoints ?? null, raisedBy: DEMO_PEOPLE[script.by].accountId, supersedes: null }, policy, plan.raisedAt),
    );
    const ownerId = policy.categories[script.category].ownerIds[0]!;
    if (script.decide && plan.closedAt !== null) {
      decision = accepted(recordDecision(decision, { byAccountId: ownerId, outcome: script.decide.outcome, approval: script.decide.approval ?? null }, policy, plan.closedAt));
    } else if (script.withdraw && plan.closedAt !== null) {
      decision = accepted(withdrawDecision(decision, { byAccountId: decision.raisedBy, reason: script.withdraw.reason }, plan.closedAt));
    }
    const next = script.successor;
    if (next && plan.successor) {
      let later = accepted(
        raiseDecision({ ...base, id: idOf(i, true), question: next.question, optionsConsidered: next.options, raisedBy: DEMO_PEOPLE[next.by].accountId, supersedes: decision }, policy, plan.successor.raisedAt),
      );
      later = accepted(recordDecision(later, { byAccountId: ownerId, outcome: next.outcome, approval: next.approval ?? null }, policy, plan.successor.decidedAt));
      decision = accepted(markSuperseded(decision, later, plan.successor.decidedAt));
      decisions.push(later);
    }
    decisions.push(decision);
  });
  decisions.sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2)));
  return { policy, decisions };
}
