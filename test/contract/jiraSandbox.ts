/** The sandbox Jira service alone, over the demo engagement, on a free port. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generateEngagement } from '../../sandbox/demo/generate';
import { createJiraService, type JiraService } from '../../sandbox/jira/service';

/** Fixed clock: the demo engagement is generated relative to it. */
export const CONTRACT_NOW = Date.UTC(2026, 10, 18, 15, 0);

export interface RunningJira {
  url: string;
  jira: JiraService;
  close(): Promise<void>;
}

export async function startJiraSandbox(options: { issueCount?: number } = {}): Promise<RunningJira> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const data = generateEngagement({ now: CONTRACT_NOW, seed: 'contract', issueCount: options.issueCount ?? 150, baseUrl: url });
  const jira = createJiraService({ data, manifestPath: path.resolve(__dirname, '../../manifest.yml'), now: () => CONTRACT_NOW });
  server.on('request', (req, res) => {
    jira.handle(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404).end();
      },
      (error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
  return {
    url,
    jira,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
