/**
 * The API tokens belong to the data folder: made once, the same after a restart and after
 * `--reset`, a token set by hand in api-tokens.json is honoured, and a damaged file is refused
 * rather than silently replaced (that would lock out every script holding the old tokens).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PEOPLE } from '../../../sandbox/demo/people';
import { loadApiTokens } from '../../../sandbox/jira/apiTokens';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server';
import { TEST_NOW } from '../../support/sandbox';
import { basic, getJson } from './credentials';

jest.setTimeout(120_000);

let dataDir: string;
const tokenFile = () => join(dataDir, 'api-tokens.json');
const readTokens = () => JSON.parse(readFileSync(tokenFile(), 'utf8')) as Record<string, string>;

/** Starts the sandbox on `dataDir`, runs `body`, and always closes it. */
async function withSandbox<T>(options: { reset?: boolean }, body: (sandbox: RunningSandbox) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox({ port: 0, dataDir, now: () => TEST_NOW, seed: 'test', ...options });
  try {
    return await body(sandbox);
  } finally {
    await sandbox.close();
  }
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'eh-sandbox-auth-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('api-tokens.json', () => {
  it('keeps the same tokens across a restart and a --reset', async () => {
    const first = await withSandbox({}, async (sandbox) => sandbox.jira.apiTokens());
    expect(readTokens()).toEqual(first);
    expect(await withSandbox({}, async (sandbox) => sandbox.jira.apiTokens())).toEqual(first);
    expect(await withSandbox({ reset: true }, async (sandbox) => sandbox.jira.apiTokens())).toEqual(first);
    expect(readTokens()).toEqual(first);
  });

  it('honours a token set by hand and gives a new one to a person left out of the file', async () => {
    const before = await withSandbox({}, async (sandbox) => sandbox.jira.apiTokens());
    const { [DEMO_PEOPLE.dev3.emailAddress]: dropped, ...kept } = before;
    writeFileSync(tokenFile(), JSON.stringify({ ...kept, [DEMO_PEOPLE.qa.emailAddress]: 'my-own-token' }));
    await withSandbox({}, async (sandbox) => {
      const qa = await getJson(`${sandbox.url}/rest/api/3/myself`, { authorization: basic(DEMO_PEOPLE.qa.emailAddress, 'my-own-token') });
      expect(qa.status).toBe(200);
      expect(qa.body).toMatchObject({ accountId: DEMO_PEOPLE.qa.accountId });
      const renewed = sandbox.jira.apiTokens()[DEMO_PEOPLE.dev3.emailAddress];
      expect(renewed).toEqual(expect.any(String));
      expect(renewed).not.toBe(dropped);
      expect(readTokens()).toEqual(sandbox.jira.apiTokens());
      expect((await getJson(`${sandbox.url}/rest/api/3/myself`, { authorization: basic(DEMO_PEOPLE.dev3.emailAddress, dropped!) })).status).toBe(401);
    });
  });

  it.each([
    ['not JSON', '{"emily.carter@example.com": '],
    ['not an object of tokens', '["a", "b"]'],
    ['an empty token', '{"emily.carter@example.com": ""}'],
  ])('refuses a damaged file (%s), naming it, and leaves it as it was', (_what, text) => {
    writeFileSync(tokenFile(), text);
    expect(() => loadApiTokens(tokenFile(), Object.values(DEMO_PEOPLE))).toThrow(tokenFile());
    expect(readFileSync(tokenFile(), 'utf8')).toBe(text);
  });
});
