/**
 * The local async-events queue, driven through the real @forge/events SDK
 * (Queue.push, getJob().getStats(), cancel, InvocationError) with a clock the
 * test moves, as the local Forge runtime wires it.
 */
import {
  InternalServerError,
  InvalidPushSettingsError,
  InvocationError,
  InvocationErrorCode,
  InvocationLimitReachedError,
  JobDoesNotExistError,
  PayloadTooBigError,
  Queue,
  RateLimitError,
  TooManyEventsError,
} from '@forge/events';
import { createQueueService, FORGE_QUEUE_LIMITS, queueResponse, type AsyncEventDelivery, type QueueLimits, type QueueService } from '../../../sandbox/forge/queue';

type ForgeFetch = (target: { type: string; provider?: string; remote?: string }, path: string, init: { body: string }) => Promise<Response>;
const forgeGlobals = globalThis as unknown as { __forge_fetch__?: ForgeFetch };

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
type Handler = (event: AsyncEventDelivery) => unknown;

interface Setup {
  consumers?: { key: string; queue: string; handler?: Handler }[];
  limits?: Partial<QueueLimits>;
}

function harness(setup: Setup = {}) {
  let t = T0;
  const logs: string[] = [];
  const calls: { key: string; event: AsyncEventDelivery }[] = [];
  const specs = setup.consumers ?? [{ key: 'work-consumer', queue: 'work' }];
  const service: QueueService = createQueueService({
    now: () => t,
    log: (line) => logs.push(line),
    limits: setup.limits,
    consumers: specs.map((spec) => ({
      key: spec.key,
      queue: spec.queue,
      invoke: async (event: AsyncEventDelivery) => {
        calls.push({ key: spec.key, event });
        return spec.handler ? spec.handler(event) : true;
      },
    })),
  });
  const requests: string[] = [];
  forgeGlobals.__forge_fetch__ = async (target, path, init) => {
    // @forge/events posts through __requestAtlassianAsApp: stargate, as the app.
    expect(target).toMatchObject({ type: 'fpp', provider: 'app', remote: 'stargate' });
    requests.push(path);
    return queueResponse(service.handle(path, JSON.parse(init.body)));
  };
  return {
    service,
    logs,
    calls,
    requests,
    now: () => t,
    advance: (ms: number) => (t += ms),
    /** Runs the queue empty, moving the clock to each next due time. */
    drainAll: (maxDeliveries?: number) => service.drain({ maxDeliveries, advanceClock: (to) => (t = to) }),
  };
}

const publishPath = '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}';
const publishBody = (payload: unknown[], queueName = 'work', jobId = 'job-direct') => ({
  queueName,
  jobId,
  type: 'avi:forge:app:event',
  schema: 'ari:cloud:ecosystem::forge/app-event-2',
  payload,
  time: new Date(T0).toISOString(),
});

afterEach(() => {
  delete forgeGlobals.__forge_fetch__;
});

