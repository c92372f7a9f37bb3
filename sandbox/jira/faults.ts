/** Injected failures for resilience tests: rate limits, server errors, dropped connections, latency. */
export type Fault =
  | { match: string; kind: 'rate-limit'; retryAfterSeconds: number; times: number }
  | { match: string; kind: 'server-error'; status: 500 | 502 | 503 | 504; times: number }
  | { match: string; kind: 'drop'; times: number }
  | { match: string; kind: 'latency'; ms: number; times: number };

export class FaultRegistry {
  private faults: Fault[] = [];

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
    const matches = (f: Fault) => pathWithQuery.includes(f.match) || endpointKey.startsWith(f.match);
    const out: { latency?: number; failure?: Exclude<Fault, { kind: 'latency' }> } = {};
    const latency = this.faults.find((f) => f.kind === 'latency' && matches(f));
    if (latency && latency.kind === 'latency') {
      out.latency = latency.ms;
      this.consume(latency);
    }
    const failure = this.faults.find((f) => f.kind !== 'latency' && matches(f));
    if (failure && failure.kind !== 'latency') {
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
