/** POST /__forge/invoke: what the bridge stand-in sends, checked before it reaches the resolvers. */
import type { IncomingMessage } from 'node:http';
import type { ForgeInvocation } from './host';

const MAX_BODY_BYTES = 1_000_000;

export class BadInvocation extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BadInvocation(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length === 0) throw new BadInvocation(`"${name}" must be a non-empty string.`);
  return value;
}

/** Parses the body into a ForgeInvocation or throws BadInvocation with a message for the 400. */
export function parseInvocation(raw: string): ForgeInvocation {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new BadInvocation('The body must be JSON: {functionKey, payload, moduleKey, extension, accountId}.');
  }
  if (!isPlainObject(body)) throw new BadInvocation('The body must be a JSON object: {functionKey, payload, moduleKey, extension, accountId}.');
  const functionKey = nonEmptyString(body, 'functionKey');
  const accountId = nonEmptyString(body, 'accountId');
  const moduleKey = nonEmptyString(body, 'moduleKey');
  const payload = body.payload ?? {};
  if (!isPlainObject(payload)) throw new BadInvocation('"payload" must be an object when given.');
  if (!isPlainObject(body.extension)) throw new BadInvocation('"extension" must be an object (the module context).');
  return { functionKey, payload, accountId, moduleKey, extension: body.extension };
}
