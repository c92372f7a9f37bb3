/**
 * Records what crosses the wire between the app's Jira client and the sandbox,
 * and checks every recorded exchange against the specs.
 */
import type { RequestJira } from '../../src/jira/transport';
import type { SpecValidator } from './openapi';

export interface Exchange {
  method: string;
  /** Site-relative, with its query string, as sent. */
  url: string;
  /** The JSON request body (parsed), or the raw text when it is not JSON. */
  requestBody?: unknown;
  status: number;
  contentType: string | null;
  responseText: string;
  /** The request breaks the spec on purpose (to see the error answer): only its response is held to the spec. */
  deliberatelyInvalid?: boolean;
}

function parseJsonOrText(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Wraps a transport so every request and its response are appended to `log`. */
export function recordingTransport(inner: RequestJira, log: Exchange[]): RequestJira {
  return async (url, init = {}) => {
    const response = await inner(url, init);
    const responseText = await response.text();
    log.push({
      method: init.method ?? 'GET',
      url,
      requestBody: parseJsonOrText(init.body),
      status: response.status,
      contentType: response.headers.get('content-type'),
      responseText,
    });
    return { status: response.status, headers: response.headers, text: async () => responseText };
  };
}

/** A raw HTTP request against the sandbox, recorded the same way. */
export async function rawExchange(baseUrl: string, method: string, url: string, init: { as?: string; body?: unknown } = {}): Promise<Exchange> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.as) headers['x-sandbox-as'] = init.as;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(new URL(url, baseUrl), { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return {
    method,
    url,
    requestBody: init.body,
    status: response.status,
    contentType: response.headers.get('content-type'),
    responseText: await response.text(),
  };
}

export interface ExchangeVerdict {
  /** "GET /rest/api/3/issue/{issueIdOrKey}", or the raw method and path when no operation matched. */
  operation: string;
  matched: boolean;
  schemaChecked: boolean;
  problems: string[];
}

export function checkExchange(validator: SpecValidator, exchange: Exchange): ExchangeVerdict {
  const url = new URL(exchange.url, 'http://sandbox.invalid');
  const request = validator.checkRequest(exchange.method, url.pathname, url.searchParams, exchange.requestBody);
  const problems = exchange.deliberatelyInvalid && request.operation ? [] : request.problems.map((p) => `request: ${p}`);
  if (!request.operation) return { operation: request.name, matched: false, schemaChecked: false, problems };

  let body: unknown;
  if (exchange.responseText !== '') {
    body = parseJsonOrText(exchange.responseText);
    if (typeof body === 'string' && exchange.responseText.trim()[0] !== '"') problems.push(`response: ${exchange.status} body is not JSON: ${exchange.responseText.slice(0, 80)}`);
    else if (!/^application\/json\b/.test(exchange.contentType ?? '')) problems.push(`response: content-type is ${exchange.contentType ?? 'missing'}, not application/json`);
  }
  const response = validator.checkResponse(request.operation, exchange.status, body);
  problems.push(...response.problems.map((p) => `response ${exchange.status}: ${p}`));
  return { operation: request.name, matched: true, schemaChecked: response.schemaChecked, problems };
}

/**
 * Every problem of every exchange, one line each, identical problems of one
 * operation folded together with a count and the first URL that showed them.
 */
export function contractFailures(validator: SpecValidator, exchanges: readonly Exchange[]): string[] {
  const folded = new Map<string, { count: number; example: string }>();
  for (const exchange of exchanges) {
    const verdict = checkExchange(validator, exchange);
    for (const problem of verdict.problems) {
      const key = `${verdict.operation} — ${problem}`;
      const entry = folded.get(key) ?? { count: 0, example: `${exchange.method} ${exchange.url}` };
      entry.count += 1;
      folded.set(key, entry);
    }
  }
  return [...folded].map(([key, { count, example }]) => `${key}  [${count}×, e.g. ${example}]`);
}

/** Operations (spec names) seen in the exchanges, and those whose successful response body had no schema to check. */
export function coverage(validator: SpecValidator, exchanges: readonly Exchange[]): { seen: Set<string>; withoutSchema: Set<string> } {
  const seen = new Set<string>();
  const withoutSchema = new Set<string>();
  for (const exchange of exchanges) {
    const verdict = checkExchange(validator, exchange);
    if (!verdict.matched) continue;
    seen.add(verdict.operation);
    if (!verdict.schemaChecked && exchange.status < 300 && exchange.responseText !== '') withoutSchema.add(verdict.operation);
  }
  return { seen, withoutSchema };
}
