import { registerProjectAfterWrite } from './registeredProjects';
import { madeByAction } from '../domain/actions/actionId';
import type { PolicyEventKey, PolicyInput, PolicyView } from '../contract/resolvers';
import { mayHoldRole, NOT_AN_ACTIVE_USER } from '../domain/policy/accountIds';
import { withSettings } from '../domain/policy/clientControl';
import { defaultPolicy } from '../domain/policy/defaults';
import { policyPeople } from '../domain/policy/people';
import { planSave, readableProposal, readableUnconfirmed, type PolicyTransition } from '../domain/policy/proposals';
import { readablePolicy } from '../domain/policy/readable';
import { validatePolicy } from '../domain/policy/schema';
import type { EngagementPolicy, PolicyChange, PolicyEventKind, PolicyProposal, UnconfirmedChanges } from '../domain/policy/types';
import { showableText } from '../domain/text';
import { requirePermission } from './access';
import type { UseCaseContext } from './context';
import { AppError, invalid } from './errors';
import { peopleNames } from './people';
import { confirmationPeople, confirmationView } from './policyConfirmationView';
import type { StoredPolicy } from './ports';
import { refuseDailyNoteProblems } from './dailyNote/settingsCheck';
import { refuseTeamProblems } from './teams/teamChecks';
import { rememberTeamMembership } from './teams/teamMembership';

/** Policy history kept per project; older changes drop off (the record must stay small). */
const HISTORY_LIMIT = 200;
/** The history's "before" of a stored value that could not be read. */
const UNREADABLE = '(could not be read)';

/** A stored policy as the app can use it, and what of it could not be read (path inside the policy → why). */
export type LoadedPolicy = Omit<StoredPolicy, 'pending' | 'unconfirmed'> & {
  pending: PolicyProposal | null;
  unconfirmed: UnconfirmedChanges | null;
  problems: Record<string, string>;
};

/** The policy in force (what every reader uses), with the proposal that waits for the client sponsor beside it. */
export async function loadPolicy(ctx: Pick<UseCaseContext, 'policies'>, projectKey: string): Promise<LoadedPolicy> {
  const stored = await ctx.policies.get(projectKey);
  if (!stored) return { policy: defaultPolicy(), version: 0, history: [], pending: null, unconfirmed: null, problems: {} };
  // A policy saved before a setting existed gets that setting's default; one that cannot be read
  // (written before a rule existed, or corrupted) is used without what cannot be read.
  const { policy, problems } = readablePolicy(stored.policy);
  return { policy, version: stored.version, history: readableHistory(stored.history), pending: readableProposal(stored.pending), unconfirmed: readableUnconfirmed(stored.unconfirmed), problems };
}

/** The largest time a Date can hold (ms): `new Date(h.at).toISOString()` throws beyond it. */
const MAX_DATE_MS = 8.64e15;
const isTime = (at: unknown): at is number => typeof at === 'number' && Math.abs(at) <= MAX_DATE_MS;
const EVENT_KINDS: ReadonlySet<unknown> = new Set<PolicyEventKind>(['saved', 'proposed', 'proposal-replaced', 'confirmed', 'rejected', 'applied-unconfirmed', 'acknowledged']);

/** Whether a stored history entry can be shown (a corrupted one must not keep the settings page closed). */
function isShowableChange(h: unknown): h is PolicyChange {
  if (typeof h !== 'object' || h === null) return false;
  const { at, byAccountId, changes } = h as Record<string, unknown>;
  return isTime(at) && typeof byAccountId === 'string' && Array.isArray(changes) && changes.every((c) => typeof c === 'object' && c !== null);
}

/** A showable entry with what it records made showable too: an unknown kind reads as a save, an unreadable proposal reference is left out. */
function showableChange(h: PolicyChange): PolicyChange {
  const { kind, proposal, ...rest } = h;
  const readableProposal = typeof proposal === 'object' && proposal !== null && typeof proposal.byAccountId === 'string' && isTime(proposal.at);
  return { ...rest, ...(EVENT_KINDS.has(kind) ? { kind } : {}), ...(readableProposal ? { proposal } : {}) };
}

const readableHistory = (history: unknown): PolicyChange[] => (Array.isArray(history) ? history.filter(isShowableChange).map(showableChange) : []);

export function peopleOf(policy: EngagementPolicy): string[] {
  return policyPeople(policy).map((p) => p.accountId);
}

