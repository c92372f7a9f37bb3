import { gateVerdict } from '../../domain/acceptance/gate';
import { isCalibrationCall } from '../calibration/calibrationCalls';
import type { AppStore } from '../ports';
import type { AcceptanceDeps } from './facts';
import { acceptanceFacts } from './facts';
import { noteGateAsked } from './gateAsked';

/**
 * The workflow validator's check: may this issue move into the status with
 * this id? Reads the trusted record in app storage, never the issue property.
 * The target is looked up by id among the project's statuses (names can repeat). A calibration call
 * the app created (the escalation ledger says so, never the issue) is no delivery for the client to accept.
 */
export async function acceptanceGate(deps: AcceptanceDeps & { store?: AppStore; now?: number }, issueKey: string, toStatusId: string): Promise<{ result: boolean; errorMessage?: string }> {
  const f = await acceptanceFacts(deps, issueKey);
  // Jira asked: the project's workflow runs the gate (what the issue panel's "Done is blocked" rests on); never a reason to refuse.
  if (deps.store && deps.now !== undefined) await noteGateAsked(deps.store, f.issue.projectKey, deps.now).catch((error: unknown) => console.warn('acceptance gate: could not note the check', error instanceof Error ? error.message : String(error)));
  const to = f.statuses.find((s) => s.id === toStatusId);
  const names = new Map((await deps.jira.getPeople(f.policy.acceptorIds)).map((p) => [p.accountId, p.displayName]));
  const verdict = gateVerdict({
    record: f.record,
    facts: f.facts,
    ready: f.ready,
    settings: f.policy.acceptance,
    toStatusCategory: to?.category ?? null,
    toStatusId,
    acceptorNames: f.policy.acceptorIds.map((id) => names.get(id) ?? 'the customer acceptor'),
  });
  if (!verdict.result && deps.store && (await isCalibrationCall(deps.store, f.issue.projectKey, f.issue.id))) return { result: true };
  return verdict;
}
