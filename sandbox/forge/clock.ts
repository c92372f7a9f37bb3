/**
 * The sandbox clock: real time plus an offset that only moves forward
 * (`POST /__sandbox/clock`), or a fixed base for tests. The Jira service, the
 * trigger scheduler, the queue and the app (through Date.now inside an
 * invocation, see invocation.ts) all read this one clock.
 */
export interface SandboxClock {
  now(): number;
  /** Moves the clock forward; a negative or non-finite step is refused. */
  advance(ms: number): number;
  /** Moves the clock to a later instant; an earlier one is refused (time never runs back for the app). */
  setTo(at: number): number;
  /** Subscribes to moves (the scheduler and the queue look at what became due). */
  onMove(listener: (now: number) => void): () => void;
}

export class ClockError extends Error {}

/**
 * Real time, read before the local Forge makes Date.now the sandbox clock inside invocations: the
 * clock's base must never read itself (a sandbox read inside an invocation would add the offset twice).
 */
const realNow = Date.now.bind(Date);

/** `offset` carries a clock moved before a restart (the sandbox keeps it beside its data), so time never runs back for stored records. */
export function createClock(base: () => number = realNow, initialOffset = 0): SandboxClock & { offset(): number } {
  let offset = Math.max(0, initialOffset);
  const listeners = new Set<(now: number) => void>();
  const clock: SandboxClock & { offset(): number } = {
    now: () => base() + offset,
    offset: () => offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new ClockError('The clock only moves forward: give a positive number of milliseconds.');
      offset += ms;
      const at = clock.now();
      for (const listener of listeners) listener(at);
      return at;
    },
    setTo(at) {
      if (!Number.isFinite(at)) throw new ClockError('Give the instant as milliseconds since 1970 or an ISO date.');
      const step = at - clock.now();
      if (step < 0) throw new ClockError(`The clock is already at ${new Date(clock.now()).toISOString()}; it only moves forward.`);
      return clock.advance(step);
    },
    onMove(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return clock;
}

export const INTERVAL_MS = { fiveMinute: 5 * 60_000, hour: 60 * 60_000, day: 24 * 60 * 60_000, week: 7 * 24 * 60 * 60_000 } as const;
