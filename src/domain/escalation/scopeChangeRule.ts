import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Decision } from '../decisions/types';
import { effectId } from '../effects/pending';
import type { ScopeChangeEvent, SprintScopeChange } from '../metrics/scopeChange';
import type { EngagementPolicy } from '../policy/types';
import type { Sprint } from '../types';
import { recipientsOnce } from './recipients';
import type { DueEscalation, Recipient } from './types';

export interface ScopeChangeRuleInput {
  /** The active sprints with their scope change so far. */
  active: readonly { sprint: Sprint; change: SprintScopeChange }[];
  decisions: readonly Decision[];
  policy: EngagementPolicy;
  /** Issue ids by key: the events name issues by key only; a change on an unknown issue cannot carry the comment. */
  issueIds: ReadonlyMap<string, string>;
  now: number;
}

/** One change that grows the scope: an addition or an estimate raised (positive points). */
type Growth = ScopeChangeEvent & { kind: 'added' | 'reestimated' };

/**
 * The calendar day of an instant in a time zone, "yyyy-MM-dd".
 *
 * @example
 * calendarDayIn(Date.parse('2026-11-02T04:30:00Z'), 'America/New_York') //=> '2026-11-01'
 */
export function calendarDayIn(instant: number, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

/** Over the share of the budget, compared as points × 100 > percent × budget (exactly on it is not over). */
const over = (points: number, sharePercent: number, budgetPoints: number) => points * 100 > sharePercent * budgetPoints;

const isGrowth = (e: ScopeChangeEvent): e is Growth => (e.kind === 'added' || e.kind === 'reestimated') && e.points > 0;

/** A sprint's growth by the client team's calendar day, in time order. */
function growthByDay(events: readonly ScopeChangeEvent[], timeZone: string, now: number): Map<string, Growth[]> {
  const days = new Map<string, Growth[]>();
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    if (!isGrowth(event) || event.at > now) continue;
    const day = calendarDayIn(event.at, timeZone);
    const list = days.get(day) ?? [];
    list.push(event);
    days.set(day, list);
  }
  return days;
}

/** The largest change of the day whose issue is known (the earliest among equals): the comment goes there. */
function largestKnown(changes: readonly Growth[], issueIds: ReadonlyMap<string, string>): { issueId: string; issueKey: string } | null {
  let best: { issueId: string; issueKey: string; points: number } | null = null;
  for (const { issueKey, points } of changes) {
    const issueId = issueIds.get(issueKey);
    if (issueId !== undefined && (best === null || points > best.points)) best = { issueId, issueKey, points };
  }
  return best && { issueId: best.issueId, issueKey: best.issueKey };
}

function sprintEscalations(sprint: Sprint, change: SprintScopeChange, input: ScopeChangeRuleInput, budgetPoints: number, recipients: () => Recipient[]): DueEscalation[] {
  const { policy, issueIds, now } = input;
  const sharePercent = policy.health.thresholds.scope.sharePercent;
  const out: DueEscalation[] = [];
  for (const [day, changes] of growthByDay(change.events, policy.calendars.client.timeZone, now)) {
    let total = 0;
    let crossedAt: number | null = null;
    for (const c of changes) {
      total += c.points;
      if (crossedAt === null && over(total, sharePercent, budgetPoints)) crossedAt = c.at;
    }
    const target = largestKnown(changes, issueIds);
    if (crossedAt === null || target === null) continue;
    const subjectId = `${sprint.id}:${day}`;
    out.push({
      id: effectId('scope-change', subjectId, 'escalate'),
      rule: 'scope-change',
      subjectId,
      step: 'escalate',
      issueId: target.issueId,
      issueKey: target.issueKey,
      dueAt: crossedAt,
      recipients: recipients(),
      facts: {
        rule: 'scope-change',
        source: 'sprint',
        sprintName: sprint.name,
        day,
        decisionId: null,
        question: null,
        changes: changes.map((c) => ({ issueKey: c.issueKey, kind: c.kind, points: c.points })),
        totalPoints: total,
        budgetPoints,
        thresholdPercent: sharePercent,
      },
    });
  }
  return out;
}

function decisionEscalation(decision: Decision, policy: EngagementPolicy, budgetPoints: number, recipients: () => Recipient[]): DueEscalation | null {
  const sharePercent = policy.health.thresholds.scope.sharePercent;
  const impact = decision.impactPoints;
  if (decision.status !== 'pending' || decision.category !== 'scope' || impact === null || impact === undefined) return null;
  if (!over(impact, sharePercent, budgetPoints)) return null;
  return {
    id: effectId('scope-change', decision.id, 'escalate'),
    rule: 'scope-change',
    subjectId: decision.id,
    step: 'escalate',
    issueId: decision.issueId,
    issueKey: decision.issueKey,
    // Same-day escalation: due as soon as it is raised.
    dueAt: decision.raisedAt,
    recipients: recipients(),
    facts: {
      rule: 'scope-change',
      source: 'decision',
      sprintName: null,
      day: null,
      decisionId: decision.id,
      question: decision.question,
      changes: [{ issueKey: decision.issueKey, kind: 'decision', points: impact }],
      totalPoints: impact,
      budgetPoints,
      thresholdPercent: sharePercent,
    },
  };
}

/**
 * Scope growth over `sharePercent` % of the budget escalates the same day: per active sprint and
 * client-team calendar day, the points added and re-estimated up that day (removals and estimates
 * lowered do not offset them), due the instant the day's sum first went over; and each pending
 * scope decision whose estimated impact is over the share, due when raised. Nothing without a
 * positive budget. Addressed to the scope decision makers and both sponsors.
 *
 * @example
 * scopeChangeEscalations({ active: [{ sprint: sprint12, change }], decisions: [], policy: budget200, issueIds, now })
 * //=> [{ id: 'scope-change:12_2026-11-01:escalate', issueKey: 'ENG-41', dueAt: Date.parse('2026-11-02T04:30:00Z'), facts: { day: '2026-11-01', totalPoints: 12, … }, … }]
 */
export function scopeChangeEscalations(input: ScopeChangeRuleInput): DueEscalation[] {
  const { policy } = input;
  const budgetPoints = policy.budgetPoints;
  if (!policy.escalation.rules.scopeChange.enabled || budgetPoints === null || !(budgetPoints > 0)) return [];
  const recipients = (): Recipient[] =>
    recipientsOnce([
      ['decision-maker', policy.categories.scope.ownerIds],
      ['client-sponsor', [policy.clientSponsorId]],
      ['delivery-sponsor', [policy.deliverySponsorId]],
    ]);
  const out = input.active.flatMap(({ sprint, change }) => sprintEscalations(sprint, change, input, budgetPoints, recipients));
  for (const decision of input.decisions) {
    const escalation = decisionEscalation(decision, policy, budgetPoints, recipients);
    if (escalation) out.push(escalation);
  }
  return out;
}