describe('delivery', () => {
  it('hands the event body to the consumer of its queue only, and getStats follows it', async () => {
    const h = harness({ consumers: [{ key: 'alpha-consumer', queue: 'alpha' }, { key: 'beta-consumer', queue: 'beta' }] });
    const alpha = new Queue({ key: 'alpha' });
    const { jobId } = await alpha.push({ body: { issueKey: 'ENG-1', n: 1 } });
    expect(h.requests).toEqual([publishPath]);
    expect(await alpha.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 1, failed: 0 });

    expect(await h.service.pump()).toBe(1);
    expect(h.calls).toHaveLength(1);
    const [call] = h.calls;
    expect(call?.key).toBe('alpha-consumer');
    expect(call?.event).toEqual({ queueName: 'alpha', jobId, eventId: expect.any(String), body: { issueKey: 'ENG-1', n: 1 } });
    expect(call?.event.retryContext).toBeUndefined();
    expect(await alpha.getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
    expect(await h.service.pump()).toBe(0);
  });

  it('gives each event of a push its own eventId and a copy of its body', async () => {
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: (e) => ((e.body as { mutated?: boolean }).mutated = true) }] });
    await new Queue({ key: 'work' }).push([{ body: { i: 0 } }, { body: { i: 1 } }, { body: { i: 2 } }]);
    await h.service.pump();
    expect(new Set(h.calls.map((c) => c.event.eventId)).size).toBe(3);
    expect(h.calls.map((c) => c.event.body.i)).toEqual([0, 1, 2]);
  });

  it('honours delayInSeconds against the sandbox clock, fractions included', async () => {
    const h = harness();
    const queue = new Queue({ key: 'work' });
    await queue.push({ body: { late: true }, delayInSeconds: 30 });
    await queue.push({ body: { soon: true }, delayInSeconds: 0.5 });
    expect(await h.service.pump()).toBe(0);
    h.advance(500);
    expect(await h.service.pump()).toBe(1);
    expect(h.calls[0]?.event).toMatchObject({ body: { soon: true }, delayInSeconds: 0.5 });
    h.advance(29_499);
    expect(await h.service.pump()).toBe(0);
    h.advance(1);
    expect(await h.service.pump()).toBe(1);
    expect(h.calls[1]?.event).toMatchObject({ body: { late: true }, delayInSeconds: 30 });
  });

  it('never runs one event twice at once, however many pumps overlap', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: () => gate }] });
    await new Queue({ key: 'work' }).push({ body: {} });
    const first = h.service.pump();
    expect(await h.service.pump()).toBe(0);
    expect(h.service.stats().queues.work).toMatchObject({ pending: 0, inFlight: 1 });
    release();
    expect(await first).toBe(1);
    expect(h.calls).toHaveLength(1);
  });

  it('limits events sharing a concurrency key to its limit', async () => {
    let running = 0;
    let peak = 0;
    const h = harness({
      consumers: [
        {
          key: 'c',
          queue: 'work',
          handler: async () => {
            peak = Math.max(peak, ++running);
            await new Promise((resolve) => setImmediate(resolve));
            running -= 1;
          },
        },
      ],
    });
    await new Queue({ key: 'work' }).push(Array.from({ length: 6 }, (_, i) => ({ body: { i }, concurrency: { key: 'site', limit: 2 } })));
    expect(await h.service.pump()).toBe(6);
    expect(peak).toBe(2);
  });

  it('pumps on a real-time timer after start() and stops after stop()', async () => {
    const h = harness();
    await new Queue({ key: 'work' }).push({ body: { timed: true } });
    h.service.start(5);
    for (let i = 0; i < 100 && h.calls.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    h.service.stop();
    expect(h.calls.map((c) => c.event.body)).toEqual([{ timed: true }]);
  });
});

