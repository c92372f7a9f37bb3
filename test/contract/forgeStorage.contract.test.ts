/**
 * Contract: the real @forge/kvs package, and the app's storage adapters built
 * on it, against the local storage service built from the repo's manifest.yml.
 * Every operation the adapters use runs here, with the conflicts, limits and
 * refusals Forge documents, and the errors the app sees are ForgeKvsAPIError
 * with Forge's codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Filter, FilterConditions, ForgeKvsAPIError, MetadataField, Sort, WhereConditions, kvs } from '@forge/kvs';
import { createStorageService, storageResponse, type StorageService } from '../../sandbox/forge/storage';
import { kvsStore } from '../../src/store/kvsStore';
import { kvsDecisionStore, kvsPolicyStore } from '../../src/store/kvsDecisionStore';
import { kvsAcceptanceStore } from '../../src/store/kvsAcceptanceStore';
import { DECISION_ENTITY, POLICY_ENTITY, decisionKey, decisionRow, type DecisionRow } from '../../src/store/entities';
import type { StoredPolicy } from '../../src/app/ports';
import type { AcceptanceRecord } from '../../src/domain/acceptance/types';
import { T0, aDecision } from '../support/builders';

type ForgeFetch = (target: { type?: string }, path: string, init: { body?: string }) => Promise<Response>;
const runtime = globalThis as unknown as { __forge_fetch__?: ForgeFetch };
const manifest: unknown = parse(readFileSync(join(__dirname, '../../manifest.yml'), 'utf8'));
const KIB = 1024;

let service: StorageService;
let clock: number;
let targets: string[];

beforeEach(() => {
  clock = T0;
  targets = [];
  service = createStorageService({ manifest, now: () => clock });
  runtime.__forge_fetch__ = async (target, path, init) => {
    targets.push(String(target.type));
    if (target.type !== 'kvs') throw new Error(`not a storage request: ${JSON.stringify(target)}`);
    return storageResponse(service.handle(path, JSON.parse(init.body ?? '{}')));
  };
});

afterEach(() => {
  service.close();
  delete runtime.__forge_fetch__;
});

/** The error the app would catch, which must be @forge/kvs's API error. */
async function refusal(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  return error as ForgeKvsAPIError;
}

const decisions = () => kvs.entity<DecisionRow>(DECISION_ENTITY);
type IndexQuery = ReturnType<ReturnType<ReturnType<typeof decisions>['query']>['index']>;
type Range = Parameters<IndexQuery['where']>[0];
type Filters = Parameters<IndexQuery['filters']>[0];
const versionIs = (version: number) => new Filter<DecisionRow>().and('version', FilterConditions.equalTo(version));

