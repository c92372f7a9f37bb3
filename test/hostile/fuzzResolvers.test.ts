/**
 * The hostile user (issue "Hardening"): fuzzed payloads, contexts and callers over every resolver
 * key, through the local Forge exactly as a Custom UI invoke arrives. Payloads are mostly-valid
 * shapes with one thing broken (a wrong type, a lone surrogate, a control or zero-width character,
 * a 100 kB string, a prototype key, NaN or 1e308, deep nesting, an array for an object, null),
 * a field left out or one added, and anything at all; contexts name odd issues and projects;
 * callers are nobody, the guest without permissions, or no one.
 *
 * Every answer must be the one `ResolverResult` shape, never a throw, never `internal`. A refused
 * write may not change anything: per call, no acknowledged storage write (the storage log does not
 * grow) and no write request to Jira; every 25th refused write and at the end of each key, app
 * storage and the watched issues' Jira data are compared with what they were.
 *
 * Refusals must also be fit to show: bounded, well-formed text, with no control characters (a
 * refusal that echoes a 100 kB key or a lone surrogate back is a finding too).
 *
 * Seeds are fixed, so a run is repeatable: the same payloads in the same order, on the same demo.
 * `HOSTILE_DEBUG=1` prints every refusal.
 */
import fc from 'fast-check';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { RESOLVER_KEY_KINDS, RESOLVER_KEYS } from '../../src/contract/keys';
import type { PolicyInput, ResolverKey } from '../../src/contract/resolvers';
import { isSafeText } from '../../src/domain/text';
import { APP_ACCOUNT_ID } from '../../sandbox/jira/serialize/user';
import { outsider, personWithRole, testSandbox } from '../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;

/**
 * Calls per key: payloads with one thing broken, anything at all, odd contexts, odd callers. The
 * suite's share keeps CI within its time; `HOSTILE_RUNS=deep` runs three times as many (new seeds' worth).
 */
const SCALE = process.env.HOSTILE_RUNS === 'deep' ? 3 : 1;
const RUNS = { mutated: 360 * SCALE, wild: 120 * SCALE, context: 80 * SCALE, callers: 40 * SCALE } as const;
const SEED = 20261118;
/** A full storage and Jira comparison after every this many refused writes (and at the end of each key). */
const SNAPSHOT_EVERY = 25;

const ISSUE_PANEL = 'engagement-health-issue-panel';
const PROJECT_PAGE = 'engagement-health-project-page';
const SETTINGS_PAGE = 'engagement-health-settings';
const MODULES = [ISSUE_PANEL, PROJECT_PAGE, SETTINGS_PAGE] as const;

const ON_ISSUE = new Set<ResolverKey>(['issue/summary', 'issue/panel', 'decisions/forIssue', 'decisions/raise', 'decisions/record', 'decisions/withdraw', 'acceptance/forIssue', 'acceptance/accept', 'acceptance/requestChanges']);
/** Keys whose payload has fields: every write, and the people search; the other reads take `{}`. */
const takesFields = (key: ResolverKey) => RESOLVER_KEY_KINDS[key] === 'write' || key === 'users/search' || key === 'health/issues';
const WRITES = RESOLVER_KEYS.filter((key) => RESOLVER_KEY_KINDS[key] === 'write');

/** Jira's POSTs that only read; every other request that is not a GET changes something. */
const JIRA_READ_POSTS = new Set(['POST /rest/api/3/changelog/bulkfetch', 'POST /rest/api/3/permissions/check', 'POST /rest/api/3/search/jql']);

// ---------------------------------------------------------------------------------------------
// Hostile values

