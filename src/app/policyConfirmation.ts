/**
 * The client sponsor's part in the settings: confirm or reject the pending proposal, acknowledge
 * changes applied without confirmation. Only the client sponsor of the policy in force may, checked
 * from the stored record; a retried action whose first try was stored answers with what is stored.
 */
import type { PolicyView } from '../contract/resolvers';
import { madeByAction } from '../domain/actions/actionId';
import { acknowledgeUnconfirmed, confirmPending, mayAcknowledge, rejectPending, type PolicyTransition } from '../domain/policy/proposals';
import { validatePolicy } from '../domain/policy/schema';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { AppError, forbidden, invalid } from './errors';
import { peopleNames } from './people';
import { loadPolicy, nextRecord, policyView, refuseNobodies, staleEdit, type LoadedPolicy } from './policy';

export interface ClientSponsorAction {
  expectedVersion: number;
  actionId?: string;
}

const settled = () => new AppError('conflict', 'Nothing waits for your confirmation any more: the changes were replaced or already settled. Reload to see the settings as they are.');

async function notTheSponsor(ctx: UseCaseContext, sponsor: string | null, what: string): Promise<AppError> {
  if (sponsor === null) return forbidden(`No client sponsor is named in these settings, so nobody can ${what}.`);
  const name = await peopleNames(ctx, [sponsor]);
  return forbidden(`Only the client sponsor, ${name(sponsor).displayName}, can ${what}.`);
}

/** One action of the client sponsor on the stored record, written on the version they saw. */
async function asClientSponsor(
  ctx: UseCaseContext,
  projectKey: string,
  { expectedVersion, actionId }: ClientSponsorAction,
  what: string,
  act: (stored: LoadedPolicy) => Promise<PolicyTransition> | PolicyTransition,
): Promise<PolicyView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const stored = await loadPolicy(ctx, projectKey);
  // Before the sponsor check: a confirmed hand-over makes someone else the sponsor, and the retry must still get its answer.
  if (madeByAction(stored.history.at(-1), ctx.accountId, actionId)) return policyView(ctx, projectKey);
  if (stored.policy.clientSponsorId !== ctx.accountId) throw await notTheSponsor(ctx, stored.policy.clientSponsorId, what);
  if (stored.version !== expectedVersion) throw staleEdit();
  const next = await act(stored);
  if (!(await ctx.policies.save(projectKey, nextRecord(ctx, stored, next, actionId)))) throw staleEdit();
  return policyView(ctx, projectKey);
}

/** The pending changes take effect over the policy in force — if they still can: valid, and naming active people. */
export function confirmPolicyChanges(ctx: UseCaseContext, projectKey: string, action: ClientSponsorAction): Promise<PolicyView> {
  return asClientSponsor(ctx, projectKey, action, 'confirm changes that weaken the client’s control', async (stored) => {
    if (!stored.pending) throw settled();
    const next = confirmPending({ ...stored, pending: stored.pending });
    const validated = validatePolicy(next.policy);
    if (!validated.ok) {
      const fields = Object.fromEntries(Object.entries(validated.fields).map(([path, message]) => [`policy.${path}`, message]));
      throw invalid('These changes can no longer take effect as proposed: reject them and ask for a new proposal.', fields);
    }
    await refuseNobodies(ctx, next.policy, { within: stored.pending.changes.map((c) => c.path) });
    return next;
  });
}

export function rejectPolicyChanges(ctx: UseCaseContext, projectKey: string, action: ClientSponsorAction): Promise<PolicyView> {
  return asClientSponsor(ctx, projectKey, action, 'reject changes that weaken the client’s control', (stored) => {
    if (!stored.pending) throw settled();
    return rejectPending({ ...stored, pending: stored.pending });
  });
}

export function acknowledgePolicyChanges(ctx: UseCaseContext, projectKey: string, action: ClientSponsorAction): Promise<PolicyView> {
  return asClientSponsor(ctx, projectKey, action, 'acknowledge changes applied without the client’s confirmation', (stored) => {
    if (!stored.unconfirmed) throw settled();
    if (!mayAcknowledge(stored.unconfirmed, ctx.accountId, stored.policy.clientSponsorId)) throw forbidden('You made some of these changes yourself, so your acknowledgement cannot confirm them: they stay flagged until another client sponsor acknowledges them.');
    return acknowledgeUnconfirmed({ ...stored, unconfirmed: stored.unconfirmed });
  });
}