describe('key-value store through @forge/kvs', () => {
  it('gets undefined for a missing key, and what was set, as a copy both ways', async () => {
    expect(await kvs.get('project:ENG')).toBeUndefined();
    const value = { projectKey: 'ENG', since: T0, tags: ['a'] };
    await kvs.set('project:ENG', value);
    value.tags.push('mutated after set');
    const read = await kvs.get<typeof value>('project:ENG');
    expect(read).toEqual({ projectKey: 'ENG', since: T0, tags: ['a'] });
    read!.tags.push('mutated after get');
    expect(await kvs.get('project:ENG')).toEqual({ projectKey: 'ENG', since: T0, tags: ['a'] });
    expect(targets.every((t) => t === 'kvs')).toBe(true);
  });

  it('refuses FAIL_IF_EXISTS on an existing key with a 409 and keeps the first value; the adapter reports the lost race', async () => {
    await kvs.set('sprint-commitment:ENG:7', { committedPoints: 20 }, { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await refusal(kvs.set('sprint-commitment:ENG:7', { committedPoints: 99 }, { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect([error.code, error.responseDetails.status]).toEqual(['KEY_ALREADY_EXISTS', 409]);
    expect(await kvs.get('sprint-commitment:ENG:7')).toEqual({ committedPoints: 20 });

    const store = kvsStore();
    expect(await store.create('project:OPS', { projectKey: 'OPS', since: T0 })).toBe(true);
    expect(await store.create('project:OPS', { projectKey: 'OPS', since: T0 + 1 })).toBe(false);
    expect(await store.get('project:OPS')).toEqual({ projectKey: 'OPS', since: T0 });
  });

  it('deletes (an absent key too), honours the TTL on the service clock and answers metadata', async () => {
    await kvs.set('k1', 'v1', { ttl: { value: 5, unit: 'MINUTES' } });
    clock += 60_000;
    await kvs.set('k1', 'v2', { ttl: { value: 5, unit: 'MINUTES' } });
    expect(await kvs.get('k1', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME] })).toEqual({
      key: 'k1',
      value: 'v2',
      createdAt: Math.floor(T0 / 1000),
      updatedAt: Math.floor(T0 / 1000) + 60,
      expireTime: new Date(T0 + 6 * 60_000).toISOString().replace('.000Z', 'Z'),
    });
    clock += 5 * 60_000;
    expect(await kvs.get('k1')).toBeUndefined();
    await kvs.set('k2', 'v');
    await kvs.delete('k2');
    await kvs.delete('never-there');
    expect(await kvs.get('k2')).toBeUndefined();
  });

  it('returns the previous or latest value when asked, and nothing for PREVIOUS of a new key', async () => {
    expect(await kvs.set('k', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('k', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({ key: 'k', value: 1 });
    expect(await kvs.set('k', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'k', value: 3 });
  });

  it('walks 260 keys of a prefix in key order, 100 a page, the cursor only while more remain', async () => {
    const keys = Array.from({ length: 260 }, (_, i) => `sprint-commitment:ENG:${String(i).padStart(3, '0')}`);
    for (const key of [...keys].reverse()) await kvs.set(key, { key });
    await kvs.set('sprint-commitment:OPS:1', 'other project');
    await kvs.set('project:ENG', 'other prefix');

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('sprint-commitment:ENG:')).limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<{ key: string }>();
      pages.push(page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 60]);
    expect(pages.flat()).toEqual(keys);

    expect((await kvsStore().list('sprint-commitment:ENG:')).map((e) => e.key)).toEqual(keys);
    expect((await kvs.query().getMany()).results).toHaveLength(10);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('project:')).getOne()).toEqual({ key: 'project:ENG', value: 'other prefix' });
  });

  it('refuses a page over 100, a cursor of another query, and conditions other than BEGINS_WITH', async () => {
    expect((await refusal(kvs.query().limit(101).getMany())).code).toBe('BAD_REQUEST');
    for (let i = 0; i < 3; i++) await kvs.set(`a:${i}`, i);
    const { nextCursor } = await kvs.query().where('key', WhereConditions.beginsWith('a:')).limit(1).getMany();
    expect((await refusal(kvs.query().where('key', WhereConditions.beginsWith('b:')).cursor(nextCursor!).getMany())).code).toBe('INVALID_CURSOR');
    const notBeginsWith = WhereConditions.equalTo('a:1') as unknown as ReturnType<typeof WhereConditions.beginsWith>;
    expect((await refusal(kvs.query().where('key', notBeginsWith).getMany())).message).toMatch(/only BEGINS_WITH/);
  });

  it('keeps secrets apart from the key-value store', async () => {
    await kvs.setSecret('token', 's3cret');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
  });
});

describe('limits', () => {
  const string = (bytesOfJson: number) => 'x'.repeat(bytesOfJson - 2);

  it('accepts a 239 KiB value and refuses a 241 KiB one with MAX_SIZE, for a key and an entity alike', async () => {
    await kvs.set('big', string(239 * KIB));
    expect(((await kvs.get('big')) as string).length).toBe(239 * KIB - 2);
    const error = await refusal(kvs.set('big', string(241 * KIB)));
    expect([error.code, error.responseDetails.status]).toEqual(['MAX_SIZE', 400]);
    expect(error.message).toMatch(/245760 bytes/);
    const row = decisionRow(aDecision({ question: string(241 * KIB) }));
    expect((await refusal(decisions().set('ENG:D-1', row))).code).toBe('MAX_SIZE');
  });

  it('accepts a 500-character key and refuses 501 characters, an empty key and characters outside the pattern', async () => {
    await kvs.set('k'.repeat(500), 1);
    expect((await refusal(kvs.set('k'.repeat(501), 1))).code).toBe('KEY_TOO_LONG');
    expect((await refusal(kvs.get('k'.repeat(501)))).code).toBe('KEY_TOO_LONG');
    expect((await refusal(kvs.set('', 1))).code).toBe('KEY_TOO_SHORT');
    expect((await refusal(kvs.set('a/b', 1))).code).toBe('INVALID_KEY');
    expect((await refusal(kvs.set('   ', 1))).code).toBe('INVALID_KEY');
    await kvs.set('ENG:D-1 #2_x.y', 1);
    expect((await refusal(decisions().set('k'.repeat(501), decisionRow(aDecision({}))))).code).toBe('KEY_TOO_LONG');
  });

  it('refuses a transaction of 26 operations and one that uses a key twice, naming the limit', async () => {
    const tooMany = kvs.transact();
    for (let i = 0; i < 26; i++) tooMany.set(`t:${i}`, i);
    const error = await refusal(tooMany.execute());
    expect([error.code, error.responseDetails.status]).toEqual(['BAD_REQUEST', 400]);
    expect(error.message).toMatch(/at most 25 operations; this one has 26/);
    expect(await kvs.get('t:0')).toBeUndefined();

    const full = kvs.transact();
    for (let i = 0; i < 25; i++) full.set(`t:${i}`, i);
    await full.execute();
    expect(await kvs.get('t:24')).toBe(24);
    expect((await refusal(kvs.transact().set('t:0', 1).delete('t:0').execute())).message).toMatch(/only once/);
  });
});

describe('custom entities through @forge/kvs', () => {
  it('refuses an undeclared entity, an undeclared attribute and an attribute of the wrong type, naming them', async () => {
    const unknown = await refusal(kvs.entity('invoice').set('k', { projectKey: 'ENG' }));
    expect([unknown.code, unknown.responseDetails.status]).toEqual(['VALIDATION_ERROR', 400]);
    expect(unknown.message).toMatch(/"invoice" is not declared/);
    const extra = await refusal(decisions().set('ENG:D-1', { ...decisionRow(aDecision({})), owner: 'po' } as DecisionRow));
    expect([extra.code, extra.message]).toEqual(['VALIDATION_ERROR', expect.stringMatching(/"owner" is not declared for the entity decision/)]);
    const fractional = await refusal(decisions().set('ENG:D-1', { ...decisionRow(aDecision({})), version: 1.5 }));
    expect([fractional.code, fractional.message]).toEqual(['INVALID_ENTITY_VALUE', expect.stringMatching(/version of the entity decision is declared integer/)]);
    const text = await refusal(decisions().set('ENG:D-1', { ...decisionRow(aDecision({})), raisedAt: 'yesterday' as unknown as number }));
    expect(text.code).toBe('INVALID_ENTITY_VALUE');
    expect(await decisions().get('ENG:D-1')).toBeUndefined();
  });

  it('refuses an undeclared index and a partition that does not fit the index', async () => {
    const index = await refusal(decisions().query().index('by-owner', { partition: ['ENG'] }).getMany());
    expect([index.code, index.message]).toEqual(['VALIDATION_ERROR', expect.stringMatching(/no index "by-owner".*by-project, by-issue, by-status-due/)]);
    expect((await refusal(decisions().query().index('by-issue', { partition: ['ENG'] }).getMany())).message).toMatch(/partitioned by \[projectKey, issueId\]; the query gives 1/);
    expect((await refusal(decisions().query().index('by-project').getMany())).message).toMatch(/gives no partition/);
    expect((await refusal(decisions().query().index('by-project', { partition: [42] }).getMany())).message).toMatch(/projectKey \(declared string\)/);
    expect((await refusal(decisions().query().index('by-project', { partition: ['ENG'] }).limit(101).getMany())).code).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  });

  it('runs the decision adapter: insert once, index queries by project, issue and status with due time', async () => {
    const store = kvsDecisionStore();
    expect(await store.insert(aDecision({ id: 'D-1', raisedAt: T0 + 3, dueAt: null }))).toBe(true);
    expect(await store.insert(aDecision({ id: 'D-1', question: 'again' }))).toBe(false);
    await store.insert(aDecision({ id: 'D-2', raisedAt: T0 + 1, dueAt: T0 + 5000, issueId: '10002' }));
    await store.insert(aDecision({ id: 'D-3', raisedAt: T0 + 2, dueAt: T0 + 1000, status: 'decided' }));
    await store.insert(aDecision({ id: 'D-4', projectKey: 'OPS' }));
    expect((await store.get('ENG', 'D-1'))?.question).toBe('Q?');
    expect((await store.listByProject('ENG')).map((d) => d.id)).toEqual(['D-2', 'D-3', 'D-1']);
    expect((await store.listByIssue('ENG', '10002')).map((d) => d.id)).toEqual(['D-2']);
    expect((await store.listPending('ENG')).map((d) => d.id)).toEqual(['D-2', 'D-1']);
  });

  it('replaces on the version read, all or nothing; a failed condition changes nothing and says CONDITIONAL_CHECK_FAILED', async () => {
    const store = kvsDecisionStore();
    await store.insert(aDecision({ id: 'D-1' }));
    await store.insert(aDecision({ id: 'D-2' }));
    expect(await store.replace(aDecision({ id: 'D-1', version: 2, status: 'decided' }))).toBe(true);
    expect(await store.replace(aDecision({ id: 'D-1', version: 2, status: 'withdrawn' }), aDecision({ id: 'D-2', version: 2, status: 'decided' }))).toBe(false);
    expect((await store.get('ENG', 'D-1'))?.status).toBe('decided');
    expect((await store.get('ENG', 'D-2'))?.version).toBe(1);

    const stale = decisionRow(aDecision({ id: 'D-2', version: 2 }));
    const error = await refusal(kvs.transact().set(decisionKey('ENG', 'D-2'), stale, { entityName: DECISION_ENTITY, conditions: versionIs(7) }).execute());
    expect([error.code, error.responseDetails.status]).toEqual(['CONDITIONAL_CHECK_FAILED', 409]);
    expect(error.context).toEqual({ failedConditions: [{ operation: 'set', entityName: 'decision', key: 'ENG:D-2' }] });
    const missing = await refusal(kvs.transact().set('ENG:D-9', stale, { entityName: DECISION_ENTITY, conditions: versionIs(1) }).execute());
    expect(missing.code).toBe('CONDITIONAL_CHECK_FAILED');
    expect(await decisions().get('ENG:D-9')).toBeUndefined();
  });

  it('checks, deletes on conditions and mixes entities with keys in one transaction', async () => {
    await kvsDecisionStore().insert(aDecision({ id: 'D-1' }));
    await refusal(kvs.transact().set('audit:1', 'x').check('ENG:D-1', { entityName: DECISION_ENTITY, conditions: versionIs(2) }).execute());
    expect(await kvs.get('audit:1')).toBeUndefined();
    await kvs.transact().set('audit:1', 'x').check('ENG:D-1', { entityName: DECISION_ENTITY, conditions: versionIs(1) }).execute();
    expect(await kvs.get('audit:1')).toBe('x');
    await kvs.transact().delete('ENG:D-1', { entityName: DECISION_ENTITY, conditions: versionIs(1) }).delete('audit:1').execute();
    expect([await decisions().get('ENG:D-1'), await kvs.get('audit:1')]).toEqual([undefined, undefined]);
  });

  it('runs the policy and acceptance adapters: FAIL_IF_EXISTS for version 1, a version condition after', async () => {
    const policies = kvsPolicyStore();
    const policy = (version: number) => ({ policy: {}, version, history: [] }) as unknown as StoredPolicy;
    expect(await policies.save('ENG', policy(1))).toBe(true);
    expect(await policies.save('ENG', policy(1))).toBe(false);
    expect(await policies.save('ENG', policy(2))).toBe(true);
    expect(await policies.save('ENG', policy(2))).toBe(false);
    expect((await policies.get('ENG'))?.version).toBe(2);
    expect((await kvs.entity(POLICY_ENTITY).query().index('projectKey').where(WhereConditions.equalTo('ENG')).getMany()).results.map((r) => r.key)).toEqual(['ENG']);

    const acceptance = kvsAcceptanceStore();
    const record = (issueId: string, version: number): AcceptanceRecord => ({ projectKey: 'ENG', issueId, issueKey: `ENG-${issueId}`, verdicts: [], version });
    expect(await acceptance.save(record('1', 1))).toBe(true);
    expect(await acceptance.save(record('1', 1))).toBe(false);
    expect(await acceptance.save(record('1', 2))).toBe(true);
    expect(await acceptance.save(record('2', 2))).toBe(false);
    await acceptance.save(record('3', 1));
    expect((await acceptance.listByProject('ENG')).map((r) => [r.issueId, r.version])).toEqual([
      ['1', 2],
      ['3', 1],
    ]);
  });

  it('walks 260 decisions of a partition in range order, 100 a page, ascending and descending', async () => {
    const store = kvsDecisionStore();
    const ids = Array.from({ length: 260 }, (_, i) => `D-${i}`);
    for (const [i, id] of ids.entries()) await decisions().set(decisionKey('ENG', id), decisionRow(aDecision({ id, raisedAt: T0 + ((i * 7) % 260) })));
    await store.insert(aDecision({ id: 'D-other', projectKey: 'OPS' }));
    const byRaised = [...ids].sort((a, b) => ((Number(a.slice(2)) * 7) % 260) - ((Number(b.slice(2)) * 7) % 260));
    expect((await store.listByProject('ENG')).map((d) => d.id)).toEqual(byRaised);

    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      let query = decisions().query().index('by-project', { partition: ['ENG'] }).sort(Sort.DESC).limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      sizes.push(page.results.length);
      seen.push(...page.results.map((r) => r.value.record.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([100, 100, 60]);
    expect(seen).toEqual([...byRaised].reverse());
    expect((await decisions().query().index('by-project', { partition: ['ENG'] }).getMany()).results).toHaveLength(10);
  });

  it('applies range conditions and every filter condition', async () => {
    const store = kvsDecisionStore();
    for (let i = 1; i <= 6; i++) await store.insert(aDecision({ id: `D-${i}`, raisedAt: T0 + i, issueId: `1000${i}`, status: i % 2 ? 'pending' : 'decided' }));
    const ids = async (range?: Range, filter?: Filters) => {
      let query = decisions().query().index('by-project', { partition: ['ENG'] });
      if (range) query = query.where(range);
      if (filter) query = query.filters(filter);
      return (await query.getMany()).results.map((r) => r.value.record.id);
    };
    expect(await ids(WhereConditions.between(T0 + 2, T0 + 4))).toEqual(['D-2', 'D-3', 'D-4']);
    expect(await ids(WhereConditions.greaterThan(T0 + 4))).toEqual(['D-5', 'D-6']);
    expect(await ids(WhereConditions.lessThanEqualTo(T0 + 2))).toEqual(['D-1', 'D-2']);
    expect(await ids(undefined, new Filter<DecisionRow>().and('status', FilterConditions.equalTo('decided')).and('issueId', FilterConditions.notEqualTo('10004')))).toEqual(['D-2', 'D-6']);
    expect(await ids(undefined, new Filter<DecisionRow>().or('issueId', FilterConditions.beginsWith('10001')).or('issueId', FilterConditions.contains('05')))).toEqual(['D-1', 'D-5']);
    expect(await ids(undefined, new Filter<DecisionRow>().and('status', FilterConditions.notContains('pend')).and('version', FilterConditions.exists()))).toEqual(['D-2', 'D-4', 'D-6']);
    expect(await ids(undefined, new Filter<DecisionRow>().and('dueAtSort', FilterConditions.notExists()))).toEqual([]);
    const wrongType = await refusal(decisions().query().index('by-project', { partition: ['ENG'] }).filters(new Filter<DecisionRow>().and('version', FilterConditions.equalTo('1'))).getMany());
    expect(wrongType.message).toMatch(/version \(declared integer\) takes number values/);
  });

  it('batches sets, gets and deletes, reporting each failed item with its code', async () => {
    const row = decisionRow(aDecision({}));
    const set = await kvs.batchSet<unknown>([
      { key: 'plain', value: 1 },
      { key: 'ENG:D-1', value: row, entityName: DECISION_ENTITY },
      { key: 'ENG:D-2', value: { ...row, version: 'one' }, entityName: DECISION_ENTITY },
    ]);
    expect(set.successfulKeys).toEqual([{ key: 'plain' }, { key: 'ENG:D-1', entityName: 'decision' }]);
    expect(set.failedKeys).toEqual([{ key: 'ENG:D-2', entityName: 'decision', error: { code: 'INVALID_ENTITY_VALUE', message: expect.stringMatching(/version/) } }]);
    const got = await kvs.batchGet([{ key: 'plain' }, { key: 'ENG:D-1', entityName: DECISION_ENTITY }, { key: 'nothing' }]);
    expect(got.successfulKeys.map((k) => k.key)).toEqual(['plain', 'ENG:D-1']);
    expect(got.failedKeys).toEqual([{ key: 'nothing', error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } }]);
    const deleted = await kvs.batchDelete([{ key: 'plain' }, { key: 'ENG:D-1', entityName: DECISION_ENTITY }]);
    expect(deleted.failedKeys).toEqual([]);
    expect(await kvs.get('plain')).toBeUndefined();
  });
});

describe('the service itself', () => {
  it('names the path of a request it does not implement or cannot read, and counts operations per path', () => {
    service.resetStats();
    const unknown = service.handle('/api/v1/nope', {});
    expect(unknown).toEqual({ status: 404, body: { code: 'UNKNOWN_OPERATION', message: expect.stringMatching(/POST \/api\/v1\/nope is not an operation/) } });
    const malformed = service.handle('/api/v1/set', { key: 7 });
    expect(malformed).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringMatching(/POST \/api\/v1\/set: key: /) } });
    expect(service.handle('/api/v1/get', { key: 'k', extra: true }).status).toBe(400);
    service.handle('/api/v1/get', { key: 'k' });
    expect(service.stats()).toEqual({ '/api/v1/nope': 1, '/api/v1/set': 1, '/api/v1/get': 2 });
  });

  it('answers a WHATWG Response: JSON with its content type, no body for 204', async () => {
    const ok = storageResponse({ status: 200, body: { key: 'k', value: 1 } });
    expect([ok.status, ok.headers.get('content-type'), await ok.json()]).toEqual([200, 'application/json', { key: 'k', value: 1 }]);
    const empty = storageResponse({ status: 204 });
    expect([empty.status, await empty.text()]).toEqual([204, '']);
  });
});
