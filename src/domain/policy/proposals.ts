/**
 * How a save, a confirmation, a rejection and an acknowledgement move the policy record: the
 * policy in force, at most one proposal waiting for the client sponsor, and the changes applied
 * without the client's confirmation. What weakens the client's control is clientControl.ts.
 */
import { isClientControlValue, weakeningChanges, withSettings } from './clientControl';
import { diffPolicies, sameValue } from './diff';
import { valueAt } from './paths';
import type { EngagementPolicy, PolicyChange, PolicyProposal, PolicySettingChange, UnconfirmedChanges } from './types';

export interface ClientControlState {
  /** The policy in force: what decisions, acceptance and the workflow validator read. */
  policy: EngagementPolicy;
  pending: PolicyProposal | null;
  unconfirmed: UnconfirmedChanges | null;
}

/** A history entry before it is stamped with who, when and the action id. */
export type PolicyEvent = Omit<PolicyChange, 'at' | 'byAccountId' | 'actionId'>;

export interface PolicyTransition extends ClientControlState {
  /** What the history records, in order; none when nothing changed. */
  events: PolicyEvent[];
}

export interface SaveInput {
  by: string;
  now: number;
  /**
   * Who can confirm weakening changes: the client sponsor in force, when that is an active
   * person of the site; null when none is named (or the one named can no longer sign in).
   */
  confirmer: string | null;
  /** Settings that could not be read and are saved blank (they apply at once, as shown). */
  repairs?: PolicySettingChange[];
}

const proposalRef = (p: PolicyProposal) => ({ byAccountId: p.proposedBy, at: p.proposedAt });
const sameProposal = (a: readonly PolicySettingChange[], b: readonly PolicySettingChange[]) =>
  sameValue(
    a.map((c) => [c.path, c.after]),
    b.map((c) => [c.path, c.after]),
  );

/**
 * Changes made without the client's confirmation, folded by setting: a setting changed again keeps
 * its first `before`; one changed back to it drops out. Settings `policy` no longer has at their
 * recorded `after` take its value (an unconfirmed gate turned off and on again is no change).
 *
 * @example
 * withUnconfirmed(null, [{ path: 'acceptance.gateEnabled', before: true, after: false }], gateOff, 'acc-admin', T)
 * //=> { changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }], byAccountIds: ['acc-admin'], since: T }
 * withUnconfirmed(thatOne, [], gateOnAgain, 'acc-admin', T + 1) //=> null
 */
export function withUnconfirmed(prev: UnconfirmedChanges | null, added: readonly PolicySettingChange[], policy: EngagementPolicy, by: string, now: number): UnconfirmedChanges | null {
  const byPath = new Map((prev?.changes ?? []).map((c) => [c.path, { ...c, after: structuredClone(valueAt(policy, c.path)) }]));
  for (const c of added) byPath.set(c.path, { path: c.path, before: byPath.get(c.path)?.before ?? c.before, after: c.after });
  const changes = [...byPath.values()].filter((c) => !sameValue(c.before, c.after));
  if (changes.length === 0) return null;
  const byAccountIds = [...new Set([...(prev?.byAccountIds ?? []), ...(added.length > 0 ? [by] : [])])];
  return { changes, byAccountIds, since: prev?.since ?? now };
}

/**
 * A save of the settings page. What does not weaken the client's control applies at once. What
 * weakens it becomes the one pending proposal (replacing any earlier one) — unless nobody can
 * confirm it (it applies at once and is recorded as unconfirmed) or the client sponsor is the one
 * saving (their save is their confirmation).
 *
 * @example
 * planSave({ policy, pending: null, unconfirmed: null }, gateOff, { by: 'acc-admin', now: T, confirmer: 'acc-sponsor' })
 * //=> { policy, pending: { changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }], proposedBy: 'acc-admin', proposedAt: T },
 * //     unconfirmed: null, events: [{ kind: 'proposed', changes: [...] }] }
 */
export function planSave(state: ClientControlState, proposed: EngagementPolicy, { by, now, confirmer, repairs = [] }: SaveInput): PolicyTransition {
  const weakening = weakeningChanges(state.policy, proposed);
  const replaced = state.pending;
  if (confirmer === null || confirmer === by) {
    const unconfirmedNow = confirmer === null ? weakening : [];
    const saved = [...repairs, ...diffPolicies(state.policy, proposed).filter((c) => !unconfirmedNow.some((w) => w.path === c.path))];
    const events: PolicyEvent[] = [
      ...(saved.length > 0 ? [{ kind: 'saved' as const, changes: saved }] : []),
      ...(unconfirmedNow.length > 0 ? [{ kind: 'applied-unconfirmed' as const, changes: unconfirmedNow }] : []),
      ...(replaced ? [{ kind: 'proposal-replaced' as const, proposal: proposalRef(replaced), changes: replaced.changes }] : []),
    ];
    const unconfirmed = confirmer === null ? withUnconfirmed(state.unconfirmed, unconfirmedNow, proposed, by, now) : state.unconfirmed;
    return { policy: proposed, pending: null, unconfirmed, events };
  }
  // The weakening settings stay as they are in force; the rest of the save applies.
  const inForce = withSettings(
    proposed,
    weakening.map((c) => ({ ...c, after: c.before })),
  );
  const saved = [...repairs, ...diffPolicies(state.policy, inForce)];
  const events: PolicyEvent[] = saved.length > 0 ? [{ kind: 'saved', changes: saved }] : [];
  if (weakening.length === 0) {
    if (replaced) events.push({ kind: 'proposal-replaced', proposal: proposalRef(replaced), changes: replaced.changes });
    return { policy: inForce, pending: null, unconfirmed: state.unconfirmed, events };
  }
  if (replaced && sameProposal(replaced.changes, weakening)) return { policy: inForce, pending: replaced, unconfirmed: state.unconfirmed, events };
  events.push({ kind: 'proposed', changes: weakening, ...(replaced ? { proposal: proposalRef(replaced) } : {}) });
  return { policy: inForce, pending: { changes: weakening, proposedBy: by, proposedAt: now }, unconfirmed: state.unconfirmed, events };
}

