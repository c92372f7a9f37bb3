// `npm run bench`: prints figures against the targets in ../shared/PRODUCT.md. Not a test: nothing here fails on time.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fetchEngagementData } from '../src/app/engagementData';
import { createJiraPorts } from '../src/jira/ports';
import { localTransports } from '../src/jira/localTransport';
import { generateEngagement } from '../sandbox/demo/generate';
import { createJiraService } from '../sandbox/jira/service';

const NOW = Date.UTC(2026, 10, 18, 15, 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  let started = performance.now();
  const data = generateEngagement({ now: NOW, seed: 'bench', issueCount: 10_000, closedSprints: 60 });
  const histories = data.issues.reduce((n, i) => n + i.changelog.reduce((m, h) => m + h.items.length, 0), 0);
  console.log(`generate: ${data.issues.length} issues, ${data.sprints.length} sprints, ${histories} changelog items in ${(performance.now() - started).toFixed(0)} ms`);

  const jira = createJiraService({ data, manifestPath: join(__dirname, '..', 'manifest.yml'), now: () => NOW });
  const server = createServer((req, res) => void jira.handle(req, res).then((handled) => handled || res.writeHead(404).end()));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { jira: port } = createJiraPorts(localTransports(url).asApp);
  jira.resetStats();
  started = performance.now();
  const fetched = await fetchEngagementData(port, data.projects[0]!.key);
  const elapsed = performance.now() - started;
  const stats = jira.stats();
  const total = Object.values(stats).reduce((a, b) => a + b, 0);
  console.log(`\nfull fetch of ${fetched.issues.length} issues, ${fetched.changelog.length} changelog entries, ${fetched.sprints.length} sprints, ${fetched.versions.length} versions`);
  console.log(`  Jira requests: ${total} (target: at most ~130; per-issue changelogs would be > 10 000)`);
  for (const [endpoint, count] of Object.entries(stats).sort()) console.log(`    ${String(count).padStart(5)}  ${endpoint}`);
  console.log(`  wall time against the local sandbox: ${elapsed.toFixed(0)} ms`);
  console.log(`  heap used after fetch: ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`);

  server.closeAllConnections();
  server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