describe('retries', () => {
  it('retries a throwing consumer with retryContext.retryCount incremented, then succeeds', async () => {
    let attempts = 0;
    const h = harness({
      consumers: [
        {
          key: 'c',
          queue: 'work',
          handler: () => {
            attempts += 1;
            if (attempts < 3) throw new Error(`Jira said no (${attempts})`);
            return { done: true };
          },
        },
      ],
    });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: { issueKey: 'ENG-2' } });
    expect(await h.service.pump()).toBe(1);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 1, failed: 0 });
    expect(h.service.stats().queues.work).toMatchObject({ pending: 1, awaitingRetry: 1 });

    // Backoff 1 s then 2 s.
    expect(await h.service.pump()).toBe(0);
    h.advance(999);
    expect(await h.service.pump()).toBe(0);
    h.advance(1);
    expect(await h.service.pump()).toBe(1);
    h.advance(2000);
    expect(await h.service.pump()).toBe(1);

    const contexts = h.calls.map((c) => c.event.retryContext);
    expect(contexts[0]).toBeUndefined();
    expect(contexts[1]).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_ERROR', retentionWindow: { startTime: new Date(T0).toISOString(), remainingTimeMs: FORGE_QUEUE_LIMITS.retentionMs - 1000 } });
    expect(contexts[2]).toMatchObject({ retryCount: 2, retryReason: 'FUNCTION_ERROR' });
    expect(h.calls.every((c) => c.event.body.issueKey === 'ENG-2' && c.event.eventId === h.calls[0]?.event.eventId)).toBe(true);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
    expect(h.logs.filter((l) => l.includes('failed: threw Error: Jira said no'))).toHaveLength(2);
  });

  it('does not lose an event whose invoke throws synchronously', async () => {
    let calls = 0;
    const service = createQueueService({
      now: () => T0,
      log: () => undefined,
      consumers: [
        {
          key: 'c',
          queue: 'work',
          invoke: () => {
            calls += 1;
            throw new Error('shim blew up before returning a promise');
          },
        },
      ],
    });
    expect(service.handle(publishPath, publishBody([{ body: {} }])).status).toBe(201);
    expect(await service.pump()).toBe(1);
    expect(calls).toBe(1);
    expect(service.stats().queues.work).toMatchObject({ pending: 1, awaitingRetry: 1, inFlight: 0 });
  });

  it('honours InvocationError retryAfter and passes retryReason and retryData on', async () => {
    const h = harness({
      consumers: [
        {
          key: 'c',
          queue: 'work',
          handler: (event) =>
            event.retryContext
              ? true
              : new InvocationError({ retryAfter: 120, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED, retryData: { cursor: 7 } }),
        },
      ],
    });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: {} });
    await h.service.pump();
    h.advance(119_999);
    expect(await h.service.pump()).toBe(0);
    h.advance(1);
    expect(await h.service.pump()).toBe(1);
    expect(h.calls[1]?.event.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { cursor: 7 } });
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('lowers a retryAfter above 900 s to 900 s, as Forge does', async () => {
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: (e) => (e.retryContext ? true : new InvocationError({ retryAfter: 3600, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST })) }] });
    await new Queue({ key: 'work' }).push({ body: {} });
    await h.service.pump();
    h.advance(FORGE_QUEUE_LIMITS.maxRetryAfterSeconds * 1000);
    expect(await h.service.pump()).toBe(1);
  });

  it('marks the event failed after the retry limit, and getStats shows it', async () => {
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: () => Promise.reject(new Error('always broken')) }] });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: {} });
    expect(await h.drainAll()).toBe(FORGE_QUEUE_LIMITS.maxRetries + 1);
    expect(h.calls.map((c) => c.event.retryContext?.retryCount)).toEqual([undefined, 1, 2, 3, 4]);
    // Backoff 1 + 2 + 4 + 8 s between the five deliveries.
    expect(h.now() - T0).toBe(15_000);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 1 });
    expect(h.service.stats().queues.work).toMatchObject({ failed: 1, pending: 0, deliveries: 5 });
    expect(h.logs.some((l) => l.includes('FAILED permanently after 4 retries') && l.includes(jobId))).toBe(true);
  });

  it('gives up when the next retry would fall outside the 24 h retention window', async () => {
    const h = harness({ limits: { maxRetries: Infinity }, consumers: [{ key: 'c', queue: 'work', handler: () => new InvocationError({ retryAfter: 900, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST }) }] });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: {} });
    const deliveries = await h.drainAll();
    expect(deliveries).toBe(Math.floor(FORGE_QUEUE_LIMITS.retentionMs / 900_000) + 1);
    expect(h.now() - T0).toBeLessThanOrEqual(FORGE_QUEUE_LIMITS.retentionMs);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 1 });
    expect(h.logs.at(-1)).toMatch(/retention window/);
  });

  it('fails a retry whose retryData is over 4 KB instead of sending it', async () => {
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: () => new InvocationError({ retryAfter: 1, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST, retryData: { blob: 'x'.repeat(5000) } }) }] });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: {} });
    expect(await h.drainAll()).toBe(1);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 1 });
    expect(h.logs.at(-1)).toMatch(/retryData is \d+ bytes/);
  });

  it('guards drain against a consumer that re-pushes forever', async () => {
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: () => new Queue({ key: 'work' }).push({ body: {}, delayInSeconds: 1 }) }] });
    await new Queue({ key: 'work' }).push({ body: {} });
    await expect(h.drainAll(10)).rejects.toThrow(/drain stopped after 10 deliveries/);
  });
});