export async function policyView(ctx: UseCaseContext, projectKey: string): Promise<PolicyView> {
  await requirePermission(ctx, 'BROWSE_PROJECTS', { projectKey });
  const [stored, canEdit] = await Promise.all([loadPolicy(ctx, projectKey), ctx.permissions.has(ctx.accountId, 'ADMINISTER_PROJECTS', { projectKey })]);
  const historyPeople = stored.history.flatMap((h) => [h.byAccountId, ...(h.proposal ? [h.proposal.byAccountId] : [])]);
  const name = await peopleNames(ctx, [...peopleOf(stored.policy), ...historyPeople, ...confirmationPeople(stored)]);
  return {
    projectKey,
    // Not a cast: the policy in force is what the settings page edits, field for field (health included).
    policy: stored.policy satisfies PolicyInput,
    people: [...new Set(peopleOf(stored.policy))].map(name),
    canEdit,
    history: [...stored.history].reverse().map((h) => ({
      at: new Date(h.at).toISOString(),
      by: name(h.byAccountId),
      kind: (h.kind ?? 'saved') satisfies PolicyEventKey,
      proposal: h.proposal ? { by: name(h.proposal.byAccountId), at: new Date(h.proposal.at).toISOString() } : null,
      changes: h.changes.map((c) => ({ path: showableText(String(c.path)), before: shown(c.before), after: shown(c.after) })),
    })),
    version: stored.version,
    problems: stored.problems,
    confirmation: confirmationView(stored, ctx.accountId, name),
    proposedPolicy: stored.pending ? (withSettings(stored.policy, stored.pending.changes) satisfies PolicyInput) : null,
  };
}

/** A value of the history as text; text kept from before the text rule is made showable. */
const shown = (value: unknown) => showableText(value === null || value === undefined ? '—' : Array.isArray(value) ? value.join(', ') || '—' : String(value));

/**
 * The policy's people must be active people of this site: one bulk lookup (Jira leaves unknown
 * ids out and answers deactivated accounts and apps too); each other id is refused on its path.
 * `within` limits the check to the people at those settings; `alsoAsk` are looked up in the same
 * call. Answers who of all those asked may hold a role.
 */
export async function refuseNobodies(ctx: UseCaseContext, policy: EngagementPolicy, options: { within?: readonly string[]; alsoAsk?: readonly string[] } = {}): Promise<ReadonlySet<string>> {
  const inside = (path: string) => !options.within || options.within.some((p) => path === p || path.startsWith(`${p}.`));
  const named = policyPeople(policy).filter((p) => inside(p.path));
  const ids = [...new Set([...named.map((p) => p.accountId), ...(options.alsoAsk ?? [])])];
  if (ids.length === 0) return new Set();
  const accounts = await ctx.jira.getPeople(ids);
  const holders = new Set(accounts.filter(mayHoldRole).map((a) => a.accountId));
  const fields = Object.fromEntries(named.filter((p) => !holders.has(p.accountId)).map((p) => [`policy.${p.path}`, NOT_AN_ACTIVE_USER]));
  if (Object.keys(fields).length > 0) throw invalid('Some people in these settings are not active users of this site.', fields);
  return holders;
}

/** The record after a transition, one version on, its events in the history stamped with who, when and the action id. */
export function nextRecord(ctx: Pick<UseCaseContext, 'accountId' | 'now'>, stored: LoadedPolicy, next: PolicyTransition, actionId: string | undefined): StoredPolicy {
  const stamp = { at: ctx.now, byAccountId: ctx.accountId, ...(actionId ? { actionId } : {}) };
  const history = [...stored.history, ...next.events.map((event) => ({ ...stamp, ...event }))].slice(-HISTORY_LIMIT);
  return { policy: next.policy, version: stored.version + 1, history, ...(next.pending ? { pending: next.pending } : {}), ...(next.unconfirmed ? { unconfirmed: next.unconfirmed } : {}) };
}

/**
 * Saves the settings once: a retried save whose first try was stored answers with what is stored.
 * Changes that weaken the client's control wait for the client sponsor (domain/policy/proposals.ts).
 */
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
  const sponsor = stored.policy.clientSponsorId;
  // The same lookup says whether the client sponsor in force can still confirm (a deactivated one cannot).
  const active = await refuseNobodies(ctx, validated.policy, { alsoAsk: sponsor ? [sponsor] : [] });
  const confirmer = sponsor !== null && active.has(sponsor) ? sponsor : null;
  // The teams' groups and roles must be Jira's, and nobody on both sides once Jira says who they hold.
  const membership = await refuseTeamProblems(ctx, projectKey, validated.policy.teams);
  // The daily note's issue must be one of this project that Jira has.
  await refuseDailyNoteProblems(ctx, projectKey, validated.policy.dailyNote);
  // What could not be read was shown blanked; saving writes the blanks, and the history says so.
  const repairs = Object.keys(stored.problems).map((path) => ({ path, before: UNREADABLE, after: null }));
  const next = planSave(stored, validated.policy, { by: ctx.accountId, now: ctx.now, confirmer, repairs });
  if (next.events.length > 0 && !(await ctx.policies.save(projectKey, nextRecord(ctx, stored, next, actionId)))) throw staleEdit();
  await registerProjectAfterWrite(ctx.store, projectKey, ctx.now);
  // What the check just resolved is the teams' membership for the next hour; a failure here only means asking Jira again.
  if (membership) await rememberTeamMembership(ctx.store, projectKey, validated.policy.teams, membership).catch((error: unknown) => console.warn(`team membership of ${projectKey} not kept`, error));
  return policyView(ctx, projectKey);
}

export const staleEdit = () => new AppError('conflict', 'Someone else saved these settings a moment ago. Reload to see their changes, then save again.');
