import type { HttpMethod } from './transport';

/** Why a Jira call failed, in the terms a caller acts on. */
export type JiraErrorKind =
  | 'unauthorized' // 401: the app or user lacks a valid grant (or a scope)
  | 'permission' // 403: authenticated, but Jira says no
  | 'not_found' // 404: absent, or hidden from the caller
  | 'rate_limited' // 429 that could not be waited out inside the deadline
  | 'invalid' // 400 and other 4xx: the request itself is wrong
  | 'server' // 5xx, or a body that is not the JSON Jira promised
  | 'network' // the request never got an HTTP answer
  | 'deadline'; // transient failures outlasted the caller's time budget

export interface JiraOperationRef {
  method: HttpMethod;
  /** The request path without its query string, e.g. "/rest/api/3/issue/ENG-1". */
  path: string;
}

export interface JiraErrorInit {
  kind: JiraErrorKind;
  operation: JiraOperationRef;
  /** HTTP status; 0 when there was no HTTP answer (network, or a request refused before sending). */
  status?: number;
  messages?: string[];
  retryAfterMs?: number;
  /** A write that got no clear answer (dropped connection, 5xx): Jira may have applied it, so look before sending it again. */
  mayHaveApplied?: boolean;
  cause?: unknown;
}

export class JiraError extends Error {
  readonly kind: JiraErrorKind;
  readonly status: number;
  readonly messages: string[];
  readonly retryAfterMs?: number;
  readonly operation: JiraOperationRef;
  readonly mayHaveApplied: boolean;

  constructor(init: JiraErrorInit) {
    const status = init.status ?? 0;
    const messages = init.messages ?? [];
    const detail = messages.length > 0 ? `: ${messages.join('; ')}` : '';
    super(`Jira ${init.operation.method} ${init.operation.path} failed (${init.kind}${status ? ` ${status}` : ''})${detail}`, {
      cause: init.cause,
    });
    this.name = 'JiraError';
    this.kind = init.kind;
    this.status = status;
    this.messages = messages;
    this.operation = init.operation;
    this.mayHaveApplied = init.mayHaveApplied === true;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

export function kindForStatus(status: number): JiraErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'permission';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}

const MAX_RAW_MESSAGE = 300;

/**
 * Messages from Jira's error body `{errorMessages: string[], errors: {field: message}}`
 * (platform and Agile APIs alike); falls back to `message` or the raw text (gateways send HTML/plain text).
 */
export function parseErrorMessages(bodyText: string): string[] {
  const text = bodyText.trim();
  if (text === '') return [];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [text.slice(0, MAX_RAW_MESSAGE)];
  }
  if (typeof body !== 'object' || body === null) return [String(body).slice(0, MAX_RAW_MESSAGE)];
  const record = body as Record<string, unknown>;
  const messages: string[] = [];
  if (Array.isArray(record.errorMessages)) {
    for (const m of record.errorMessages) if (typeof m === 'string' && m !== '') messages.push(m);
  }
  if (typeof record.errors === 'object' && record.errors !== null && !Array.isArray(record.errors)) {
    for (const [field, m] of Object.entries(record.errors)) if (typeof m === 'string') messages.push(`${field}: ${m}`);
  }
  if (messages.length === 0 && typeof record.message === 'string') messages.push(record.message);
  return messages;
}

export function isJiraError(e: unknown): e is JiraError {
  return e instanceof JiraError;
}

const hasKind = (kind: JiraErrorKind) => (e: unknown): e is JiraError => isJiraError(e) && e.kind === kind;

export const isUnauthorized = hasKind('unauthorized');
export const isPermissionDenied = hasKind('permission');
export const isNotFound = hasKind('not_found');
export const isRateLimited = hasKind('rate_limited');
export const isInvalidRequest = hasKind('invalid');
export const isServerError = hasKind('server');
export const isNetworkError = hasKind('network');
export const isDeadlineExceeded = hasKind('deadline');

/** Failures worth trying again later (a later run, not this one: the client already retried). */
export function isTransient(e: unknown): e is JiraError {
  return isJiraError(e) && (e.kind === 'rate_limited' || e.kind === 'server' || e.kind === 'network' || e.kind === 'deadline');
}
