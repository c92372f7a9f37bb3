import seedrandom from 'seedrandom';

/**
 * Injected failures for resilience tests: rate limits, server errors, dropped connections, latency.
 * `probability` (0–1, seeded) makes a fault hit only some matching requests (at most `times` of them);
 * `when: 'after'` on a server error or a drop applies the request first and then fails the answer —
 * the gateway 504 after Jira stored the comment.
 */
interface FaultCommon {
  match: string;
  times: number;
  probability?: number;
}
export type Fault =
  | (FaultCommon & { kind: 'rate-limit'; retryAfterSeconds: number })
  | (FaultCommon & { kind: 'server-error'; status: 500 | 502 | 503 | 504; when?: 'before' | 'after' })
  | (FaultCommon & { kind: 'drop'; when?: 'before' | 'after' })
  | (FaultCommon & { kind: 'latency'; ms: number });

export class FaultRegistry {
  private faults: Fault[] = [];
  private random: () => number = seedrandom.alea('sandbox-faults');
  /** Failures injected so far (latency not counted). */
  injected = 0;

  /** Restarts the dice, so a fault run can be repeated exactly. */
  seed(seed: string): void {
    this.random = seedrandom.alea(seed);
  }

  add(f: Fault): void {
    this.faults.push({ ...f });
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /**
   * Takes the faults that apply to a request: at most one latency fault plus at most
   * one failing fault. A fault matches when `match` is a substring of the path (with
   * query) or a prefix of the endpoint key ("GET /rest/api/3/issue/{issueIdOrKey}").
   */
  take(pathWithQuery: string, endpointKey: string): { latency?: number; failure?: Exclude<Fault, { kind: 'latency' }> } {
    const matches = (f: Fault) => (pathWithQuery.includes(f.match) || endpointKey.startsWith(f.match)) && (f.probability === undefined || this.random() < f.probability);
    const out: { latency?: number; failure?: Exclude<Fault, { kind: 'latency' }> } = {};
    const latency = this.faults.find((f) => f.kind === 'latency' && matches(f));
    if (latency && latency.kind === 'latency') {
      out.latency = latency.ms;
      this.consume(latency);
    }
    const failure = this.faults.find((f) => f.kind !== 'latency' && matches(f));
    if (failure && failure.kind !== 'latency') {
      this.injected += 1;
      out.failure = { ...failure };
      this.consume(failure);
    }
    return out;
  }

  private consume(f: Fault): void {
    f.times -= 1;
    if (f.times <= 0) this.faults = this.faults.filter((x) => x !== f);
  }
}

/** Validates a Fault posted to /__sandbox/faults; returns an error message or undefined. */
export function validateFault(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'Fault must be a JSON object.';
  const f = value as Record<string, unknown>;
  if (typeof f.match !== 'string') return "'match' must be a string.";
  if (typeof f.times !== 'number' || !Number.isInteger(f.times) || f.times < 1) return "'times' must be a positive integer.";
  if (f.probability !== undefined && (typeof f.probability !== 'number' || !(f.probability > 0 && f.probability <= 1))) return "'probability' must be a number in (0, 1].";
  if (f.when !== undefined && !((f.kind === 'server-error' || f.kind === 'drop') && (f.when === 'before' || f.when === 'after'))) return "'when' is 'before' or 'after', for server-error and drop faults.";
  switch (f.kind) {
    case 'rate-limit':
      return typeof f.retryAfterSeconds === 'number' && f.retryAfterSeconds >= 0 ? undefined : "'retryAfterSeconds' must be a non-negative number.";
    case 'server-error':
      return [500, 502, 503, 504].includes(f.status as number) ? undefined : "'status' must be 500, 502, 503 or 504.";
    case 'drop':
      return undefined;
    case 'latency':
      return typeof f.ms === 'number' && f.ms >= 0 ? undefined : "'ms' must be a non-negative number.";
    default:
      return "'kind' must be rate-limit, server-error, drop or latency.";
  }
}