const HUGE = 100_000;
const HUGE_STRINGS = ['x'.repeat(HUGE), '\u200b'.repeat(HUGE), `${'a'.repeat(HUGE - 1)}\ud800`, '🚀'.repeat(HUGE / 2), ' '.repeat(HUGE), `Which cache?${'\n'.repeat(HUGE)}`];
const EDGE_STRINGS = [
  '', ' ', ' \t \n ', '\u0000', '\ud800', '\udfff', 'ok\ud83d', '\ude80ok', '\ud83d\ude80', '\u200b', '\u200b\u200c\u200d\u2060\ufeff', '\u202eevil', '\u0007', '\u001b[31mred',
  '\r', 'a\r\nb', '\u0085', '\u2028\u2029', '\u00ad', '\ufffe', '\uffff', '%00', '%ud800', '../', '../../etc/passwd', '..\\..\\', 'ENG-1 OR 1=1', "' OR '1'='1", '"; DROP TABLE x; --',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '${7*7}', '{{7*7}}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  'D-1', 'D-0', 'D-01', 'D-1 ', 'D-9999999999', 'technical', 'TECHNICAL', 'product ', 'wall', 'approved', 'x'.repeat(101), 'x'.repeat(201), 'x'.repeat(1001), 'x'.repeat(5001),
  'null', 'undefined', 'NaN', '1e308', '-1', '0x10', 'true', '[object Object]', '00:00', '24:00', '23:60', 'Europe/Warsaw', 'Mars/Olympus', '557058:00000000-0000-0000-0000-000000000000',
];
const NUMBERS = [NaN, -1, 0, -0, 1, 1.5, 1e308, -1e308, Infinity, -Infinity, 2 ** 53, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MIN_VALUE, 1e6, 1e6 + 1, 720, 721, 2160, 2161, 2 ** 32];

const nestedArray = (depth: number): unknown => {
  let value: unknown = 'Which cache?';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const nestedObject = (depth: number): unknown => {
  let value: unknown = 'Which cache?';
  for (let i = 0; i < depth; i++) value = { question: value };
  return value;
};
/** An own property whatever its name: `{__proto__: x}` as a literal would set the prototype, JSON.parse makes it a key. */
const withOwn = (target: Record<string, unknown>, key: string, value: unknown) => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
};
const DEEP = [nestedArray(100), nestedArray(3_000), nestedArray(30_000), nestedObject(100), nestedObject(3_000), nestedObject(30_000)];
const ODD_OBJECTS = (): unknown[] => [
  {},
  [],
  [null],
  [[]],
  Object.create(null) as object,
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  { toString: 1, valueOf: 1 },
  { toString: 'x', toJSON: 'y' },
  { length: 3 },
  { 0: 'a', 1: 'b', length: 2 },
  withOwn({}, '__proto__', 'x'),
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const nastyUnit = fc.constantFrom('\u200b', '\u0000', '\ud800', '\udc00', 'a', '\n', '\t', '\u202e', ' ', '\u0085', '🚀');
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: nastyUnit, maxLength: 20 }) },
);
const hostileNumber: fc.Arbitrary<number> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NUMBERS) }, { weight: 1, arbitrary: fc.double() }, { weight: 1, arbitrary: fc.integer() });
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_OBJECTS()) },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);
/** Anything at all; now and then what JSON cannot carry either (null prototypes, boxed values, sparse arrays, Maps, BigInts). */
const wildPayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true, withDate: true, withMap: true, withSet: true, withBigInt: true, withTypedArray: true }) },
);
const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'toJSON', '', ' ', '\ud800', '\u0000', '\u200b', '0', '-1', 'length', 'x'.repeat(HUGE), 'policy', 'payload', 'accountId', 'issueKey', 'projectKey') },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
);

// ---------------------------------------------------------------------------------------------
// One field broken, one left out, one added

type Path = (string | number)[];
type Op = 'set' | 'delete' | 'extra';
interface Mutation {
  base: unknown;
  op: Op;
  pick: number;
  key: string;
  value: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place in a (small, JSON) value: the root, each property and each item. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function mutate({ base, op, pick, key, value }: Mutation): unknown {
  const paths = pathsOf(base);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) {
    if (op === 'extra' && isRecord(base)) return withOwn(structuredClone(base), key, value);
    return op === 'delete' ? undefined : value;
  }
  const root = structuredClone(base) as Record<string | number, unknown>;
  let parent = root;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const target = parent[last];
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (op === 'extra' && isRecord(target)) withOwn(target, key, value);
  else if (op === 'extra' && Array.isArray(target)) target.push(value);
  else if (Array.isArray(parent)) parent[last as number] = value;
  else withOwn(parent as Record<string, unknown>, String(last), value);
  return root;
}

