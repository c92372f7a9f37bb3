/**
 * Decision and policy resolvers for the host's dev harness only: in memory, simple
 * wall-clock SLA, just enough rules (owners record, raisers withdraw, versions
 * conflict) to develop the Custom UI before the real backend answers.
 */
import type { DecisionCategoryKey, DecisionView, PersonView, PolicyInput, PolicyView, ResolverResult } from '../../../src/contract/resolvers';
import type { SandboxData } from '../../jira/model';
import type { ForgeInvocation } from '../host';

type Stored = Omit<DecisionView, 'clock' | 'can'>;
type Answer = ResolverResult<unknown>;
const HOUR = 3_600_000;
const labels: Record<DecisionCategoryKey, string> = { technical: 'Technical', product: 'Product & UX', scope: 'Scope & timeline' };
const fail = (code: 'invalid' | 'forbidden' | 'not_found' | 'conflict', message: string, fields?: Record<string, string>): Answer => ({ ok: false, error: { code, message, fields } });
const words = (ms: number) => (Math.abs(ms) < HOUR ? `${Math.ceil(Math.abs(ms) / 60_000)} min` : `${Math.floor(Math.abs(ms) / HOUR)} h`);

const calendar = (timeZone: string) => ({ timeZone, workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:00' });
const startPolicy = (): PolicyInput => ({
  categories: {
    technical: { ownerIds: ['dev-tech-lead'], slaHours: null, staleHours: 72, escalateToIds: ['dev-admin'] },
    product: { ownerIds: ['dev-product-owner'], slaHours: 24, staleHours: 72, escalateToIds: ['dev-admin'] },
    scope: { ownerIds: ['dev-admin'], slaHours: 48, staleHours: 72, escalateToIds: [] },
  },
  clientSponsorId: 'dev-admin',
  deliverySponsorId: null,
  acceptorIds: ['dev-product-owner'],
  budgetPoints: 400,
  calendars: { client: calendar('America/New_York'), delivery: calendar('Europe/Warsaw') },
  overlapWindow: { start: '14:00', end: '16:00' },
  clockMode: 'wall',
  acceptance: { readyStatus: null, returnStatus: 'In Progress', gateEnabled: true },
});

export function createFakeDecisions(data: () => SandboxData) {
  const person = (accountId: string): PersonView => ({ accountId, displayName: data().users.find((u) => u.accountId === accountId)?.displayName ?? accountId });
  let policy = startPolicy();
  let policyVersion = 1;
  const policyHistory: PolicyView['history'] = [];
  const decisions: Stored[] = [];
  const perms = (call: ForgeInvocation) => data().projects[0]?.permissions[call.accountId] ?? [];

  function raise(by: string, issueKey: string, category: DecisionCategoryKey, question: string, optionsConsidered: string[], raisedAt: number, supersedes: string | null = null): Stored {
    const rule = policy.categories[category];
    const d: Stored = {
      id: `D-${decisions.length + 1}`, issueKey, category, categoryLabel: labels[category], question, optionsConsidered, status: 'pending',
      raisedBy: person(by), raisedAt: new Date(raisedAt).toISOString(), owners: rule.ownerIds.map(person),
      dueAt: rule.slaHours === null ? null : new Date(raisedAt + rule.slaHours * HOUR).toISOString(), staleAt: new Date(raisedAt + rule.staleHours * HOUR).toISOString(),
      outcome: null, decidedBy: null, decidedAt: null, approval: null, supersedes, supersededBy: null,
      history: [{ type: 'raised', at: new Date(raisedAt).toISOString(), by: person(by), detail: supersedes ? `supersedes ${supersedes}` : null }], version: 1,
    };
    decisions.unshift(d);
    return d;
  }
  function decide(d: Stored, by: string, outcome: string, at: number, approval: Stored['approval'] = null) {
    Object.assign(d, { status: 'decided', outcome, approval, decidedBy: person(by), decidedAt: new Date(at).toISOString(), version: d.version + 1 });
    d.history.push({ type: 'decided', at: d.decidedAt!, by: person(by), detail: approval ? `${approval.verdict}: ${approval.text}` : null });
  }
  const now = Date.now();
  decide(raise('dev-developer', 'ENG-3', 'technical', 'Use the provider’s hosted fields or our own card form?', ['Hosted fields', 'Own form'], now - 200 * HOUR), 'dev-tech-lead', 'Hosted fields: keeps us out of PCI scope.', now - 190 * HOUR);
  raise('dev-tech-lead', 'ENG-3', 'product', 'Should a failed payment keep the basket for 24 h or 7 days?', ['24 h', '7 days'], now - 30 * HOUR);
  raise('dev-tech-lead', 'ENG-4', 'scope', 'Move search suggestions to the next release?', [], now - 2 * HOUR);
  const withdrawn = raise('dev-developer', 'ENG-4', 'product', 'Show suggestions for empty queries?', [], now - 50 * HOUR);
  Object.assign(withdrawn, { status: 'withdrawn', version: 2 });
  withdrawn.history.push({ type: 'withdrawn', at: new Date(now - 40 * HOUR).toISOString(), by: person('dev-developer'), detail: 'answered by the design' });

  function view(d: Stored, call: ForgeInvocation): DecisionView {
    const t = Date.now();
    const pending = d.status === 'pending';
    const remainingMs = pending && d.dueAt ? Date.parse(d.dueAt) - t : null;
    const stale = pending && t > Date.parse(d.staleAt);
    const state = !pending ? 'closed' : stale ? 'stale' : remainingMs === null ? 'no-sla' : remainingMs > 0 ? 'due' : 'overdue';
    const clockWords = !pending ? d.status : remainingMs === null ? 'no response SLA' : remainingMs > 0 ? `due in ${words(remainingMs)}` : `overdue by ${words(remainingMs)}`;
    const mine = d.owners.some((o) => o.accountId === call.accountId);
    return { ...d, clock: { state, words: stale ? `${clockWords}, stale` : clockWords, remainingMs }, can: { record: pending && mine, withdraw: pending && d.raisedBy.accountId === call.accountId, supersede: d.status === 'decided' && perms(call).includes('EDIT_ISSUES') } };
  }
  const find = (p: { decisionId?: string }) => decisions.find((d) => d.id === p.decisionId);

  const handlers: Record<string, (call: ForgeInvocation, p: Record<string, unknown>) => Answer> = {
    'decisions/forIssue': (call) => {
      const issueKey = (call.extension.issue as { key: string }).key;
      const categories = (Object.keys(labels) as DecisionCategoryKey[]).map((c) => ({ category: c, label: labels[c], owners: policy.categories[c].ownerIds.map(person), slaHours: policy.categories[c].slaHours, staleHours: policy.categories[c].staleHours, escalateTo: policy.categories[c].escalateToIds.map(person) }));
      const list = decisions.filter((d) => d.issueKey === issueKey).sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
      return { ok: true, data: { issueKey, decisions: list.map((d) => view(d, call)), canRaise: perms(call).includes('EDIT_ISSUES'), categories } };
    },
    'decisions/raise': (call, p) => {
      if (!perms(call).includes('EDIT_ISSUES')) return fail('forbidden', 'Only people who can edit this issue can raise a decision.');
      const fields: Record<string, string> = {};
      if (!(String(p.category) in labels)) fields.category = 'Choose Technical, Product & UX or Scope & timeline.';
      if (typeof p.question !== 'string' || p.question.trim().length < 5) fields.question = 'Write the question (at least 5 characters).';
      if (String(p.question).length > 500) fields.question = 'At most 500 characters.';
      if (Object.keys(fields).length) return fail('invalid', 'The decision was not raised.', fields);
      const old = typeof p.supersedes === 'string' ? find({ decisionId: p.supersedes }) : undefined;
      const d = raise(call.accountId, (call.extension.issue as { key: string }).key, p.category as DecisionCategoryKey, String(p.question), (p.optionsConsidered as string[]) ?? [], Date.now(), old?.id ?? null);
      if (old) old.supersededBy = d.id;
      return { ok: true, data: view(d, call) };
    },
    'decisions/record': (call, p) => {
      const d = find(p);
      if (!d) return fail('not_found', 'No such decision.');
      if (!d.owners.some((o) => o.accountId === call.accountId)) return fail('forbidden', `Only ${d.categoryLabel} owners can record this decision.`);
      if (d.version !== p.expectedVersion || d.status !== 'pending') return fail('conflict', `${d.id} changed since you opened it.`);
      if (!String(p.outcome ?? '').trim()) return fail('invalid', 'The outcome was not recorded.', { outcome: 'Write the outcome.' });
      const approval = p.approval as Stored['approval'];
      if (d.category === 'scope' && !approval?.text) return fail('invalid', 'The outcome was not recorded.', { 'approval.text': 'The decision maker’s written approval is required.' });
      decide(d, call.accountId, String(p.outcome), Date.now(), approval ?? null);
      return { ok: true, data: view(d, call) };
    },
    'decisions/withdraw': (call, p) => {
      const d = find(p);
      if (!d) return fail('not_found', 'No such decision.');
      if (d.raisedBy.accountId !== call.accountId) return fail('forbidden', 'Only the person who raised it can withdraw it.');
      if (d.version !== p.expectedVersion || d.status !== 'pending') return fail('conflict', `${d.id} changed since you opened it.`);
      Object.assign(d, { status: 'withdrawn', version: d.version + 1 });
      d.history.push({ type: 'withdrawn', at: new Date().toISOString(), by: person(call.accountId), detail: typeof p.reason === 'string' ? p.reason : null });
      return { ok: true, data: view(d, call) };
    },
    'decisions/log': (call) => ({
      ok: true,
      data: {
        projectKey: 'ENG', clockMode: policy.clockMode, decisions: decisions.map((d) => view(d, call)),
        latency: (Object.keys(labels) as DecisionCategoryKey[]).map((c) => {
          const hours = decisions.filter((d) => d.category === c && d.decidedAt).map((d) => (Date.parse(d.decidedAt!) - Date.parse(d.raisedAt)) / HOUR).sort((a, b) => a - b);
          const sla = policy.categories[c].slaHours;
          return { category: c, label: labels[c], slaHours: sla, decidedCount: hours.length, medianHours: hours.length ? hours[Math.floor(hours.length / 2)]! : null, withinSlaCount: sla === null ? null : hours.filter((h) => h <= sla).length };
        }),
      },
    }),
    'policy/get': (call) => ({ ok: true, data: policyView(call) }),
    'policy/save': (call, p) => {
      if (!perms(call).includes('ADMINISTER_PROJECTS')) return fail('forbidden', 'Only project admins can change the decision rights.');
      if (p.expectedVersion !== policyVersion) return fail('conflict', 'Someone saved the policy since you opened it.');
      const next = p.policy as PolicyInput;
      const fields: Record<string, string> = {};
      for (const [c, rule] of Object.entries(next.categories)) {
        if (rule.ownerIds.length === 0) fields[`policy.categories.${c}.ownerIds`] = 'Name at least one owner.';
        if (rule.slaHours !== null && !(rule.slaHours > 0 && rule.slaHours <= 720)) fields[`policy.categories.${c}.slaHours`] = 'Between 1 and 720 hours, or empty for none.';
        if (!(rule.staleHours > 0)) fields[`policy.categories.${c}.staleHours`] = 'More than 0 hours.';
      }
      if (next.overlapWindow.start >= next.overlapWindow.end) fields['policy.overlapWindow.end'] = 'The window must end after it starts.';
      if (Object.keys(fields).length) return fail('invalid', 'The policy was not saved.', fields);
      const changes = diff(policy, next);
      policy = next;
      policyVersion += 1;
      policyHistory.unshift({ at: new Date().toISOString(), by: person(call.accountId), changes });
      return { ok: true, data: policyView(call) };
    },
    'users/search': (_call, p) => {
      const q = String(p.query ?? '').toLowerCase();
      return { ok: true, data: data().users.filter((u) => u.displayName.toLowerCase().includes(q)).slice(0, 10).map((u) => person(u.accountId)) };
    },
  };

  function policyView(call: ForgeInvocation): PolicyView {
    const ids = new Set(JSON.stringify(policy).match(/dev-[a-z-]+/g) ?? []);
    return { projectKey: 'ENG', policy, people: [...ids].map(person), canEdit: perms(call).includes('ADMINISTER_PROJECTS'), history: policyHistory, version: policyVersion };
  }

  const handle = (call: ForgeInvocation): Answer | undefined => handlers[call.functionKey]?.(call, (call.payload ?? {}) as Record<string, unknown>);
  return { handle, policy: () => policy };
}

function diff(before: unknown, after: unknown, path = ''): { path: string; before: string; after: string }[] {
  if (before && after && typeof before === 'object' && typeof after === 'object' && !Array.isArray(before)) {
    return Object.keys(after).flatMap((k) => diff((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  const a = JSON.stringify(before);
  const b = JSON.stringify(after);
  return a === b ? [] : [{ path, before: a ?? '—', after: b ?? '—' }];
}
