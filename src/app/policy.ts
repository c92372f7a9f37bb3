import { registerProject } from './registeredProjects';
import { madeByAction } from '../domain/actions/actionId';
import type { PolicyInput, PolicyView } from '../contract/resolvers';
import { mayHoldRole, NOT_AN_ACTIVE_USER } from '../domain/policy/accountIds';
import { defaultPolicy } from '../domain/policy/defaults';
import { diffPolicies } from '../domain/policy/diff';
import { policyPeople } from '../domain/policy/people';
import { readablePolicy } from '../domain/policy/readable';
import { validatePolicy } from '../domain/policy/schema';
import type { EngagementPolicy, PolicyChange } from '../domain/policy/types';
import { showableText } from '../domain/text';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { AppError, invalid } from './errors';
import { peopleNames } from './people';
import type { StoredPolicy } from './ports';

/** Policy history kept per project; older changes drop off (the record must stay small). */
const HISTORY_LIMIT = 200;
/** The history's "before" of a stored value that could not be read. */
const UNREADABLE = '(could not be read)';

/** A stored policy as the app can use it, and what of it could not be read (path inside the policy → why). */
export type LoadedPolicy = StoredPolicy & { problems: Record<string, string> };

export async function loadPolicy(ctx: Pick<UseCaseContext, 'policies'>, projectKey: string): Promise<LoadedPolicy> {
  const stored = await ctx.policies.get(projectKey);
  if (!stored) return { policy: defaultPolicy(), version: 0, history: [], problems: {} };
  // A policy saved before a setting existed gets that setting's default; one that cannot be read
  // (written before a rule existed, or corrupted) is used without what cannot be read.
  const { policy, problems } = readablePolicy(stored.policy);
  return { ...stored, history: readableHistory(stored.history), policy, problems };
}

/** The largest time a Date can hold (ms): `new Date(h.at).toISOString()` throws beyond it. */
const MAX_DATE_MS = 8.64e15;

/** Whether a stored history entry can be shown (a corrupted one must not keep the settings page closed). */
function isShowableChange(h: unknown): h is PolicyChange {
  if (typeof h !== 'object' || h === null) return false;
  const { at, byAccountId, changes } = h as Record<string, unknown>;
  return typeof at === 'number' && Math.abs(at) <= MAX_DATE_MS && typeof byAccountId === 'string' && Array.isArray(changes) && changes.every((c) => typeof c === 'object' && c !== null);
}

const readableHistory = (history: unknown): PolicyChange[] => (Array.isArray(history) ? history.filter(isShowableChange) : []);

export function peopleOf(policy: EngagementPolicy): string[] {
  return policyPeople(policy).map((p) => p.accountId);
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
      changes: h.changes.map((c) => ({ path: showableText(String(c.path)), before: shown(c.before), after: shown(c.after) })),
    })),
    version: stored.version,
    problems: stored.problems,
  };
}

/** A value of the history as text; text kept from before the text rule is made showable. */
const shown = (value: unknown) => showableText(value === null || value === undefined ? '—' : Array.isArray(value) ? value.join(', ') || '—' : String(value));

/**
 * The policy's people must be active people of this site: one bulk lookup (Jira leaves unknown
 * ids out and answers deactivated accounts and apps too); each other id is refused on its path.
 */
async function refuseNobodies(ctx: UseCaseContext, policy: EngagementPolicy): Promise<void> {
  const named = policyPeople(policy);
  if (named.length === 0) return;
  const accounts = await ctx.jira.getPeople([...new Set(named.map((p) => p.accountId))]);
  const holders = new Set(accounts.filter(mayHoldRole).map((a) => a.accountId));
  const fields = Object.fromEntries(named.filter((p) => !holders.has(p.accountId)).map((p) => [`policy.${p.path}`, NOT_AN_ACTIVE_USER]));
  if (Object.keys(fields).length > 0) throw invalid('Some people in these settings are not active users of this site.', fields);
}

/** Saves the settings once: a retried save whose first try was stored answers with what is stored. */
export async function savePolicy(ctx: UseCaseContext, projectKey: string, input: unknown, expectedVersion: number, actionId?: string): Promise<PolicyView> {
  await requirePermission(ctx, 'ADMINISTER_PROJECTS', { projectKey });
  const validated = validatePolicy(input);
  if (!validated.ok) {
    const fields = Object.fromEntries(Object.entries(validated.fields).map(([path, message]) => [`policy.${path}`, message]));
    throw invalid('Some settings need fixing before they can be saved.', fields);
  }
  const stored = await loadPolicy(ctx, projectKey);
  if (madeByAction(stored.history.at(-1), ctx.accountId, actionId)) return policyView(ctx, projectKey);
  if (stored.version !== expectedVersion) throw staleEdit();
  await refuseNobodies(ctx, validated.policy);
  // What could not be read was shown blanked; saving writes the blanks, and the history says so.
  const repairs = Object.keys(stored.problems).map((path) => ({ path, before: UNREADABLE, after: null }));
  const changes = [...repairs, ...diffPolicies(stored.policy, validated.policy)];
  if (changes.length > 0) {
    const history = [...stored.history, { at: ctx.now, byAccountId: ctx.accountId, ...(actionId ? { actionId } : {}), changes }].slice(-HISTORY_LIMIT);
    if (!(await ctx.policies.save(projectKey, { policy: validated.policy, version: stored.version + 1, history }))) throw staleEdit();
  }
  await registerProject(ctx.store, projectKey, ctx.now).catch((error: unknown) => console.warn('project registration deferred to the next view', error));
  return policyView(ctx, projectKey);
}

const staleEdit = () => new AppError('conflict', 'Someone else saved these settings a moment ago. Reload to see their changes, then save again.');
