/**
 * Fires every scheduledTrigger of the manifest at its interval against the
 * sandbox clock: the first run one interval after start (as after a deploy),
 * then one run whenever an interval has passed — a clock moved by a day runs an
 * hourly trigger once, not 24 times. Runs of one trigger never overlap.
 */
import { INTERVAL_MS, type SandboxClock } from './clock';
import type { AppManifest } from './manifest';

export interface TriggerScheduler {
  /** Runs every trigger that is due now; resolves when they finished. */
  tick(): Promise<void>;
  start(realIntervalMs?: number): void;
  stop(): void;
  nextRuns(): Record<string, string>;
}

export function createScheduler(manifest: AppManifest, clock: SandboxClock, run: (key: string) => Promise<unknown>, log: (line: string) => void): TriggerScheduler {
  const next = new Map(manifest.triggers.map((t) => [t.key, clock.now() + INTERVAL_MS[t.interval]]));
  const running = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;

  const fire = (key: string, interval: number): Promise<void> => {
    const already = running.get(key);
    if (already) return already;
    const at = clock.now();
    const due = next.get(key)!;
    next.set(key, due + Math.ceil((at - due + 1) / interval) * interval);
    const done = run(key)
      .then(() => undefined)
      .catch((error: unknown) => log(`scheduled trigger ${key} failed (Forge does not retry it): ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => running.delete(key));
    running.set(key, done);
    return done;
  };

  const scheduler: TriggerScheduler = {
    async tick() {
      const now = clock.now();
      await Promise.all(manifest.triggers.filter((t) => next.get(t.key)! <= now).map((t) => fire(t.key, INTERVAL_MS[t.interval])));
    },
    start(realIntervalMs = 1000) {
      if (timer) return;
      timer = setInterval(() => void scheduler.tick(), realIntervalMs);
      timer.unref();
      unsubscribe = clock.onMove(() => void scheduler.tick());
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      unsubscribe?.();
    },
    nextRuns: () => Object.fromEntries([...next].map(([key, at]) => [key, new Date(at).toISOString()])),
  };
  return scheduler;
}
