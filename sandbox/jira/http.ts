import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest, INVALID_PAYLOAD, JiraHttpError } from './errors';

export const JSON_TYPE = 'application/json;charset=UTF-8';

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
export const noContent = (): RouteResult => ({ status: 204 });

export function send(res: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = { 'content-type': JSON_TYPE, ...result.headers };
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(result.body);
  headers['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(result.status, headers);
  res.end(text);
}

export function sendError(res: ServerResponse, err: JiraHttpError): void {
  send(res, { status: err.status, body: err.body(), headers: err.headers });
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; empty → undefined; malformed → Jira's 400. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(INVALID_PAYLOAD);
  }
}

/** Integer query parameter with Jira-like validation. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min = 0): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw badRequest(`The value '${raw}' of the parameter '${name}' is not a valid integer.`);
  const n = Number(raw);
  if (n < min) throw badRequest(`The value '${raw}' of the parameter '${name}' must be at least ${min}.`);
  return n;
}

export function intValue(value: unknown, name: string, fallback: number, min = 0): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw badRequest(`The '${name}' value must be an integer.`);
  if (value < min) throw badRequest(`The value '${value}' of '${name}' must be at least ${min}.`);
  return value;
}

/** A multi-valued query parameter that also accepts comma-separated lists. */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const all = query.getAll(name);
  if (all.length === 0) return undefined;
  return all.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
}

export function boolParam(query: URLSearchParams, name: string, fallback = false): boolean {
  const raw = query.get(name);
  if (raw === null) return fallback;
  return raw.toLowerCase() === 'true';
}

/** Opaque page tokens: base64url JSON carrying an offset and a fingerprint of the request. */
export function encodeToken(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString('base64url');
}

export function decodeToken(token: string | undefined, fingerprint: string): number {
  if (token === undefined || token === '') return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.f === fingerprint) return parsed.o;
  } catch {
    // fall through
  }
  throw badRequest('The provided next page token is invalid or expired.');
}

/** Small stable hash (FNV-1a) for page-token fingerprints. */
export function fingerprint(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
