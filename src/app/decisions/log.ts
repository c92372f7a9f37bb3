import type { DecisionLogView } from '../../contract/resolvers';
import { decisionLatency } from '../../domain/decisions/latency';
import { CATEGORY_LABELS } from '../../domain/policy/defaults';
import { requirePermission } from '../access';
import type { UseCaseContext } from '../context';
import { peopleNames } from '../people';
import { loadPolicy } from '../policy';
import { decisionView, peopleInDecisions } from './views';

/** Every decision of the project, newest first, with the time to decision per category. */
export async function decisionLog(ctx: UseCaseContext, projectKey: string): Promise<DecisionLogView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [{ policy }, decisions] = await Promise.all([loadPolicy(ctx, projectKey), ctx.decisions.listByProject(projectKey)]);
  const name = await peopleNames(ctx, peopleInDecisions(decisions, policy));
  // The log is read-only: its rows offer no actions, so no per-row permission checks.
  const viewer = { accountId: ctx.accountId, canRaise: false, now: ctx.now, name };
  return {
    projectKey,
    clockMode: policy.clockMode,
    decisions: [...decisions].reverse().map((d) => decisionView(d, policy, viewer)),
    latency: decisionLatency(decisions, policy).map((l) => ({ ...l, label: CATEGORY_LABELS[l.category], slaHours: policy.categories[l.category].slaHours })),
  };
}
