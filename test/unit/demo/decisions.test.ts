import { demoDecisionRecords } from '../../../sandbox/demo/decisions';
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import { decisionClock } from '../../../src/domain/decisions/clock';
import { canRecord, markSuperseded, raiseDecision, recordDecision, withdrawDecision } from '../../../src/domain/decisions/rules';
import type { Decision } from '../../../src/domain/decisions/types';
import { DECISION_CATEGORIES } from '../../../src/domain/policy/types';
import { validatePolicy } from '../../../src/domain/policy/schema';
import { demo, HOUR, NOW, statusName } from './fixtures';

const { policy, decisions } = demoDecisionRecords(demo(), NOW);
const byId = new Map(decisions.map((d) => [d.id, d]));

/** The state a decision shows in the demo: its clock at `now`, or how it closed. */
function stateOf(d: Decision): string {
  if (d.supersededBy !== null) return 'superseded';
  if (d.status === 'withdrawn') return 'withdrawn';
  if (d.status === 'decided') return d.dueAt !== null && d.decidedAt! > d.dueAt ? 'decided late' : 'decided within SLA';
  return decisionClock(d, policy, NOW).state;
}

describe('demo decisions', () => {
  it('has a valid policy naming the demo people in their roles', () => {
    expect(validatePolicy(policy)).toEqual({ ok: true, policy });
    const p = DEMO_PEOPLE;
    expect(policy.categories.technical.ownerIds).toEqual([p.techLead.accountId]);
    expect(policy.categories.technical.escalateToIds).toEqual([p.deliverySponsor.accountId]);
    expect(policy.categories.product.ownerIds).toEqual([p.productOwner.accountId]);
    expect(policy.categories.product.escalateToIds).toEqual([p.decisionMaker.accountId]);
    expect(policy.categories.scope.ownerIds).toEqual([p.decisionMaker.accountId]);
    expect(policy.categories.scope.escalateToIds).toEqual([p.clientSponsor.accountId]);
    expect([policy.clientSponsorId, policy.deliverySponsorId]).toEqual([p.clientSponsor.accountId, p.deliverySponsor.accountId]);
    expect(policy.acceptorIds).toContain(p.productOwner.accountId);
    expect([policy.calendars.client.timeZone, policy.calendars.delivery.timeZone, policy.clockMode]).toEqual(['America/New_York', 'Europe/Warsaw', 'business']);
    const points = demo().issues.reduce((sum, i) => sum + (i.fields.storyPoints ?? 0), 0);
    expect(policy.budgetPoints).toBe(Math.round(points * 1.1));
  });

  it('has 25–35 decisions with ids D-1, D-2, … in the order they were raised', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(25);
    expect(decisions.length).toBeLessThanOrEqual(35);
    expect(decisions.map((d) => d.id)).toEqual(decisions.map((_, i) => `D-${i + 1}`));
    const raised = decisions.map((d) => d.raisedAt);
    expect(raised).toEqual([...raised].sort((a, b) => a - b));
  });

  it.each(DECISION_CATEGORIES.flatMap((c) => ['due', 'overdue', 'stale', 'decided within SLA', 'decided late', 'withdrawn', 'superseded'].map((s) => [c, s])))(
    'has a %s decision that is %s at now',
    (category, state) => {
      expect(decisions.some((d) => d.category === category && stateOf(d) === state)).toBe(true);
    },
  );

  it('has at least two overdue product decisions and a stale technical one at now', () => {
    expect(decisions.filter((d) => d.category === 'product' && decisionClock(d, policy, NOW).state === 'overdue').length).toBeGreaterThanOrEqual(2);
    expect(decisions.filter((d) => d.category === 'technical' && decisionClock(d, policy, NOW).state === 'stale').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps its states whatever weekday the sandbox starts on', () => {
    for (let day = 1; day <= 7; day++) {
      const now = NOW + day * 24 * HOUR + 5 * HOUR;
      const other = demoDecisionRecords(demo(), now);
      const states = new Set(other.decisions.map((d) => `${d.category}:${d.status === 'pending' ? decisionClock(d, other.policy, now).state : d.status}`));
      for (const c of DECISION_CATEGORIES) for (const s of ['due', 'overdue', 'stale', 'decided', 'withdrawn']) expect(states).toContain(`${c}:${s}`);
    }
  });

  it('happened in the past, on issues of the project that existed by then, across statuses', () => {
    const issues = new Map(demo().issues.map((i) => [i.id, i]));
    for (const d of decisions) {
      const issue = issues.get(d.issueId);
      expect(issue?.key).toBe(d.issueKey);
      expect(d.projectKey).toBe('ENG');
      expect(Date.parse(issue!.fields.created)).toBeLessThanOrEqual(d.raisedAt);
      for (const event of d.history) expect(event.at).toBeLessThan(NOW);
      if (d.status === 'pending') expect(statusName(demo(), issue!.fields.statusId)).not.toBe('Done');
    }
    const statuses = new Set(decisions.map((d) => statusName(demo(), issues.get(d.issueId)!.fields.statusId)));
    expect(statuses.size).toBeGreaterThanOrEqual(4);
  });

  it('is valid per the rules: replaying each decision through them gives the same record', () => {
    for (const d of decisions) {
      const old = d.supersedes ? byId.get(d.supersedes)! : null;
      // The predecessor as it was when this one was raised: decided, not yet superseded.
      const before = old && { ...old, supersededBy: null, history: old.history.filter((e) => e.type !== 'superseded'), version: old.version - 1 };
      const raised = raiseDecision(
        { id: d.id, projectKey: d.projectKey, issueId: d.issueId, issueKey: d.issueKey, category: d.category, question: d.question, optionsConsidered: d.optionsConsidered, impactPoints: d.impactPoints, raisedBy: d.raisedBy, supersedes: before },
        policy,
        d.raisedAt,
      );
      if (!raised.ok) throw new Error(`${d.id}: ${raised.message}`);
      let replay = raised.decision;
      for (const event of d.history.slice(1)) {
        let next;
        if (event.type === 'decided') next = recordDecision(replay, { byAccountId: event.byAccountId, outcome: d.outcome!, approval: d.approval }, policy, event.at);
        else if (event.type === 'withdrawn') next = withdrawDecision(replay, { byAccountId: event.byAccountId, reason: event.reason }, event.at);
        else if (event.type === 'superseded') next = markSuperseded(replay, byId.get(event.byDecisionId)!, event.at);
        else throw new Error(`${d.id}: raised twice`);
        if (!next.ok) throw new Error(`${d.id}: ${next.message}`);
        replay = next.decision;
      }
      expect(replay).toEqual(d);
    }
  });

  it('has a pending scope decision whose estimated impact exceeds the budget share that escalates a scope change', () => {
    const { sharePercent } = policy.health.thresholds.scope;
    const estimated = decisions.filter((d) => d.impactPoints != null);
    expect(estimated.every((d) => d.category === 'scope')).toBe(true);
    expect(estimated.some((d) => d.status === 'pending' && d.impactPoints! * 100 > sharePercent * policy.budgetPoints!)).toBe(true);
  });

  it('links every superseded decision both ways, and scope decisions carry the written approval', () => {
    for (const d of decisions.filter((x) => x.supersededBy)) expect(byId.get(d.supersededBy!)?.supersedes).toBe(d.id);
    for (const d of decisions.filter((x) => x.category === 'scope' && x.status === 'decided')) expect(d.approval?.text).toBeTruthy();
    expect(decisions.some((d) => d.approval?.verdict === 'rejected')).toBe(true);
  });

  it('lets the tech lead record none of the pending product decisions and the product owner all of them', () => {
    const pendingProduct = decisions.filter((d) => d.category === 'product' && d.status === 'pending');
    expect(pendingProduct.every((d) => canRecord(d, DEMO_PEOPLE.productOwner.accountId, policy))).toBe(true);
    expect(pendingProduct.some((d) => canRecord(d, DEMO_PEOPLE.techLead.accountId, policy))).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(demoDecisionRecords(demo(), NOW))).toBe(JSON.stringify({ policy, decisions }));
  });
});