describe('refusals', () => {
  it('refuses 51 events: the SDK before sending, the service when sent directly', async () => {
    const h = harness();
    const queue = new Queue({ key: 'work' });
    const events = Array.from({ length: FORGE_QUEUE_LIMITS.maxEventsPerPush + 1 }, (_, i) => ({ body: { i } }));
    await expect(queue.push(events)).rejects.toThrow(TooManyEventsError);
    expect(h.requests).toEqual([]);

    const direct = h.service.handle(publishPath, publishBody(events));
    expect(direct.status).toBe(400);
    expect(direct.body).toMatchObject({ code: 'TOO_MANY_EVENTS', message: expect.stringContaining('50 events allowed') });
    expect(h.service.stats().queues.work).toMatchObject({ pending: 0 });

    await expect(queue.push(events.slice(0, FORGE_QUEUE_LIMITS.maxEventsPerPush))).resolves.toMatchObject({ jobId: expect.any(String) });
  });

  it('refuses a payload over 200 KB with 413 and errorMessage, which the SDK turns into PayloadTooBigError', async () => {
    const h = harness();
    const big = [{ body: { text: 'x'.repeat(FORGE_QUEUE_LIMITS.maxPayloadKb * 1024) } }];
    await expect(new Queue({ key: 'work' }).push(big)).rejects.toThrow(PayloadTooBigError);
    const direct = h.service.handle(publishPath, publishBody(big));
    expect(direct.status).toBe(413);
    expect(direct.body).toMatchObject({ errorMessage: expect.stringContaining('200KB') });

    // The wire contract end to end: a service limit under the SDK's lets the 413 reach the SDK.
    const strict = harness({ limits: { maxPayloadKb: 1 } });
    const error = await new Queue({ key: 'work' }).push({ body: { text: 'y'.repeat(2048) } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooBigError);
    expect((error as Error).message).toContain('The maximum payload size is 1KB');
    expect(strict.requests).toHaveLength(1);
  });

  it('refuses a push to a queue no consumer listens to, naming the queue', async () => {
    const h = harness();
    const error = await new Queue({ key: 'nowhere' }).push({ body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toMatch(/^400 Bad Request: No consumer module in manifest.yml listens to queue "nowhere"/);
    expect(h.logs.some((l) => l.includes('"nowhere"'))).toBe(true);
    expect(h.service.stats().pushes).toEqual({ accepted: 0, refused: { 400: 1 } });
  });

  it('refuses delayInSeconds outside 0..900 and malformed events, enqueueing none of the push', async () => {
    const h = harness();
    await expect(new Queue({ key: 'work' }).push({ body: {}, delayInSeconds: 901 })).rejects.toThrow(InvalidPushSettingsError);
    const direct = h.service.handle(publishPath, publishBody([{ body: { ok: 1 } }, { body: {}, delayInSeconds: 901 }, { body: {}, delayInSeconds: -1 }, { body: 'text' }]));
    expect(direct.status).toBe(400);
    expect((direct.body as { failedEvents: { index: number }[] }).failedEvents.map((f) => f.index)).toEqual([1, 2, 3]);
    expect(h.service.handle(publishPath, publishBody([{ body: {}, delayInSeconds: 900 }])).status).toBe(201);
    expect(h.service.stats().queues.work).toMatchObject({ pending: 1 });
  });

  it('refuses bodies @forge/events would not send, and unknown endpoints', () => {
    const h = harness();
    const { time: _time, ...noTime } = publishBody([{ body: {} }]);
    expect(h.service.handle(publishPath, noTime).status).toBe(400);
    expect(h.service.handle(publishPath, { ...publishBody([{ body: {} }]), queueName: 'bad name' }).status).toBe(400);
    expect(h.service.handle(publishPath, publishBody([])).status).toBe(400);
    expect(h.service.handle(publishPath, 'not an object').status).toBe(400);
    expect(h.service.handle(publishPath, publishBody([{ body: {} }], 'work', 'same-job')).status).toBe(201);
    expect(h.service.handle(publishPath, publishBody([{ body: {} }], 'work', 'same-job')).status).toBe(409);
    expect(h.service.handle('/webhook/queue/purge/x', {}).status).toBe(404);
  });

  it('rate-limits pushes past 500 events a minute of sandbox time', async () => {
    const h = harness();
    const queue = new Queue({ key: 'work' });
    const fifty = Array.from({ length: 50 }, () => ({ body: {} }));
    for (let i = 0; i < FORGE_QUEUE_LIMITS.eventsPerMinute / 50; i++) await queue.push(fifty);
    await expect(queue.push({ body: {} })).rejects.toThrow(RateLimitError);
    h.advance(60_000);
    await expect(queue.push({ body: {} })).resolves.toMatchObject({ jobId: expect.any(String) });
  });

  it('stops a chain of consumers re-pushing at the cyclic invocation limit', async () => {
    const errors: unknown[] = [];
    const h = harness({
      limits: { cyclicPushLimit: 3 },
      consumers: [
        {
          key: 'c',
          queue: 'work',
          handler: async (event) => {
            await new Queue({ key: 'work' }).push({ body: { hop: Number(event.body.hop) + 1 } }).catch((e: unknown) => errors.push(e));
          },
        },
      ],
    });
    await new Queue({ key: 'work' }).push({ body: { hop: 0 } });
    expect(await h.drainAll()).toBe(3);
    expect(h.calls.map((c) => c.event.body.hop)).toEqual([0, 1, 2]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InvocationLimitReachedError);
    // A fresh push from outside a consumer starts a new chain.
    await expect(new Queue({ key: 'work' }).push({ body: { hop: 10 } })).resolves.toBeDefined();
  });
});

describe('jobs', () => {
  it('cancel drops the job’s waiting events (204) and getStats stops counting them', async () => {
    const h = harness();
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push(Array.from({ length: 5 }, (_, i) => ({ body: { i }, delayInSeconds: 60 })));
    const other = await queue.push({ body: { other: true }, delayInSeconds: 60 });
    await queue.cancel(jobId);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 0 });
    h.advance(60_000);
    expect(await h.service.pump()).toBe(1);
    expect(h.calls.map((c) => c.event.jobId)).toEqual([other.jobId]);
    expect(h.service.stats().queues.work).toMatchObject({ cancelled: 5, delivered: 1 });
  });

  it('lets a running delivery finish after a cancel but does not retry it', async () => {
    const h = harness({
      consumers: [
        {
          key: 'c',
          queue: 'work',
          handler: async (event) => {
            await new Queue({ key: 'work' }).getJob(event.jobId).cancel();
            throw new Error('gave up');
          },
        },
      ],
    });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: {} });
    expect(await h.drainAll()).toBe(1);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 0 });
    expect(h.logs.some((l) => l.includes('not retried, its job was cancelled'))).toBe(true);
  });

  it('answers getStats and cancel for an unknown job with JobDoesNotExistError', async () => {
    harness();
    const queue = new Queue({ key: 'work' });
    await expect(queue.getJob('no-such-job').getStats()).rejects.toThrow(JobDoesNotExistError);
    await expect(queue.cancel('no-such-job')).rejects.toThrow(JobDoesNotExistError);
    const { jobId } = await queue.push({ body: {} });
    // A job belongs to its queue.
    await expect(new Queue({ key: 'elsewhere' }).getJob(jobId).getStats()).rejects.toThrow(JobDoesNotExistError);
  });
});

