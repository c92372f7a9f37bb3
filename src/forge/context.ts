import { z } from 'zod';
import { AppError, invalid } from '../app/errors';
import { isNameable, isSafeText, shownExcerpt, unsafeTextMessage } from '../domain/text';

/**
 * The Forge context a resolver receives. Only `accountId` (from the Forge
 * runtime principal) is trusted; the extension's issue and project say where
 * the UI is shown and are checked against Jira permissions before use.
 */
export interface ResolverRequest {
  payload: unknown;
  context: { accountId?: string; extension?: unknown; [key: string]: unknown };
}

const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$/, 'not an issue key');
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'not a project key');

const issueExtension = z.object({ issue: z.object({ key: issueKey }) });
const projectExtension = z.object({ project: z.object({ key: projectKey }) });

export function callerOf(request: ResolverRequest): string {
  const accountId = request.context.accountId;
  if (typeof accountId !== 'string' || accountId.length === 0) {
    throw new AppError('forbidden', 'Sign in to Jira to use this app.');
  }
  return accountId;
}

export function issueKeyOf(request: ResolverRequest): string {
  const parsed = issueExtension.safeParse(request.context.extension);
  if (!parsed.success) throw invalid('This view is not showing an issue.');
  return parsed.data.issue.key;
}

/** Where a call from either the issue panel or the project page is made: the issue when the view shows one, else the project. */
export function surveyTargetOf(request: ResolverRequest): { issueKey: string } | { projectKey: string } {
  return issueExtension.safeParse(request.context.extension).success ? { issueKey: issueKeyOf(request) } : { projectKey: projectKeyOf(request) };
}

export function projectKeyOf(request: ResolverRequest): string {
  const parsed = projectExtension.safeParse(request.context.extension);
  if (!parsed.success) throw invalid('This view is not showing a project.');
  return parsed.data.project.key;
}

/**
 * Deeper than any payload of the contract needs (a policy's people are five levels down). Deeper
 * payloads are refused before anything walks them: JSON.parse builds a value nested 100 000 levels
 * deep, and a recursive walk over it runs out of stack.
 */
export const MAX_PAYLOAD_DEPTH = 32;

/** Whether objects or arrays nest deeper than `limit`; without recursion, whatever the depth (or a cycle). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Paths of every text in a value that even a multi-line text may not hold: what a payload schema
 * forgot to check. A text under a key that cannot be named back (broken text, 100 kB) is reported
 * on the nearest path that can.
 */
function unsafeTexts(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return isSafeText(value, 'multi') ? [] : [path.join('.') || '(payload)'];
  if (Array.isArray(value)) return value.flatMap((item, i) => unsafeTexts(item, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => unsafeTexts(item, isNameable(key) ? [...path, key] : path));
  return [];
}

/** Names the fields a payload should not have, without sending broken text or a 100 kB key back. */
export function unknownFieldsMessage(keys: readonly string[]): string {
  const named = keys.filter((key) => isNameable(key)).slice(0, 5);
  const others = keys.length - named.length;
  const names = [...named.map((key) => `"${shownExcerpt(key, 64)}"`), ...(others > 0 ? [`${others} ${named.length > 0 ? 'more' : others === 1 ? 'field' : 'fields'}`] : [])];
  return `Not a field of this request: ${names.join(', ')}.`;
}

/** Validates a payload; a failure names each bad field. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown): T {
  if (nestsDeeperThan(payload, MAX_PAYLOAD_DEPTH)) throw invalid('The request was not valid.', { '(payload)': `The request nests deeper than ${MAX_PAYLOAD_DEPTH} levels.` });
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || '(payload)'] = issue.code === 'unrecognized_keys' ? unknownFieldsMessage(issue.keys) : issue.message;
    throw invalid('The request was not valid.', fields);
  }
  // Each schema checks its own texts (single- or multi-line); this keeps a text it does not check out too.
  const unsafe = unsafeTexts(parsed.data);
  if (unsafe.length > 0) throw invalid('The request was not valid.', Object.fromEntries(unsafe.map((path) => [path, unsafeTextMessage('This text')])));
  return parsed.data;
}