/**
 * The client sponsor confirms the pending proposal: its changes take effect over the policy in
 * force (whatever else was saved meanwhile stays).
 *
 * @example
 * confirmPending({ policy, pending: gateOffProposal, unconfirmed: null }).policy.acceptance.gateEnabled //=> false
 */
export function confirmPending(state: ClientControlState & { pending: PolicyProposal }): PolicyTransition {
  const policy = withSettings(state.policy, state.pending.changes);
  const changes = state.pending.changes.map((c) => ({ path: c.path, before: valueAt(state.policy, c.path), after: c.after })).filter((c) => !sameValue(c.before, c.after));
  return { policy, pending: null, unconfirmed: state.unconfirmed, events: [{ kind: 'confirmed', proposal: proposalRef(state.pending), changes }] };
}

/** The client sponsor rejects the pending proposal: nothing of it takes effect. */
export function rejectPending(state: ClientControlState & { pending: PolicyProposal }): PolicyTransition {
  return { ...state, pending: null, events: [{ kind: 'rejected', proposal: proposalRef(state.pending), changes: state.pending.changes }] };
}

/** The client sponsor acknowledges the changes applied without confirmation: they stay, and are no longer flagged. */
export function acknowledgeUnconfirmed(state: ClientControlState & { unconfirmed: UnconfirmedChanges }): PolicyTransition {
  return { ...state, unconfirmed: null, events: [{ kind: 'acknowledged', changes: state.unconfirmed.changes }] };
}

/**
 * Whether the caller may acknowledge the unconfirmed changes: the client sponsor who can confirm,
 * and not one who made any of them (naming oneself client sponsor is no confirmation).
 *
 * @example
 * mayAcknowledge({ changes, byAccountIds: ['acc-admin'], since: T }, 'acc-sponsor', 'acc-sponsor') //=> true
 * mayAcknowledge({ changes, byAccountIds: ['acc-admin'], since: T }, 'acc-admin', 'acc-admin') //=> false
 */
export function mayAcknowledge(unconfirmed: UnconfirmedChanges, caller: string, confirmer: string | null): boolean {
  return confirmer === caller && !unconfirmed.byAccountIds.includes(caller);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The client-control changes of a stored value that can be read; null if any cannot (or there are none). */
function readableChanges(value: unknown): PolicySettingChange[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const changes = value.filter((c): c is PolicySettingChange => isObject(c) && typeof c.path === 'string' && isClientControlValue(c.path, c.before) && isClientControlValue(c.path, c.after));
  return changes.length === value.length && new Set(changes.map((c) => c.path)).size === changes.length ? changes : null;
}

/**
 * A stored proposal as the app can offer it for confirmation, or null: one that cannot be read
 * whole is not offered (it was never in force, so nothing is lost but the proposal).
 *
 * @example
 * readableProposal({ changes: [{ path: 'acceptance.gateEnabled', before: true, after: false }], proposedBy: 'acc-admin', proposedAt: T }) //=> the same
 * readableProposal({ changes: [{ path: 'budgetPoints', before: 1, after: 2 }], proposedBy: 'acc-admin', proposedAt: T }) //=> null
 */
export function readableProposal(stored: unknown): PolicyProposal | null {
  if (!isObject(stored) || typeof stored.proposedBy !== 'string' || !isTime(stored.proposedAt)) return null;
  const changes = readableChanges(stored.changes);
  return changes ? { changes, proposedBy: stored.proposedBy, proposedAt: stored.proposedAt } : null;
}

/**
 * Stored unconfirmed changes as the app can flag them; what cannot be read is flagged as far as it
 * can be (people who cannot be named are left out).
 */
export function readableUnconfirmed(stored: unknown): UnconfirmedChanges | null {
  if (!isObject(stored) || !isTime(stored.since)) return null;
  const changes = Array.isArray(stored.changes)
    ? stored.changes.filter((c): c is PolicySettingChange => isObject(c) && typeof c.path === 'string' && isClientControlValue(c.path, c.before) && isClientControlValue(c.path, c.after))
    : [];
  if (changes.length === 0) return null;
  const byAccountIds = Array.isArray(stored.byAccountIds) ? stored.byAccountIds.filter((id): id is string => typeof id === 'string') : [];
  return { changes, byAccountIds, since: stored.since };
}
