/**
 * The local host over HTTP, without a browser: the bridge stand-in goes in first,
 * files stay inside their build folder, and /__forge/invoke answers like Forge.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, type ForgeInvocation } from '../../sandbox/host/host';

let server: Server;
let base: string;
let staticRoot: string;
const calls: ForgeInvocation[] = [];

beforeAll(async () => {
  staticRoot = mkdtempSync(join(tmpdir(), 'eh-host-'));
  mkdirSync(join(staticRoot, 'issue-panel', 'build', 'assets'), { recursive: true });
  writeFileSync(join(staticRoot, 'issue-panel', 'build', 'index.html'), '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>');
  writeFileSync(join(staticRoot, 'issue-panel', 'build', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticRoot, 'secret.txt'), 'not for the browser');
  const host = createHost({
    staticRoot,
    siteUrl: 'http://localhost:4300',
    invoke: async (call) => {
      calls.push(call);
      if (call.functionKey === 'boom') throw new Error('resolver exploded');
      return { ok: true, data: { echoed: call.payload } };
    },
  });
  server = createServer((req, res) => {
    void host.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(418).end('not the host');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(staticRoot, { recursive: true, force: true });
});

const invoke = (body: unknown) => fetch(`${base}/__forge/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('index.html gets the bridge before the app script, with the Forge-shaped context from its URL', async () => {
  const response = await fetch(`${base}/app/issue-panel/index.html?as=acc-1&issue=ENG-12&issueId=10012&project=ENG&theme=dark`);
  const html = await response.text();
  expect(response.status).toBe(200);
  expect(html.indexOf('window.__bridge')).toBeGreaterThan(-1);
  expect(html.indexOf('window.__bridge')).toBeLessThan(html.indexOf('./assets/app.js'));
  const context = JSON.parse(/var context = (\{.*\});/.exec(html)![1]!) as unknown;
  expect(context).toMatchObject({
    accountId: 'acc-1',
    moduleKey: 'engagement-health-issue-panel',
    environmentType: 'DEVELOPMENT',
    siteUrl: 'http://localhost:4300',
    theme: { colorMode: 'dark' },
    extension: { type: 'jira:issuePanel', issue: { key: 'ENG-12', id: '10012' }, project: { key: 'ENG', type: 'software' } },
  });
});

test('the context cannot break out of its script tag', async () => {
  const html = await (await fetch(`${base}/app/issue-panel/?as=${encodeURIComponent('</script><script>alert(1)</script>')}`)).text();
  expect(html).not.toContain('</script><script>alert(1)');
});

test('build files are served; nothing outside the build folder is', async () => {
  expect((await fetch(`${base}/app/issue-panel/assets/app.js`)).headers.get('content-type')).toContain('javascript');
  expect((await fetch(`${base}/app/issue-panel/..%2f..%2fsecret.txt`)).status).toBe(404);
  expect((await fetch(`${base}/app/not-a-resource/index.html`)).status).toBe(404);
  const bare = await fetch(`${base}/app/issue-panel?as=x`, { redirect: 'manual' });
  expect(bare.status).toBe(302);
  expect(bare.headers.get('location')).toBe('/app/issue-panel/?as=x');
});

test('the shell is served at / and other paths are left to the rest of the sandbox', async () => {
  expect(await (await fetch(`${base}/`)).text()).toContain('id="acting-as"');
  expect((await fetch(`${base}/__host/tokens.css`)).status).toBe(200);
  expect((await fetch(`${base}/rest/api/3/myself`)).status).toBe(418);
});

test('/__forge/invoke passes a valid call through and returns the resolver result', async () => {
  const call = { functionKey: 'issue/summary', payload: { a: 1 }, moduleKey: 'engagement-health-issue-panel', extension: { issue: { key: 'ENG-1' } }, accountId: 'acc-1' };
  const response = await invoke(call);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true, data: { echoed: { a: 1 } } });
  expect(calls.at(-1)).toEqual(call);
});

test('/__forge/invoke refuses malformed calls with 400 and reports thrown errors as 500', async () => {
  const bad = await invoke({ functionKey: 'issue/summary', moduleKey: 'm', extension: {} });
  expect(bad.status).toBe(400);
  expect((await bad.json()) as { message: string }).toEqual({ message: '"accountId" must be a non-empty string.' });
  expect((await invoke([1, 2])).status).toBe(400);
  expect((await invoke({ functionKey: 'x', accountId: 'a', moduleKey: 'm', extension: {}, payload: 'nope' })).status).toBe(400);
  const thrown = await invoke({ functionKey: 'boom', accountId: 'a', moduleKey: 'm', extension: {} });
  expect(thrown.status).toBe(500);
  expect(await thrown.json()).toEqual({ message: 'resolver exploded' });
  expect((await fetch(`${base}/__forge/invoke`)).status).toBe(405);
});
