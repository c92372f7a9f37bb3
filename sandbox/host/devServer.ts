/**
 * Dev harness for the local host: createHost with a fake Jira and fake resolvers
 * over a small sample engagement, so the shell and the apps can be worked on before
 * (or without) the real sandbox (sandbox/server.ts). Same return shape as startSandbox.
 *   npx tsx sandbox/host/devServer.ts      → http://localhost:4310
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SandboxData } from '../jira/model';
import { createFakeApp } from './dev/fakeResolvers';
import { createFakeJira } from './dev/fakeJira';
import { sampleEngagement } from './dev/sampleEngagement';
import { createHost } from './host';

export interface DevSandbox {
  url: string;
  jira: { data(): SandboxData };
  close(): Promise<void>;
}

export async function startDevSandbox(options: { port?: number } = {}): Promise<DevSandbox> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(options.port ?? 4310, '127.0.0.1', ready));
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  const data = sampleEngagement(url);
  const app = createFakeApp(() => data);
  const host = createHost({ staticRoot: join(__dirname, '..', '..', 'static'), siteUrl: url, invoke: app.invoke });
  const jira = createFakeJira(() => data, app.beforeTransition);
  server.on('request', (req, res) => {
    void (async () => {
      if ((await host.handle(req, res)) || (await jira(req, res))) return;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Dev harness error');
    });
  });
  return {
    url,
    jira: { data: () => data },
    close: () =>
      new Promise((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

if (require.main === module) {
  void startDevSandbox({ port: Number(process.env.PORT ?? 4310) }).then((sandbox) => console.log(`Host dev harness: ${sandbox.url}`));
}
