import { clockModeWords } from '../calendar/clockSpec';
import { addCountedHours } from '../calendar/countedTime';
import { effectId } from '../effects/pending';
import type { EngagementPolicy } from '../policy/types';
import { blockSources } from './blockedState';
import { blockerClock, countedHoursBetween } from './clocks';
import { recipientsOnce } from './recipients';
import type { DueEscalation, ScannedIssue } from './types';

export interface BlockerRuleInput {
  policy: EngagementPolicy;
  /** Status names by id, for the facts. */
  statusNames: ReadonlyMap<string, string>;
  now: number;
}

/**
 * A blocker lasting more than the Blockers signal's red hours (48 h by default, counted on the
 * blocker clock) escalates once per blocking episode to both sponsors, the assignee and the
 * assignees of the issues blocking it. A new episode (a later `blockedSince`) escalates again.
 *
 * @example
 * blockerEscalations([flaggedFor50WallHours], { policy: wallPolicy, statusNames, now })
 * //=> [{ id: 'blocker:10001_1792656000000:escalate', rule: 'blocker', step: 'escalate', dueAt: blockedSince + 48 h, … }]
 */
export function blockerEscalations(issues: readonly ScannedIssue[], input: BlockerRuleInput): DueEscalation[] {
  const { policy, statusNames, now } = input;
  const settings = policy.escalation.rules.blocker;
  if (!settings.enabled) return [];
  const clock = blockerClock(policy);
  const redHours = policy.health.thresholds.blockers.redHours;
  const out: DueEscalation[] = [];
  for (const issue of issues) {
    const { sources, blockedSince } = blockSources(issue, settings, statusNames, now);
    if (blockedSince === null) continue;
    const dueAt = addCountedHours(blockedSince, redHours, clock);
    if (dueAt > now) continue;
    const countedHours = countedHoursBetween(blockedSince, now, clock);
    // Past the threshold, not on it: the same comparison as the signal's red.
    if (countedHours <= redHours) continue;
    const subjectId = `${issue.id}:${blockedSince}`;
    const unblockers = sources.flatMap((s) => (s.kind === 'link' ? [s.assigneeId] : []));
    out.push({
      id: effectId('blocker', subjectId, 'escalate'),
      rule: 'blocker',
      subjectId,
      step: 'escalate',
      issueId: issue.id,
      issueKey: issue.key,
      dueAt,
      recipients: recipientsOnce([
        ['client-sponsor', [policy.clientSponsorId]],
        ['delivery-sponsor', [policy.deliverySponsorId]],
        ['assignee', [issue.assigneeId]],
        ['unblocker', unblockers],
      ]),
      facts: { rule: 'blocker', summary: issue.summary, blockedSince, countedHours, clockWords: clockModeWords(clock), sources, thresholdHours: redHours },
    });
  }
  return out;
}
