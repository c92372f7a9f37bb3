/**
 * The sandbox's API tokens, as Jira Cloud's: one per person, sent as
 * `Authorization: Basic base64(email:token)` (or `Bearer <token>`).
 *
 * Kept in `api-tokens.json` (`{"<email>": "<token>"}`) beside the Jira data: made once
 * per data folder and kept across restarts and `--reset`, so a script keeps working.
 * Tokens already in the file are kept as they are (one may set a person's token by hand);
 * a person without one gets a random token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeAll } from '../durableFiles';
import type { SandboxUser } from './model';

export const API_TOKENS_FILE = 'api-tokens.json';

/** Email (as the file spells it) → token. */
export type ApiTokenMap = Readonly<Record<string, string>>;

export interface ApiTokens {
  /** A copy of every email → token, in the file's order. */
  all(): ApiTokenMap;
  /** The token of this email (case-insensitive, as Jira Cloud logins are), if any. */
  tokenOf(email: string): string | undefined;
  /** The email whose token this is, if any. */
  emailOf(token: string): string | undefined;
}

/** A new token: 32 random bytes, URL-safe, so it fits `curl -u email:token` unquoted. */
export const newApiToken = (): string => randomBytes(32).toString('base64url');

/**
 * The tokens of `users`, read from `file` and completed there (written only when a person had none);
 * without a file they live in memory only. A damaged file is an error, never silently replaced:
 * that would lock out every script holding the old tokens.
 */
export function loadApiTokens(file: string | undefined, users: readonly SandboxUser[]): ApiTokens {
  const tokens = new Map<string, string>(Object.entries(file && existsSync(file) ? readTokenFile(file) : {}));
  const known = new Set([...tokens.keys()].map((email) => email.toLowerCase()));
  let added = false;
  for (const { emailAddress } of users) {
    if (!emailAddress || known.has(emailAddress.toLowerCase())) continue;
    tokens.set(emailAddress, newApiToken());
    known.add(emailAddress.toLowerCase());
    added = true;
  }
  if (file && added) writeTokenFile(file, Object.fromEntries(tokens));

  const byEmail = new Map([...tokens].map(([email, token]) => [email.toLowerCase(), token]));
  return {
    all: () => Object.fromEntries(tokens),
    tokenOf: (email) => byEmail.get(email.toLowerCase()),
    // Compared in constant time, as a token check should be, even in a sandbox.
    emailOf: (token) => [...tokens].find(([, t]) => sameToken(t, token))?.[0],
  };
}

/** Constant-time equality of two tokens (lengths may differ). */
export function sameToken(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function readTokenFile(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}); fix it or delete it to have new tokens made`);
  }
  const valid =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Object.values(parsed).every((t) => typeof t === 'string' && t.trim() !== '');
  if (!valid) throw new Error(`${file}: expected {"<email>": "<token>"} with non-empty tokens; fix it or delete it to have new tokens made`);
  return parsed as Record<string, string>;
}

/** Temporary file, fsync, rename: a crash leaves the old tokens or the new ones. Readable by its owner only. */
function writeTokenFile(file: string, tokens: Record<string, string>): void {
  const temp = `${file}.tmp`;
  rmSync(temp, { force: true }); // a leftover would keep its old mode
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeAll(fd, Buffer.from(`${JSON.stringify(tokens, null, 2)}\n`, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
