// In-memory ports for the escalation benchmarks: app storage with conditional create, a decision and a
// policy store, and a Jira that stores comments (with their marks), answers after a latency and fails on cue.
import type { AppStore, DecisionStore, JiraPort, PolicyStore, StoredPolicy } from '../src/app/ports';
import type { Decision } from '../src/domain/decisions/types';
import { defaultPolicy } from '../src/domain/policy/defaults';

export function memoryStore(): AppStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  const copy = <T>(v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as T));
  return {
    entries,
    get: async <T>(key: string) => copy<T>(entries.get(key)),
    set: async (key, value) => void entries.set(key, copy(value)),
    delete: async (key) => void entries.delete(key),
    async create(key, value) {
      if (entries.has(key)) return false;
      entries.set(key, copy(value));
      return true;
    },
    list: async <T>(prefix: string) =>
      [...entries]
        .filter(([key]) => key.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, value]) => ({ key, value: copy<T>(value)! })),
  };
}

/** A store that dies at a moment: every call after `crash()` throws, as if the function's process had ended. */
export function crashingStore(store: AppStore): AppStore & { crash(): void } {
  let dead = false;
  const guard = <A extends unknown[], R>(f: (...a: A) => Promise<R>) => async (...a: A) => {
    if (dead) throw new Error('the run crashed');
    return f(...a);
  };
  return { get: guard(store.get), set: guard(store.set), delete: guard(store.delete), create: guard(store.create), list: guard(store.list), crash: () => void (dead = true) } as AppStore & { crash(): void };
}

export const PROJECT = 'BENCH';
const HOUR = 3_600_000;

/** `count` technical decisions (no SLA, so no reminders) gone stale a little before `now`. */
export function staleDecisions(count: number, now: number): Decision[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `D-${i + 1}`,
    projectKey: PROJECT,
    issueId: String(20000 + i),
    issueKey: `${PROJECT}-${i + 1}`,
    category: 'technical',
    question: `Which queue library do we use for import job ${i + 1}?`,
    optionsConsidered: [],
    raisedBy: 'dev-1',
    raisedAt: now - 100 * HOUR,
    ownerIds: ['lead-1'],
    dueAt: null,
    staleAt: now - 5 * 60_000,
    status: 'pending',
    outcome: null,
    decidedBy: null,
    decidedAt: null,
    approval: null,
    supersedes: null,
    supersededBy: null,
    history: [],
    version: 1,
  }));
}

export function decisionStore(decisions: readonly Decision[]): DecisionStore {
  return {
    get: async (_p, id) => decisions.find((d) => d.id === id),
    listByProject: async () => [...decisions],
    listByIssue: async (_p, issueId) => decisions.filter((d) => d.issueId === issueId),
    listPending: async () => decisions.filter((d) => d.status === 'pending'),
    insert: async () => false,
    replace: async () => false,
  };
}

/** A live, wall-clock policy with every person named. */
export function livePolicyStore(): PolicyStore {
  const policy = defaultPolicy();
  policy.clockMode = 'wall';
  policy.clientSponsorId = 'client-sponsor';
  policy.deliverySponsorId = 'delivery-sponsor';
  policy.categories.technical.ownerIds = ['lead-1'];
  policy.categories.technical.escalateToIds = ['cto-1'];
  policy.escalation.mode = 'live';
  const stored: StoredPolicy = { policy, version: 1, history: [] };
  return { get: async () => stored, save: async () => false };
}

export interface BenchJira {
  jira: JiraPort;
  /** Comments stored, by the effect id that marks them. */
  marks: Map<string, number>;
  calls: { writes: number; reads: number; lookups: number };
  faults: { enabled: boolean };
}

/**
 * A Jira whose every call takes `latencyMs`; with faults on, `faultRate` of the comment posts fail —
 * half before Jira stores the comment (a 503), half after (stored, then the answer is lost).
 */
export function benchJira(options: { latencyMs: number | (() => number); faultRate?: number; random?: () => number }): BenchJira {
  const marks = new Map<string, number>();
  const calls = { writes: 0, reads: 0, lookups: 0 };
  const faults = { enabled: (options.faultRate ?? 0) > 0 };
  const random = options.random ?? Math.random;
  const wait = () => new Promise((r) => setTimeout(r, typeof options.latencyMs === 'number' ? options.latencyMs : options.latencyMs()));
  const unused = (name: string) => () => {
    throw new Error(`the escalation bench does not expect Jira's ${name}`);
  };
  const jira = {
    async getPeople(ids: readonly string[]) {
      calls.reads++;
      calls.lookups++;
      await wait();
      return ids.map((accountId) => ({ accountId, displayName: `Person ${accountId}`, active: true, accountType: 'atlassian' }));
    },
    async addComment(_key: string, _body: unknown, opts?: { effectId?: string }) {
      calls.writes++;
      await wait();
      const roll = faults.enabled ? random() : 1;
      const rate = options.faultRate ?? 0;
      if (roll < rate / 2) throw Object.assign(new Error('Jira answered 503'), { mayHaveApplied: false });
      const id = opts?.effectId ?? '';
      marks.set(id, (marks.get(id) ?? 0) + 1);
      if (roll < rate) throw Object.assign(new Error('the connection dropped after Jira stored the comment'), { mayHaveApplied: true });
      return { commentId: String(marks.size) };
    },
    async hasEffectComment(_key: string, effectId: string) {
      calls.reads++;
      await wait();
      return (marks.get(effectId) ?? 0) > 0;
    },
  };
  return {
    jira: new Proxy(jira as unknown as JiraPort, { get: (t, k) => (k in t ? (t as unknown as Record<string | symbol, unknown>)[k] : unused(String(k))) }),
    marks,
    calls,
    faults,
  };
}
