import { registerProject } from './registeredProjects';
import type { PolicyInput, PolicyView } from '../contract/resolvers';
import { defaultPolicy, withPolicyDefaults } from '../domain/policy/defaults';
import { diffPolicies } from '../domain/policy/diff';
import { validatePolicy } from '../domain/policy/schema';
import type { EngagementPolicy } from '../domain/policy/types';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { AppError, invalid } from './errors';
import { peopleNames } from './people';
import type { StoredPolicy } from './ports';

/** Policy history kept per project; older changes drop off (the record must stay small). */
const HISTORY_LIMIT = 200;

export async function loadPolicy(ctx: Pick<UseCaseContext, 'policies'>, projectKey: string): Promise<StoredPolicy> {
  const stored = await ctx.policies.get(projectKey);
  // A policy saved before a setting existed gets that setting's default.
  return stored ? { ...stored, policy: withPolicyDefaults(stored.policy) } : { policy: defaultPolicy(), version: 0, history: [] };
}

export function peopleOf(policy: EngagementPolicy): string[] {
  const ids = Object.values(policy.categories).flatMap((c) => [...c.ownerIds, ...c.escalateToIds]);
  return [...ids, ...policy.acceptorIds, policy.clientSponsorId, policy.deliverySponsorId].filter((id): id is string => id !== null);
}

export async function policyView(ctx: UseCaseContext, projectKey: string): Promise<PolicyView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [stored, canEdit] = await Promise.all([loadPolicy(ctx, projectKey), ctx.permissions.has(ctx.accountId, 'ADMINISTER_PROJECTS', { projectKey })]);
  const name = await peopleNames(ctx, [...peopleOf(stored.policy), ...stored.history.map((h) => h.byAccountId)]);
  return {
    projectKey,
    policy: stored.policy as PolicyInput,
    people: [...new Set(peopleOf(stored.policy))].map(name),
    canEdit,
    history: [...stored.history].reverse().map((h) => ({
      at: new Date(h.at).toISOString(),
      by: name(h.byAccountId),
      changes: h.changes.map((c) => ({ path: c.path, before: shown(c.before), after: shown(c.after) })),
    })),
    version: stored.version,
  };
}

const shown = (value: unknown) => (value === null || value === undefined ? '—' : Array.isArray(value) ? value.join(', ') || '—' : String(value));

export async function savePolicy(ctx: UseCaseContext, projectKey: string, input: unknown, expectedVersion: number): Promise<PolicyView> {
  await requirePermission(ctx, 'ADMINISTER_PROJECTS', { projectKey });
  const validated = validatePolicy(input);
  if (!validated.ok) {
    const fields = Object.fromEntries(Object.entries(validated.fields).map(([path, message]) => [`policy.${path}`, message]));
    throw invalid('Some settings need fixing before they can be saved.', fields);
  }
  const stored = await loadPolicy(ctx, projectKey);
  if (stored.version !== expectedVersion) throw staleEdit();
  const changes = diffPolicies(stored.policy, validated.policy);
  if (changes.length > 0) {
    const history = [...stored.history, { at: ctx.now, byAccountId: ctx.accountId, changes }].slice(-HISTORY_LIMIT);
    if (!(await ctx.policies.save(projectKey, { policy: validated.policy, version: stored.version + 1, history }))) throw staleEdit();
  }
  await registerProject(ctx.store, projectKey, ctx.now);
  return policyView(ctx, projectKey);
}

const staleEdit = () => new AppError('conflict', 'Someone else saved these settings a moment ago. Reload to see their changes, then save again.');
