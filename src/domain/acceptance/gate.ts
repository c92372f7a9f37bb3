import type { AcceptanceSettings } from '../policy/types';
import type { StatusCategory } from '../types';
import type { ReadyStatus } from './readyStatus';
import { acceptanceState } from './state';
import type { AcceptanceRecord, IssueAcceptanceFacts } from './types';

export interface GateInput {
  /** The trusted record from app storage (never the issue property, which anyone who edits the issue can write). */
  record: AcceptanceRecord | undefined;
  /** The issue before the transition. */
  facts: IssueAcceptanceFacts;
  ready: ReadyStatus;
  settings: AcceptanceSettings;
  /** The category of the transition's target status, found by its id among the project's statuses; null when it is not among them. */
  toStatusCategory: StatusCategory | null;
  /** The target status's id, to name it when it cannot be classified. */
  toStatusId?: string;
  /** Display names of the customer acceptors, for the message. */
  acceptorNames: readonly string[];
}

export type GateVerdict = { result: true } | { result: false; errorMessage: string };

const ALLOW: GateVerdict = { result: true };

/** The message a refused transition shows in Jira. */
export function gateMessage(acceptorNames: readonly string[]): string {
  const names = acceptorNames.map((n) => n.trim()).filter((n) => n.length > 0);
  return names.length > 0
    ? `Waiting for acceptance by the client: ask ${names.join(' or ')}`
    : 'Waiting for acceptance by the client: name a customer acceptor in the project settings';
}

/** The message for a target status the app cannot classify: refusing is safer than guessing it is not Done. */
export function unknownStatusMessage(statusId: string | undefined): string {
  return `Engagement Health cannot tell whether ${statusId === undefined ? 'the target status' : `status ${statusId}`} is Done; ask your Jira admin to check that it belongs to this project's workflow`;
}

/**
 * The workflow validator's verdict on a transition. It allows:
 * - everything while the project has the gate off;
 * - every transition when the ready status is itself the Done category: the issue only
 *   awaits acceptance once it is done, so gating Done would lock it out for good;
 * - moves out of a Done-category status (Done → Closed): the issue is already done;
 * - issues the client accepted;
 * - transitions into a status that is not in the Done category.
 * A target status the project's statuses do not list (by id) is refused, saying why: where
 * its category matters, the gate fails closed. Anything else moving into Done is refused
 * with who to ask.
 */
export function gateVerdict(input: GateInput): GateVerdict {
  if (!input.settings.gateEnabled) return ALLOW;
  if (input.ready.isDoneCategory) return ALLOW;
  if (input.facts.statusCategory === 'done') return ALLOW;
  if (acceptanceState(input.record, input.facts, input.ready).state === 'accepted') return ALLOW;
  if (input.toStatusCategory === null) return { result: false, errorMessage: unknownStatusMessage(input.toStatusId) };
  if (input.toStatusCategory !== 'done') return ALLOW;
  return { result: false, errorMessage: gateMessage(input.acceptorNames) };
}
