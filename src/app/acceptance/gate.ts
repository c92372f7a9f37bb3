import { gateVerdict } from '../../domain/acceptance/gate';
import type { AcceptanceDeps } from './facts';
import { acceptanceFacts } from './facts';

/**
 * The workflow validator's check: may this issue move into the status with
 * this id? Reads the trusted record in app storage, never the issue property.
 * The target is looked up by id among the project's statuses (names can repeat).
 */
export async function acceptanceGate(deps: AcceptanceDeps, issueKey: string, toStatusId: string): Promise<{ result: boolean; errorMessage?: string }> {
  const f = await acceptanceFacts(deps, issueKey);
  const to = f.statuses.find((s) => s.id === toStatusId);
  const names = new Map((await deps.jira.getPeople(f.policy.acceptorIds)).map((p) => [p.accountId, p.displayName]));
  return gateVerdict({
    record: f.record,
    facts: f.facts,
    ready: f.ready,
    settings: f.policy.acceptance,
    toStatusCategory: to?.category ?? null,
    toStatusId,
    acceptorNames: f.policy.acceptorIds.map((id) => names.get(id) ?? 'the customer acceptor'),
  });
}
