/**
 * Hostile input through the local Forge (issue "Hardening"): broken Unicode and control
 * characters, person ids that are nobody, the existence oracle of refusals, and resolver
 * keys that are members of every JavaScript object.
 */
import type { PolicyInput, PolicyView, ResolverKey, ResolverResult } from '../../../src/contract/resolvers';
import { isSafeText } from '../../../src/domain/text';
import { JiraError } from '../../../src/jira/errors';
import { createJiraPorts } from '../../../src/jira/ports';
import { APP_ACCOUNT_ID } from '../../../sandbox/jira/serialize/user';
import { jiraThroughForge } from '../../support/jiraThroughForge';
import { resolverCaller, type Call } from '../../support/resolverCaller';
import { outsider, personWithRole, testSandbox } from '../../support/sandbox';

type Sandbox = Awaited<ReturnType<typeof testSandbox>>;

const settings = { type: 'jira:projectSettingsPage', project: { key: 'ENG' } };
const panel = (key: string) => ({ type: 'jira:issuePanel', issue: { key }, project: { key: 'ENG' } });
const LONE_SURROGATE = '\ud800';

describe('hostile input', () => {
  let sandbox: Sandbox;
  let call: Call;
  let admin: string;
  let lead: string;
  let issueKey: string;

  beforeAll(async () => {
    sandbox = await testSandbox();
    call = resolverCaller(sandbox);
    admin = personWithRole(sandbox, 'project-admin').accountId;
    lead = personWithRole(sandbox, 'delivery-tech-lead').accountId;
    issueKey = sandbox.jira.data().issues[0]!.key;
  });
  afterAll(() => sandbox.close());

  const policyView = async (): Promise<PolicyView> => {
    const result = await call('policy/get', admin, settings);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const storedPolicy = async () => JSON.stringify(await sandbox.storage.policies.get('ENG'));
  const fieldsOf = (result: ResolverResult<unknown>) => (result.ok ? {} : (result.error.fields ?? {}));

  describe('broken Unicode and control characters', () => {
    it('users/search refuses a lone surrogate with a field error, not "internal"', async () => {
      const result = await call('users/search', admin, settings, { query: LONE_SURROGATE });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { query: expect.any(String) } } });
      expect(await call('users/search', admin, settings, { query: 'emi\u0000' })).toMatchObject({ ok: false, error: { code: 'invalid', fields: { query: expect.any(String) } } });
    });

    it.each<[string, ResolverKey, Record<string, unknown>, string]>([
      ['a question with a lone surrogate', 'decisions/raise', { category: 'technical', question: `Which cache?${LONE_SURROGATE}`, optionsConsidered: [] }, 'question'],
      ['a question with a NUL', 'decisions/raise', { category: 'technical', question: 'Which\u0000 cache?', optionsConsidered: [] }, 'question'],
      ['an option with a newline', 'decisions/raise', { category: 'technical', question: 'Which cache?', optionsConsidered: ['Redis\nor not'] }, 'optionsConsidered.0'],
      ['an option with a lone low surrogate', 'decisions/raise', { category: 'technical', question: 'Which cache?', optionsConsidered: ['ok', '\udc00'] }, 'optionsConsidered.1'],
      ['an outcome with an escape character', 'decisions/record', { decisionId: 'D-1', outcome: 'Yes\u001b[31m', expectedVersion: 1 }, 'outcome'],
      ['an approval with a C1 control', 'decisions/record', { decisionId: 'D-1', outcome: 'Yes', approval: { verdict: 'approved', text: 'ok\u0085' }, expectedVersion: 1 }, 'approval.text'],
      ['a withdraw reason with a bell', 'decisions/withdraw', { decisionId: 'D-1', reason: 'never mind\u0007', expectedVersion: 1 }, 'reason'],
      ['feedback with a lone surrogate', 'acceptance/requestChanges', { feedback: `Broken ${LONE_SURROGATE}`, expectedVersion: 1 }, 'feedback'],
    ])('refuses %s with a field error', async (_what, key, payload, field) => {
      const result = await call(key, lead, panel(issueKey), payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(Object.keys(fieldsOf(result))).toContain(field);
    });

    it('keeps tab and newline in multi-line texts', async () => {
      const result = await call('decisions/raise', lead, panel(issueKey), { category: 'technical', question: 'Which cache?\n\tRedis, or Memcached?', optionsConsidered: ['Redis'] });
      expect(result).toMatchObject({ ok: true, data: { question: 'Which cache?\n\tRedis, or Memcached?' } });
    });

    it('refuses a policy with broken text and stores nothing', async () => {
      const view = await policyView();
      const before = await storedPolicy();
      const bad = { ...view.policy, clientSponsorId: LONE_SURROGATE, acceptance: { ...view.policy.acceptance, readyStatus: 'Ready\u0000' } };
      const result = await call('policy/save', admin, settings, { policy: bad, expectedVersion: view.version });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.clientSponsorId': expect.any(String), 'policy.acceptance.readyStatus': expect.any(String) } } });
      expect(await storedPolicy()).toBe(before);
    });

    it("the Jira adapter refuses text it cannot encode with a typed 'invalid' error, before sending anything", async () => {
      const { jira } = createJiraPorts(jiraThroughForge(sandbox.url).asApp);
      sandbox.jira.resetStats();
      const refusal = jira.searchPeople(LONE_SURROGATE);
      await expect(refusal).rejects.toBeInstanceOf(JiraError);
      await expect(refusal).rejects.toMatchObject({ kind: 'invalid', status: 0 });
      await expect(jira.getPeople([LONE_SURROGATE])).rejects.toMatchObject({ kind: 'invalid' });
      await expect(jira.getIssue(`ENG-1${LONE_SURROGATE}`)).rejects.toMatchObject({ kind: 'invalid' });
      expect(Object.keys(sandbox.jira.stats()).filter((k) => k.includes('/user'))).toEqual([]);
    });

    describe('a stored policy that cannot be shown', () => {
      let good: PolicyInput;
      let version: number;

      beforeAll(async () => {
        const view = await policyView();
        good = view.policy;
        const stored = (await sandbox.storage.policies.get('ENG'))!;
        version = stored.version + 1;
        // As written before this fix, or corrupted: nothing validated it on the way in.
        const corrupted = {
          ...stored.policy,
          clientSponsorId: LONE_SURROGATE,
          acceptorIds: ['\u200b', ...good.acceptorIds],
          acceptance: { ...stored.policy.acceptance, readyStatus: `Ready${LONE_SURROGATE}` },
        };
        const history = [...stored.history, { at: stored.history.at(-1)!.at + 1, byAccountId: LONE_SURROGATE, changes: [{ path: 'clientSponsorId', before: null, after: LONE_SURROGATE }] }];
        expect(await sandbox.storage.policies.save('ENG', { policy: corrupted, version, history })).toBe(true);
      });

      it('still opens the settings page, with the unreadable fields blanked and named', async () => {
        const result = await call('policy/get', admin, settings);
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        expect(result.data.policy.clientSponsorId).toBeNull();
        expect(result.data.policy.acceptorIds).toEqual(good.acceptorIds);
        expect(result.data.policy.acceptance.readyStatus).toBeNull();
        expect(result.data.problems).toEqual({
          clientSponsorId: expect.any(String),
          'acceptorIds.0': expect.any(String),
          'acceptance.readyStatus': expect.any(String),
        });
        expect(result.data.policy.categories).toEqual(good.categories);
        // The history is shown, its broken text made visible as such, its unknown author as unknown.
        expect(result.data.history[0]).toMatchObject({ by: { displayName: 'Unknown user' }, changes: [{ path: 'clientSponsorId', after: '\ufffd' }] });
        expect(await call('settings/get', admin, settings)).toMatchObject({ ok: true });
        // Whoever only reads the settings sees them too.
        expect(await call('policy/get', personWithRole(sandbox, 'developer').accountId, settings)).toMatchObject({ ok: true, data: { problems: expect.any(Object) } });
      });

      it('decisions on the project keep working with the readable rest', async () => {
        expect(await call('decisions/forIssue', lead, panel(issueKey))).toMatchObject({ ok: true });
        expect(await call('decisions/log', lead, { project: { key: 'ENG' } })).toMatchObject({ ok: true });
      });

      it('the admin fixes it by saving what is shown', async () => {
        const view = await policyView();
        const saved = await call('policy/save', admin, settings, { policy: view.policy, expectedVersion: view.version });
        expect(saved).toMatchObject({ ok: true, data: { version: version + 1, problems: {} } });
      });
    });
  });

  describe('payloads built to break the server (found by test/hostile)', () => {
    it('refuses a policy nested 100 000 levels deep as invalid, not "internal" (a recursive walk ran out of stack)', async () => {
      const view = await policyView();
      const before = await storedPolicy();
      // As JSON.parse builds it from a request body: it parses any depth.
      const deep = JSON.parse(`{"policy": ${'['.repeat(100_000)}"x"${']'.repeat(100_000)}, "expectedVersion": ${view.version}}`) as Record<string, unknown>;
      expect(await call('policy/save', admin, settings, deep)).toEqual({ ok: false, error: { code: 'invalid', message: 'The request was not valid.', fields: { '(payload)': 'The request nests deeper than 32 levels.' } } });
      const deepInside = { policy: { ...view.policy, categories: { ...view.policy.categories, product: JSON.parse(`${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`) as unknown } }, expectedVersion: view.version };
      expect(await call('policy/save', admin, settings, deepInside)).toMatchObject({ ok: false, error: { code: 'invalid', fields: { '(payload)': expect.stringContaining('deeper') } } });
      expect(await storedPolicy()).toBe(before);
    });

    it('names unknown fields without sending broken text or 100 kB keys back', async () => {
      const payload = { category: 'technical', question: 'Which cache?', optionsConsidered: [], surprise: 1, '\ud800': 1, ['x'.repeat(100_000)]: 1 };
      expect(await call('decisions/raise', lead, panel(issueKey), payload)).toEqual({ ok: false, error: { code: 'invalid', message: 'The request was not valid.', fields: { '(payload)': 'Not a field of this request: "surprise", 2 more.' } } });
      expect(await call('acceptance/accept', lead, panel(issueKey), { expectedVersion: 0, '\u0000': 1 })).toMatchObject({ ok: false, error: { fields: { '(payload)': 'Not a field of this request: 1 field.' } } });
    });

    it('a broken text under a key that cannot be named back is reported on the nearest path that can', async () => {
      const view = await policyView();
      const result = await call('policy/save', admin, settings, { policy: { ...view.policy, ['\ud800'.repeat(3)]: 'Ready\u0000' }, expectedVersion: view.version });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { policy: expect.any(String) } } });
      expect(Object.keys(fieldsOf(result))).toEqual(['policy']);
    });

    it("passes Jira's words on only shown safely and briefly (Jira echoes what it was sent)", async () => {
      for (const caller of ['x'.repeat(100_000), `nobody${LONE_SURROGATE}`, 'nobody\u0007']) {
        const result = await call('issue/summary', caller, panel(issueKey));
        if (result.ok) throw new Error('expected a refusal');
        expect(result.error.code).toBe('invalid');
        expect(result.error.message).toMatch(/^Jira rejected the request: /);
        expect(result.error.message.length).toBeLessThanOrEqual(330);
        expect(isSafeText(result.error.message)).toBe(true);
      }
    });

    it('a setting named like a member of every object is named, not lost', async () => {
      const view = await policyView();
      const result = await call('policy/save', admin, settings, { policy: JSON.parse(`{"constructor": 1, ${JSON.stringify(view.policy).slice(1)}`) as unknown, expectedVersion: view.version });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.constructor': 'This setting is not known' } } });
    });
  });

  describe('person ids that are nobody', () => {
    const withOwners = (policy: PolicyInput, ownerIds: string[]): PolicyInput => ({ ...policy, categories: { ...policy.categories, product: { ...policy.categories.product, ownerIds } } });

    it.each([
      ['an id nobody has', '0x1F'],
      ['the app’s own account', APP_ACCOUNT_ID],
    ])('refuses %s on its exact path, with one bulk user lookup, and stores nothing', async (_what, id) => {
      const view = await policyView();
      const before = await storedPolicy();
      sandbox.jira.resetStats();
      const policy = withOwners(view.policy, [...view.policy.categories.product.ownerIds, id]);
      const result = await call('policy/save', admin, settings, { policy, expectedVersion: view.version });
      const index = policy.categories.product.ownerIds.length - 1;
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { [`policy.categories.product.ownerIds.${index}`]: 'Not an active user of this site' } } });
      expect(Object.keys(fieldsOf(result))).toHaveLength(1);
      expect(sandbox.jira.stats()['GET /rest/api/3/user/bulk']).toBe(1);
      expect(await storedPolicy()).toBe(before);
    });

    it('refuses a deactivated user wherever they are named', async () => {
      const view = await policyView();
      const before = await storedPolicy();
      const dev = sandbox.jira.data().users.find((u) => u.role === 'developer')!;
      dev.active = false;
      try {
        const policy = { ...view.policy, deliverySponsorId: dev.accountId, acceptorIds: [dev.accountId] };
        const result = await call('policy/save', admin, settings, { policy, expectedVersion: view.version });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'policy.deliverySponsorId': 'Not an active user of this site', 'policy.acceptorIds.0': 'Not an active user of this site' } } });
      } finally {
        dev.active = true;
      }
      expect(await storedPolicy()).toBe(before);
    });

    it.each(['__proto__', 'constructor', 'prototype', '\u200b', 'a b', 'x'.repeat(129)])('refuses %j as an account id before any lookup', async (id) => {
      const view = await policyView();
      const before = await storedPolicy();
      sandbox.jira.resetStats();
      const result = await call('policy/save', admin, settings, { policy: withOwners(view.policy, [id]), expectedVersion: view.version });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(Object.keys(fieldsOf(result)).every((path) => path.startsWith('policy.categories.product.ownerIds'))).toBe(true);
      expect(sandbox.jira.stats()['GET /rest/api/3/user/bulk']).toBeUndefined();
      expect(await storedPolicy()).toBe(before);
    });

    it('still saves real, active people', async () => {
      const view = await policyView();
      const sponsor = personWithRole(sandbox, 'delivery-sponsor').accountId;
      const result = await call('policy/save', admin, settings, { policy: { ...view.policy, deliverySponsorId: sponsor }, expectedVersion: view.version });
      expect(result).toMatchObject({ ok: true, data: { policy: { deliverySponsorId: sponsor } } });
    });
  });

  describe('no existence oracle', () => {
    const HIDDEN = { ok: false, error: { code: 'not_found', message: 'Not found, or you do not have access to it.' } };
    const issueCalls: [ResolverKey, Record<string, unknown>][] = [
      ['issue/summary', {}],
      ['decisions/forIssue', {}],
      ['decisions/raise', { category: 'technical', question: 'Which cache?', optionsConsidered: [] }],
      ['decisions/record', { decisionId: 'D-1', outcome: 'Yes', expectedVersion: 1 }],
      ['decisions/withdraw', { decisionId: 'D-1', expectedVersion: 1 }],
      ['acceptance/forIssue', {}],
      ['acceptance/accept', { expectedVersion: 0 }],
      ['acceptance/requestChanges', { feedback: 'Please fix', expectedVersion: 0 }],
    ];
    const projectCalls: [ResolverKey, Record<string, unknown>][] = [
      ['project/overview', {}],
      ['settings/get', {}],
      ['decisions/log', {}],
      ['policy/get', {}],
      ['policy/save', { policy: {}, expectedVersion: 1 }],
      ['acceptance/queue', {}],
      ['note/days', {}],
      ['users/search', { query: 'emi' }],
    ];

    it.each(issueCalls)('%s answers the same for an issue the caller cannot see and one that does not exist', async (key, payload) => {
      const guest = outsider(sandbox).accountId;
      const existing = await call(key, guest, panel(issueKey), payload);
      const missing = await call(key, guest, panel('ENG-999999'), payload);
      const otherProject = await call(key, guest, panel('NOPE-1'), payload);
      expect(existing).toEqual(HIDDEN);
      expect(missing).toEqual(HIDDEN);
      expect(otherProject).toEqual(HIDDEN);
    });

    it.each(issueCalls)('%s answers the same to someone on the project for a missing issue', async (key, payload) => {
      expect(await call(key, lead, panel('ENG-999999'), payload)).toEqual(HIDDEN);
    });

    it.each(projectCalls)('%s answers the same for a project the caller cannot see and one that does not exist', async (key, payload) => {
      const guest = outsider(sandbox).accountId;
      const existing = await call(key, guest, { project: { key: 'ENG' } }, payload);
      const missing = await call(key, guest, { project: { key: 'NOPE' } }, payload);
      expect(existing).toEqual(HIDDEN);
      expect(missing).toEqual(HIDDEN);
      expect(await call(key, admin, { project: { key: 'NOPE' } }, payload)).toEqual(HIDDEN);
    });

    it('someone who sees the issue but may not change it still hears why', async () => {
      const sponsor = personWithRole(sandbox, 'client-sponsor').accountId;
      const raise = await call('decisions/raise', sponsor, panel(issueKey), { category: 'technical', question: 'Which cache?', optionsConsidered: [] });
      expect(raise).toEqual({ ok: false, error: { code: 'forbidden', message: `You don't have permission to edit this issue (issue ${issueKey}).` } });
      const view = await policyView();
      const save = await call('policy/save', personWithRole(sandbox, 'developer').accountId, settings, { policy: view.policy, expectedVersion: view.version });
      expect(save).toEqual({ ok: false, error: { code: 'forbidden', message: 'Only project admins can do this (project ENG).' } });
    });
  });

  describe('resolver keys that are object members', () => {
    const members = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'issue/summary ', 'nope'];

    it.each(members)('the local Forge answers %j with "No such action"', async (functionKey) => {
      const answer = await sandbox.forge.resolve({ moduleKey: 'engagement-health-issue-panel', functionKey, payload: { echo: 'me' }, accountId: lead, extension: panel(issueKey) });
      expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: `No such action: ${functionKey}` } });
    });

    it.each(members)('POST /__forge/invoke answers %j with "No such action"', async (functionKey) => {
      const response = await fetch(`${sandbox.url}/__forge/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ functionKey, payload: { echo: 'me' }, accountId: lead, moduleKey: 'engagement-health-issue-panel', extension: panel(issueKey) }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'not_found', message: `No such action: ${functionKey}` } });
    });

    it('declared keys still run', async () => {
      expect(await call('issue/summary', lead, panel(issueKey))).toMatchObject({ ok: true, data: { key: issueKey } });
    });
  });
});
