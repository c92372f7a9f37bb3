/**
 * The local async-events queue: answers @forge/events (endpoints.ts) and
 * delivers due events to the manifest's consumers at least once, unordered,
 * with Forge's retries (delivery.ts), on the sandbox clock.
 */
import seedrandom from 'seedrandom';
import { createCore } from './core';
import { deliverUnit } from './delivery';
import { handleRequest } from './endpoints';
import type { QueueChaos, QueueCounts, QueueService, QueueServiceOptions, QueueServiceStats } from './types';

const DEFAULT_MAX_DELIVERIES = 100_000;
const DEFAULT_INTERVAL_MS = 1000;
/** Used when chaos.shuffle is on without a seed, so a run is still reproducible. */
const DEFAULT_SEED = 'forge-queue-chaos';

export function createQueueService(options: QueueServiceOptions): QueueService {
  const core = createCore(options);
  /** Deliveries under way, whichever pump started them: drain waits for them too. */
  const running = new Set<Promise<number>>();
  let chaos: QueueChaos = {};
  let random: (() => number) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ticking = false;

  const setChaos = (next: QueueChaos | undefined) => {
    chaos = { ...next };
    // A fresh generator per setting: the same seed and the same pushes always give the same order.
    random = chaos.shuffle ? seedrandom.alea(chaos.seed ?? DEFAULT_SEED) : undefined;
  };
  setChaos(options.chaos);

  const track = (delivery: Promise<number>): Promise<number> => {
    running.add(delivery);
    return delivery.finally(() => running.delete(delivery));
  };

  /** Delivers due units batch by batch until none is due, or `budget` invocations were made. */
  const pumpUpTo = async (budget: number): Promise<number> => {
    let made = 0;
    // Loops because a delivery can make more work due now: a push without delay, or a retry once time has passed.
    while (made < budget) {
      const batch = core.units.takeDue(core.now(), random);
      if (batch.length === 0) break;
      const duplicates = chaos.duplicates === true;
      const counts = await Promise.all(batch.map((unit) => track(deliverUnit(core, unit, duplicates))));
      made += counts.reduce((sum, n) => sum + n, 0);
    }
    return made;
  };

  const service: QueueService = {
    handle: (path, body) => handleRequest(core, path, body),
    pump: () => pumpUpTo(Infinity),
    async drain(drainOptions = {}) {
      const max = drainOptions.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
      let made = 0;
      for (;;) {
        made += await pumpUpTo(max - made);
        if (running.size > 0) {
          // Deliveries another pump (the timer) started: the queue is not drained until they land.
          await Promise.allSettled([...running]);
          continue;
        }
        if (!core.units.hasDue(core.now())) {
          const next = core.units.nextDueAt();
          if (next === undefined || !drainOptions.advanceClock) return made;
          drainOptions.advanceClock(next);
          // A clock that did not move would make this loop spin forever.
          if (core.now() < next) throw new Error(`drain: advanceClock(${next}) left the clock at ${core.now()}, before the next due event.`);
        }
        if (made >= max) {
          const waiting = core.units.pendingCount + core.units.inFlightCount;
          throw new Error(`drain stopped after ${made} deliveries with ${waiting} delivery(ies) still queued: a consumer may be re-pushing forever (raise maxDeliveries if this is expected).`);
        }
      }
    },
    start(intervalMs = DEFAULT_INTERVAL_MS) {
      service.stop();
      timer = setInterval(() => {
        if (ticking) return;
        ticking = true;
        pumpUpTo(Infinity)
          .catch((error: unknown) => core.log(`queue pump failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
          .finally(() => (ticking = false));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
    setChaos,
    stats(): QueueServiceStats {
      const live = core.units.countsByQueue();
      const queues: Record<string, QueueCounts> = {};
      for (const [name, counters] of core.ledger.queues) {
        queues[name] = { pending: 0, awaitingRetry: 0, inFlight: 0, ...live.get(name), ...counters };
      }
      const consumers = Object.fromEntries([...core.ledger.consumers].map(([key, counts]) => [key, { ...counts }]));
      return { queues, consumers, pushes: { accepted: core.ledger.pushes.accepted, refused: { ...core.ledger.pushes.refused } } };
    },
  };
  return service;
}
