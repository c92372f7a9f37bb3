// The fixture app's handlers: each does what a real app does through the official SDKs.
import api, { route } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';
import { randomUUID } from 'node:crypto';

const resolvers = new Resolver();
resolvers.define('whoami', async ({ context }) => {
  const asUser = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();
  return { principal: context.accountId, jiraSaysUser: asUser.accountId, now: Date.now() };
});
resolvers.define('remember', async ({ payload }) => {
  await kvs.set(`note:${String(payload.id)}`, { text: payload.text });
  return { stored: await kvs.get(`note:${String(payload.id)}`) };
});
resolvers.define('confluence', async () => (await api.asApp().requestConfluence(route`/wiki/api/v2/pages`)).status);
resolvers.define('push', async ({ payload }) => new Queue({ key: String(payload.queue) }).push((payload.bodies as Record<string, unknown>[]).map((body) => ({ body }))));
export const resolver = resolvers.getDefinitions();

export async function hourly(event: unknown, context: { installContext?: string }) {
  const runs = ((await kvs.get<number>('hourly-runs')) ?? 0) + 1;
  await kvs.set('hourly-runs', runs);
  let asUser = 'allowed';
  try {
    await api.asUser().requestJira(route`/rest/api/3/myself`);
  } catch (error) {
    asUser = error instanceof Error ? error.message : String(error);
  }
  return { runs, event, installContext: context.installContext, asUser, now: Date.now() };
}

export async function failing() {
  throw new Error('the fixture trigger always fails');
}

/** Counts deliveries per event (duplicates and retries show), and fails the first delivery of events asking for it. */
export async function consume(event: { eventId: string; body: { n: number; failFirst?: boolean }; retryContext?: { retryCount: number } }) {
  // One key per delivery: duplicates run concurrently, so a read-modify-write counter would lose updates.
  await kvs.set(`delivery:${event.body.n}:${randomUUID()}`, { eventId: event.eventId });
  if (event.body.failFirst && !event.retryContext) throw new Error('first delivery fails');
  await kvs.set(`done:${event.body.n}`, { retryCount: event.retryContext?.retryCount ?? 0 });
}

const consumerResolver = new Resolver();
consumerResolver.define('on-event', async ({ payload, context }) => {
  await kvs.set(`resolver-consumer:${String(payload.n)}`, { jobId: context.jobId ?? null });
});
export const resolverConsumer = consumerResolver.getDefinitions();

export async function validate(args: { issue: { key: string }; transition: { to: { id: string } } }, context: { principal?: { accountId: string } }) {
  await kvs.set(`validated:${args.issue.key}`, { by: context.principal?.accountId ?? null, to: args.transition.to.id });
  return args.transition.to.id === '99' ? { result: false, errorMessage: 'Status 99 is closed to the fixture.' } : { result: true };
}