const mutation = (base: fc.Arbitrary<unknown>, ops: { op: Op; weight: number }[]): fc.Arbitrary<unknown> =>
  fc
    .record({
      base,
      op: fc.oneof(...ops.map(({ op, weight }) => ({ weight, arbitrary: fc.constant(op) }))),
      pick: fc.nat(),
      key: hostileKey,
      value: hostileValue,
    })
    .map(mutate);

// ---------------------------------------------------------------------------------------------
// The answer

const resolverResult = z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      code: z.enum(['invalid', 'forbidden', 'not_found', 'conflict', 'rate_limited', 'unavailable', 'internal']),
      message: z.string().min(1),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  }),
]);

/** A short, printable description of any input (long strings and deep nesting abbreviated). */
function brief(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 30)}…(${value.length} chars)` : value;
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 4) return Array.isArray(value) ? '[…deeper]' : '{…deeper}';
  if (Array.isArray(value)) return value.slice(0, 6).map((item) => brief(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).slice(0, 12)) withOwn(out, key.length > 40 ? `${key.slice(0, 20)}…(${key.length})` : key, brief((value as Record<string, unknown>)[key], depth + 1));
  return out;
}
const show = (value: unknown) => {
  const text = fc.stringify(brief(value));
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

/** Words a person may be shown: bounded, well-formed, no control characters (tab and newline allowed). */
const showable = (text: string) => text.length <= 2_000 && isSafeText(text, 'multi');

describe('hostile users: fuzzed payloads, contexts and callers over every resolver key', () => {
  let sandbox: Sandbox;
  let storageLog: string;
  let people: Record<'admin' | 'lead' | 'owner' | 'decider' | 'clientSponsor' | 'deliverySponsor' | 'developer' | 'guest', string>;
  let issues: { decisions: string; acceptance: string; plain: string };
  let watched: string[];
  let decisionIds: string[];
  let raisers: string[];
  let policy: PolicyInput;
  let policyVersion = 0;
  const summary: string[] = [];
  const prototypes = () => JSON.stringify([Object.prototype, Array.prototype, String.prototype, Function.prototype].map((p) => Object.getOwnPropertyNames(p).sort()));
  let prototypesBefore: string;

  beforeAll(async () => {
    prototypesBefore = prototypes();
    sandbox = await testSandbox();
    storageLog = join(sandbox.dataDir, 'app-storage.log');
    people = {
      admin: personWithRole(sandbox, 'project-admin').accountId,
      lead: personWithRole(sandbox, 'delivery-tech-lead').accountId,
      owner: personWithRole(sandbox, 'client-product-owner').accountId,
      decider: personWithRole(sandbox, 'client-decision-maker').accountId,
      clientSponsor: personWithRole(sandbox, 'client-sponsor').accountId,
      deliverySponsor: personWithRole(sandbox, 'delivery-sponsor').accountId,
      developer: personWithRole(sandbox, 'developer').accountId,
      guest: outsider(sandbox).accountId,
    };
    const decisions = await sandbox.storage.decisions.listByProject('ENG');
    const pending = decisions.find((d) => d.status === 'pending')!;
    const records = await sandbox.storage.acceptance.listByProject('ENG');
    const data = sandbox.jira.data();
    const ready = data.statuses.find((s) => s.name === 'Ready for Acceptance')!.id;
    const awaiting = data.issues.find((i) => i.fields.statusId === ready && !records.some((r) => r.issueId === i.id))!;
    issues = { decisions: pending.issueKey, acceptance: awaiting.key, plain: data.issues[0]!.key };
    watched = [...new Set([...Object.values(issues), 'ENG-1'])];
    const onIssue = decisions.filter((d) => d.issueId === pending.issueId);
    decisionIds = [...new Set([...onIssue.map((d) => d.id), ...decisions.slice(0, 5).map((d) => d.id)])];
    raisers = [...new Set(onIssue.map((d) => d.raisedBy))];
  });

  /** The policy in force as the settings page reads it (an earlier key's accepted save may have changed it). */
  const readPolicy = async () => {
    const view = await sandbox.forge.resolve({ moduleKey: SETTINGS_PAGE, functionKey: 'policy/get', payload: {}, accountId: people.admin, extension: { type: 'jira:projectSettingsPage', project: { key: 'ENG' } } });
    ({ policy, version: policyVersion } = (view as { ok: true; data: { policy: PolicyInput; version: number } }).data);
  };

  afterAll(async () => {
    console.log(`hostile resolver calls (seed ${SEED}):\n${summary.join('\n')}`);
    await sandbox?.close();
  });

  // -------------------------------------------------------------------------------------------
  // What the sandbox holds, to compare

  const storageBytes = () => statSync(storageLog).size;
  const jiraWrites = () =>
    Object.entries(sandbox.jira.stats())
      .filter(([route]) => !route.startsWith('GET ') && !JIRA_READ_POSTS.has(route))
      .reduce((sum, [, count]) => sum + count, 0);
  const jiraOf = (key: string) => {
    const issue = sandbox.jira.data().issues.find((i) => i.key === key);
    return issue ? { key, status: issue.fields.statusId, comments: issue.comments.length, changelog: issue.changelog.length, properties: issue.properties } : { key, missing: true };
  };
  const snapshot = async () => {
    const projects = sandbox.jira.data().projects.map((p) => p.key);
    const perProject = await Promise.all(
      projects.map(async (key) => ({
        key,
        decisions: await sandbox.storage.decisions.listByProject(key),
        policy: (await sandbox.storage.policies.get(key)) ?? null,
        acceptance: await sandbox.storage.acceptance.listByProject(key),
      })),
    );
    return JSON.stringify({ perProject, store: await sandbox.storage.store.list(''), jira: watched.map(jiraOf) });
  };

  // -------------------------------------------------------------------------------------------
  // Payloads that are valid, or nearly

  const okText = fc.oneof(fc.constantFrom('Which cache?', 'Redis or Memcached?\n\tSee the spike.', 'Ship it 🚀', 'Ça marche — 好'), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0));
  const actionId = fc.stringMatching(/^[A-Za-z0-9-]{8,64}$/);
  const version = fc.oneof(fc.nat(4), fc.constant(1));
  /** Valid health settings (amber before red, names the settings accept), so accepted saves move them too. */
  const number = (min: number, max: number, whole = false) => (whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
  const ordered = (n: fc.Arbitrary<number>) => fc.tuple(n, n).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const healthSettings: fc.Arbitrary<PolicyInput['health']> = fc.record({
    thresholds: fc.record({
      predictability: ordered(number(1, 3, true)).map(([amberOutside, redOutside]) => ({ amberOutside, redOutside })),
      scope: fc.record({ sharePercent: number(0.1, 100) }),
      leadTime: ordered(number(1, 365)).map(([amberDays, redDays]) => ({ amberDays, redDays })),
      defectEscape: ordered(number(0, 10)).map(([amberRate, redRate]) => ({ amberRate, redRate })),
      decisions: fc.record({ withinSlaAmberPercent: number(0, 100) }),
      // A lower first-pass rate is worse: red below amber.
      acceptance: ordered(number(0, 100)).map(([low, high]) => ({ amberFirstPassPercent: high, redFirstPassPercent: low })),
      blockers: ordered(number(1, 2160)).map(([amberHours, redHours]) => ({ amberHours, redHours })),
      // A lower share of client-raised ideas is worse: red below amber.
      partner: ordered(number(0, 100)).map(([low, high]) => ({ amberPercent: high, redPercent: low })),
    }),
    defectEscape: fc.record({
      bugTypes: fc.uniqueArray(fc.constantFrom('Bug', 'Defect', 'Incident', ' Production bug ', 'Ошибка 🐞', 'x'.repeat(60)), { minLength: 1, maxLength: 6 }),
      foundBy: fc.constantFrom('client-reporter' as const, 'label' as const, 'either' as const, 'both' as const),
      labels: fc.uniqueArray(fc.constantFrom('user-found', 'client-reported', 'found-in-prod', 'uat', 'ça-marche'), { minLength: 1, maxLength: 5 }),
      windowDays: number(1, 90, true),
    }),
    partner: fc.record({ ideaTypes: fc.uniqueArray(fc.constantFrom('Story', 'Improvement', 'Bug', ' Idea ', 'Ошибка 🐞', 'x'.repeat(60)), { minLength: 1, maxLength: 6 }) }),
  });
  const validPayload = (key: ResolverKey): fc.Arbitrary<unknown> => {
    const decisionId = fc.oneof(fc.constantFrom(...decisionIds), fc.integer({ min: 1, max: 999 }).map((n) => `D-${n}`));
    switch (key) {
      case 'decisions/raise':
        return fc.record(
          { category: fc.constantFrom('technical', 'product', 'scope'), question: okText, optionsConsidered: fc.array(okText.filter((s) => !/[\n\t]/.test(s)), { maxLength: 3 }), supersedes: decisionId, actionId },
          { requiredKeys: ['category', 'question', 'optionsConsidered'] },
        );
      case 'decisions/record':
        return fc.record(
          { decisionId, outcome: okText, approval: fc.record({ verdict: fc.constantFrom('approved', 'rejected'), text: okText }), expectedVersion: version, actionId },
          { requiredKeys: ['decisionId', 'outcome', 'expectedVersion'] },
        );
      case 'decisions/withdraw':
        return fc.record({ decisionId, reason: okText, expectedVersion: version, actionId }, { requiredKeys: ['decisionId', 'expectedVersion'] });
      case 'policy/save':
        // The live version half of the time (read as the run reaches it: an earlier save may have moved it).
        return fc.record(
          {
            // The policy in force, or with other health settings.
            policy: fc.oneof(fc.constant(null).map(() => structuredClone(policy)), healthSettings.map((health) => ({ ...structuredClone(policy), health }))),
            expectedVersion: fc.oneof(fc.constant(null).map(() => policyVersion), version),
            actionId,
          },
          { requiredKeys: ['policy', 'expectedVersion'] },
        );
      case 'users/search':
        return fc.record({ query: fc.oneof(fc.constantFrom('em', 'Emily', 'a', 'dev'), okText.filter((s) => !/[\n\t]/.test(s))) });
      case 'acceptance/accept':
        return fc.record({ expectedVersion: version, actionId }, { requiredKeys: ['expectedVersion'] });
      case 'health/issues':
        // Refs the page shows (some may not exist yet: the snapshot may not be computed) and ones it never would.
        return fc.record({ ref: fc.oneof(fc.constantFrom('v:1:committed', 'v:13:completed', 's:12:added', 'lt:last-90-days', 'de:10001:escaped', 'sig:blockers'), fc.stringMatching(/^[a-z]{1,4}:[A-Za-z0-9:_-]{1,20}$/)) });
      case 'health/refresh':
        return fc.record({ actionId }, { requiredKeys: [] });
      case 'nps/answer':
        return fc.record({ score: fc.integer({ min: 0, max: 10 }), comment: fc.oneof(okText, fc.constant(null)), actionId }, { requiredKeys: ['score'] });
      case 'nps/dismiss':
        return fc.record({ actionId }, { requiredKeys: [] });
      case 'concerns/raise':
        return fc.record({ text: okText, linkIssue: fc.boolean(), actionId }, { requiredKeys: ['text'] });
      case 'acceptance/requestChanges':
        return fc.record({ feedback: okText, expectedVersion: version, actionId }, { requiredKeys: ['feedback', 'expectedVersion'] });
      default:
        // The client sponsor's answers to a proposal (policy/confirm, policy/reject, policy/acknowledge): the version they saw.
        if (RESOLVER_KEY_KINDS[key] === 'write' && key.startsWith('policy/')) {
          return fc.record({ expectedVersion: fc.oneof(fc.constant(null).map(() => policyVersion), version), actionId }, { requiredKeys: ['expectedVersion'] });
        }
        return fc.constant({});
    }
  };

  // -------------------------------------------------------------------------------------------
  // Contexts and callers

  const normalIssue = (key: ResolverKey) => (key.startsWith('acceptance/') ? fc.constantFrom(issues.acceptance, issues.plain) : fc.constantFrom(issues.decisions, issues.plain));
  const normalContext = (key: ResolverKey): fc.Arbitrary<{ moduleKey: string; extension: unknown }> =>
    ON_ISSUE.has(key)
      ? normalIssue(key).map((issueKey) => ({ moduleKey: ISSUE_PANEL, extension: { type: 'jira:issuePanel', issue: { key: issueKey, id: '10000' }, project: { key: 'ENG', id: '10000' } } }))
      : fc.constantFrom(
          { moduleKey: PROJECT_PAGE, extension: { type: 'jira:projectPage', project: { key: 'ENG', id: '10000' } } },
          { moduleKey: SETTINGS_PAGE, extension: { type: 'jira:projectSettingsPage', project: { key: 'ENG', id: '10000' } } },
        );
  const engagementPeople = () => fc.constantFrom(people.admin, people.lead, people.owner, people.decider, people.clientSponsor, people.deliverySponsor, people.developer);
  /** Who would make this call in the product: most calls come from them, so the payload gets past the permission check. */
  const principalsOf = (key: ResolverKey): string[] => {
    if (key === 'policy/save') return [people.admin];
    if (key.startsWith('policy/') && RESOLVER_KEY_KINDS[key] === 'write') return [policy.clientSponsorId ?? people.clientSponsor];
    if (key === 'decisions/raise') return [people.lead];
    if (key === 'decisions/record') return [...new Set(Object.values(policy.categories).flatMap((c) => c.ownerIds))];
    if (key === 'decisions/withdraw') return raisers;
    if (key.startsWith('acceptance/')) return policy.acceptorIds;
    return [];
  };
  const callerFor = (key: ResolverKey) => {
    const principals = principalsOf(key);
    return principals.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...principals) }, { weight: 1, arbitrary: engagementPeople() }) : engagementPeople();
  };

  const oddIssueKey = () =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...watched, 'ENG-999999', 'NOPE-1', 'ENG-1 OR 1=1', "ENG-1' OR '1'='1", '../ENG-1', 'ENG-1/../../rest/api/3/myself', 'ENG-1?expand=changelog', 'ENG-1#x', 'ENG-1%2F..', 'eng-1', 'ENG-0', 'ENG--1', 'ENG-01', ' ENG-1', 'ENG-1 ', 'ENG-1\n', '\u200bENG-1', 'ENG-1\ud800', 'ENG-1\u0000', `ENG-${'9'.repeat(18)}`, `ENG-${'9'.repeat(19)}`, 'ENG-1e3', `${'A'.repeat(255)}-1`, `${'A'.repeat(256)}-1`, 'ENG', '-1', '', 'ENG-1,ENG-2', 'ENG-1&jql=project=X', 'ENG-1 ORDER BY key') },
      { weight: 1, arbitrary: hostileValue },
    );
  const oddProjectKey = () =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom('ENG', 'NOPE', 'eng', 'ENG OR 1=1', '../ENG', 'ENG/', 'ENG ', ' ENG', 'ENG\u0000', 'ENG\ud800', '\u200bENG', `E${'N'.repeat(254)}`, `E${'N'.repeat(255)}`, 'ENG-1', '10000', '', '__proto__', 'constructor') },
      { weight: 1, arbitrary: hostileValue },
    );
  const oddContext = (): fc.Arbitrary<{ moduleKey: string; extension: unknown }> =>
    fc.record({
      moduleKey: fc.constantFrom(...MODULES),
      extension: fc.oneof(
        { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('jira:issuePanel', 'jira:projectPage', 'jira:projectSettingsPage', 'x'), issue: fc.record({ key: oddIssueKey(), id: hostileValue }, { requiredKeys: [] }), project: fc.record({ key: oddProjectKey(), id: hostileValue }, { requiredKeys: [] }) }, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.record({ issue: oddIssueKey(), project: oddProjectKey() }, { requiredKeys: [] }) },
        { weight: 1, arbitrary: hostileValue },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
      ),
    });
  const oddCaller = (): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 2, arbitrary: engagementPeople() },
      { weight: 2, arbitrary: fc.constantFrom(people.guest, undefined, '', 'unknown-account', '557058:00000000-0000-0000-0000-000000000000', APP_ACCOUNT_ID, '__proto__', 'constructor', 'x'.repeat(HUGE), '\ud800', 'a b', '../admin', `${people.admin} `, people.admin.toUpperCase(), 'ENG-1 OR 1=1', 0, 123, true) },
      { weight: 1, arbitrary: hostileString },
    );

  // -------------------------------------------------------------------------------------------
  // One call, checked

  interface Tally {
    calls: number;
    codes: Record<string, number>;
    violations: string[];
    refusedWrites: number;
    /** Full comparisons of storage and Jira made. */
    compared: number;
    baseline?: string;
  }
  let totalCalls = 0;

  const callOnce = async (tally: Tally, key: ResolverKey, input: { payload: unknown; moduleKey: string; extension: unknown; accountId: unknown }) => {
    const write = RESOLVER_KEY_KINDS[key] === 'write';
    const bytes = write ? storageBytes() : 0;
    const jira = write ? jiraWrites() : 0;
    tally.calls++;
    let answer: unknown;
    try {
      answer = await sandbox.forge.resolve({ moduleKey: input.moduleKey, functionKey: key, payload: input.payload as Record<string, unknown>, accountId: input.accountId as string | undefined, extension: input.extension as Record<string, unknown> });
    } catch (error) {
      tally.codes.THREW = (tally.codes.THREW ?? 0) + 1;
      return void tally.violations.push(`threw ${String(error)} for ${show(input)}`);
    }
    const parsed = resolverResult.safeParse(answer);
    if (!parsed.success) {
      tally.codes.MALFORMED = (tally.codes.MALFORMED ?? 0) + 1;
      return void tally.violations.push(`not a ResolverResult: ${show(answer)} for ${show(input)}`);
    }
    const result = parsed.data;
    const code = result.ok ? 'ok' : result.error.code;
    tally.codes[code] = (tally.codes[code] ?? 0) + 1;
    if (process.env.HOSTILE_DEBUG && !result.ok) console.log(key, show(result.error));
    if (!result.ok) {
      if (result.error.code === 'internal') tally.violations.push(`internal for ${show(input)}`);
      const words = [result.error.message, ...Object.entries(result.error.fields ?? {}).flat()];
      if (!words.every(showable)) tally.violations.push(`answer that cannot be shown: ${show(result.error)} for ${show(input)}`);
    }
    if (!write) return;
    if (result.ok) {
      if (key.startsWith('policy/')) policyVersion = (result.data as { version: number }).version;
      tally.baseline = await snapshot();
      return;
    }
    if (storageBytes() !== bytes) tally.violations.push(`refused (${code}) but wrote app storage, for ${show(input)}`);
    if (jiraWrites() !== jira) tally.violations.push(`refused (${code}) but wrote to Jira, for ${show(input)}`);
    if (++tally.refusedWrites % SNAPSHOT_EVERY !== 0) return;
    tally.compared++;
    const now = await snapshot();
    if (now !== tally.baseline) tally.violations.push(`refused (${code}) but app storage or Jira changed, by ${show(input)} or a refused write before it`);
    tally.baseline = now;
  };

  const run = async (tally: Tally, key: ResolverKey, seed: number, numRuns: number, inputs: fc.Arbitrary<{ payload: unknown; moduleKey: string; extension: unknown; accountId: unknown }>) => {
    await fc.assert(
      fc.asyncProperty(inputs, (input) => callOnce(tally, key, input)),
      { seed, numRuns, endOnFailure: true },
    );
  };

  const seedOf = (key: ResolverKey, part: number) => SEED + RESOLVER_KEYS.indexOf(key) * 10 + part;

  it('the contract lists the keys the resolver defines', async () => {
    for (const key of RESOLVER_KEYS) {
      const answer = await sandbox.forge.resolve({ moduleKey: ISSUE_PANEL, functionKey: key, payload: { unknownField: 1 }, accountId: people.lead, extension: { issue: { key: issues.plain } } });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(WRITES).toEqual(expect.arrayContaining(['decisions/raise', 'decisions/record', 'decisions/withdraw', 'policy/save', 'acceptance/accept', 'acceptance/requestChanges']));
    expect(WRITES.filter((key) => !ON_ISSUE.has(key)).every((key) => key.startsWith('policy/') || key.startsWith('nps/') || key.startsWith('concerns/') || key === 'health/refresh')).toBe(true);
  });

  it.each(RESOLVER_KEYS)('%s', async (key) => {
    const tally: Tally = { calls: 0, codes: {}, violations: [], refusedWrites: 0, compared: 0 };
    await readPolicy();
    if (RESOLVER_KEY_KINDS[key] === 'write') tally.baseline = await snapshot();
    const valid = validPayload(key);
    // A payload without fields has only its root to break: add to it far more often than replace it.
    const ops: { op: Op; weight: number }[] = takesFields(key) ? [{ op: 'set', weight: 6 }, { op: 'delete', weight: 2 }, { op: 'extra', weight: 2 }] : [{ op: 'set', weight: 2 }, { op: 'extra', weight: 8 }];
    const inputs = (payload: fc.Arbitrary<unknown>, context: fc.Arbitrary<{ moduleKey: string; extension: unknown }>, accountId: fc.Arbitrary<unknown>) =>
      fc.record({ payload, context, accountId }).map(({ payload, context, accountId }) => ({ payload, ...context, accountId }));

    await run(tally, key, seedOf(key, 1), RUNS.mutated, inputs(mutation(valid, ops), normalContext(key), callerFor(key)));
    await run(tally, key, seedOf(key, 2), RUNS.wild, inputs(wildPayload, normalContext(key), callerFor(key)));
    await run(tally, key, seedOf(key, 3), RUNS.context, inputs(valid, oddContext(), callerFor(key)));
    await run(tally, key, seedOf(key, 4), RUNS.callers, inputs(valid, normalContext(key), oddCaller()));

    if (RESOLVER_KEY_KINDS[key] === 'write') {
      tally.compared++;
      if ((await snapshot()) !== tally.baseline) tally.violations.push('app storage or Jira changed during the run, though only refused writes followed the last accepted one');
    }
    totalCalls += tally.calls;
    const codes = Object.entries(tally.codes)
      .sort(([, a], [, b]) => b - a)
      .map(([code, count]) => `${code} ${count}`)
      .join(', ');
    const writes = RESOLVER_KEY_KINDS[key] === 'write' ? ` (${tally.refusedWrites} refused writes, ${tally.compared} full comparisons)` : '';
    summary.push(`  ${key.padEnd(26)} ${String(tally.calls).padStart(5)} calls: ${codes}${writes}${tally.violations.length ? ` — ${tally.violations.length} VIOLATIONS` : ''}`);
    expect(tally.violations.slice(0, 15)).toEqual([]);
    expect(tally.calls).toBe(RUNS.mutated + RUNS.wild + RUNS.context + RUNS.callers);
  }, 150_000);

  it(`made at least 15 000 calls, and no prototype was polluted`, () => {
    summary.push(`  ${'total'.padEnd(26)} ${String(totalCalls).padStart(5)} calls`);
    expect(totalCalls).toBeGreaterThanOrEqual(15_000);
    expect(prototypes()).toBe(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
