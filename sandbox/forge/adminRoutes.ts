/**
 * The local Forge's admin endpoints (no auth; the sandbox listens on localhost):
 *   POST /__sandbox/triggers/<moduleKey>   run a scheduledTrigger now: 200 with what it returned, 500 with the error when it throws
 *   GET  /__sandbox/clock                  the sandbox clock and the triggers' next runs
 *   POST /__sandbox/clock                  {"advance":"2h"} | {"advanceMs":n} | {"to":"<ISO>"}: move it forward; due triggers and events run
 *   POST /__sandbox/queue/chaos            {"duplicates":true,"shuffle":true,"seed":"x"}: at-least-once, out-of-order delivery
 *   POST /__sandbox/queue/drain            deliver everything due now
 *   GET  /__sandbox/forge/stats            platform calls, storage operations, queue counts
 *   POST /__sandbox/storage/api/v1/<op>    the storage service itself, with @forge/kvs's request bodies (durability tests)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ClockError } from './clock';
import type { LocalForge } from './index';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "90m", "2h", "1d 4h" → milliseconds; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|min|m|h|d|w)\b/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('').replace(/\s/g, '') !== text.replace(/\s/g, '')) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]!]!, 0);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) raw += String(chunk);
  if (raw.trim() === '') return {};
  return JSON.parse(raw) as unknown;
}

function reply(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) res.writeHead(status).end();
  else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function clockView(forge: LocalForge) {
  return { now: new Date(forge.clock.now()).toISOString(), nextTriggerRuns: forge.scheduler.nextRuns() };
}

async function moveClock(forge: LocalForge, body: Record<string, unknown>) {
  if (typeof body.to === 'string' || typeof body.to === 'number') forge.clock.setTo(typeof body.to === 'number' ? body.to : Date.parse(body.to));
  else if (typeof body.advanceMs === 'number') forge.clock.advance(body.advanceMs);
  else if (typeof body.advance === 'string') {
    const ms = parseDuration(body.advance);
    if (ms === undefined) throw new ClockError(`"${body.advance}" is not a duration; write e.g. "90m", "2h" or "1d 4h".`);
    forge.clock.advance(ms);
  } else throw new ClockError('Send {"advance":"2h"}, {"advanceMs":7200000} or {"to":"2026-12-02T09:00:00Z"}.');
  await forge.scheduler.tick();
  const delivered = await forge.queue.pump();
  return { ...clockView(forge), eventsDelivered: delivered };
}

/** Answers the paths above; false for any other. */
export async function handleForgeAdmin(forge: LocalForge, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://local').pathname.replace(/\/+$/, '');
  try {
    if (method === 'POST' && path.startsWith('/__sandbox/triggers/')) {
      const key = decodeURIComponent(path.slice('/__sandbox/triggers/'.length));
      if (!forge.manifest.triggers.some((t) => t.key === key)) {
        return reply(res, 404, { error: `No scheduledTrigger "${key}" in manifest.yml; there are: ${forge.manifest.triggers.map((t) => t.key).join(', ')}.` }), true;
      }
      try {
        reply(res, 200, (await forge.runTrigger(key)) ?? null);
      } catch (error) {
        reply(res, 500, { error: errorText(error) });
      }
      return true;
    }
    if (path === '/__sandbox/clock' && method === 'GET') return reply(res, 200, clockView(forge)), true;
    if (path === '/__sandbox/clock' && method === 'POST') return reply(res, 200, await moveClock(forge, (await readJson(req)) as Record<string, unknown>)), true;
    if (path === '/__sandbox/queue/chaos' && method === 'POST') {
      const body = (await readJson(req)) as { duplicates?: boolean; shuffle?: boolean; seed?: string };
      forge.queue.setChaos({ duplicates: body.duplicates === true, shuffle: body.shuffle === true, seed: body.seed });
      return reply(res, 204), true;
    }
    if (path === '/__sandbox/queue/drain' && method === 'POST') return reply(res, 200, { delivered: await forge.queue.drain() }), true;
    if (path === '/__sandbox/forge/stats' && method === 'GET') return reply(res, 200, forge.stats()), true;
    if (path.startsWith('/__sandbox/storage/api/v1/') && method === 'POST') {
      const answer = forge.storage.handle(path.slice('/__sandbox/storage'.length), await readJson(req));
      return reply(res, answer.status, answer.body), true;
    }
  } catch (error) {
    reply(res, error instanceof ClockError || error instanceof SyntaxError ? 400 : 500, { error: errorText(error) });
    return true;
  }
  return false;
}