describe('chaos', () => {
  it('duplicates: every event is delivered twice, both counted, and an idempotent consumer does the work once', async () => {
    const done = new Set<string>();
    let work = 0;
    const h = harness({
      consumers: [
        {
          key: 'c',
          queue: 'work',
          handler: (event) => {
            if (done.has(event.eventId)) return;
            done.add(event.eventId);
            work += 1;
          },
        },
      ],
    });
    h.service.setChaos({ duplicates: true });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push([{ body: { i: 0 } }, { body: { i: 1 } }, { body: { i: 2 } }]);
    expect(await h.service.pump()).toBe(6);
    const perEvent = new Map<string, number>();
    for (const c of h.calls) perEvent.set(c.event.eventId, (perEvent.get(c.event.eventId) ?? 0) + 1);
    expect([...perEvent.values()]).toEqual([2, 2, 2]);
    expect(work).toBe(3);
    expect(h.service.stats().consumers.c).toMatchObject({ deliveries: 6, succeeded: 6 });
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 3, inProgress: 0, failed: 0 });
  });

  it('duplicates: if either copy fails the event is retried', async () => {
    let n = 0;
    const h = harness({ consumers: [{ key: 'c', queue: 'work', handler: () => (++n === 2 ? Promise.reject(new Error('second copy broke')) : true) }] });
    h.service.setChaos({ duplicates: true });
    const queue = new Queue({ key: 'work' });
    const { jobId } = await queue.push({ body: {} });
    expect(await h.drainAll()).toBe(4);
    expect(h.calls.map((c) => c.event.retryContext?.retryCount)).toEqual([undefined, undefined, 1, 1]);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  async function orderWith(chaos: { shuffle?: boolean; seed?: string }): Promise<number[]> {
    const h = harness();
    h.service.setChaos(chaos);
    await new Queue({ key: 'work' }).push(Array.from({ length: 20 }, (_, i) => ({ body: { i } })));
    await h.service.pump();
    return h.calls.map((c) => Number(c.event.body.i));
  }

  it('shuffle: a seed changes the order, deterministically, and FIFO without it', async () => {
    const fifo = await orderWith({});
    expect(fifo).toEqual(Array.from({ length: 20 }, (_, i) => i));
    const a = await orderWith({ shuffle: true, seed: 'seed-a' });
    expect(a).not.toEqual(fifo);
    expect([...a].sort((x, y) => x - y)).toEqual(fifo);
    expect(await orderWith({ shuffle: true, seed: 'seed-a' })).toEqual(a);
    expect(await orderWith({ shuffle: true, seed: 'seed-b' })).not.toEqual(a);
  });
});
