/**
 * The storage service's refusals, shaped as Forge's storage answers them: a
 * status and `{code, message}` (extra fields land in ForgeKvsAPIError.context).
 *
 * Codes Forge documents (storage-reference/handling-errors-kvs and
 * handling-errors-customentities) are used for the failures they name;
 * elsewhere the service says BAD_REQUEST (the request's shape, as in
 * @forge/kvs's own tests) or VALIDATION_ERROR (a rule of the manifest or a
 * documented limit without a documented code).
 */
import type { ZodError } from 'zod';

export interface StorageResult {
  status: number;
  body?: unknown;
}

export class StorageError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StorageError';
  }

  toResult(): StorageResult {
    return { status: this.status, body: { ...this.extra, code: this.code, message: this.message } };
  }
}

export const badRequest = (message: string, code = 'BAD_REQUEST') => new StorageError(400, code, message);
export const invalid = (message: string, code = 'VALIDATION_ERROR') => new StorageError(400, code, message);

/** Forge's wording for a missing key (the SDK turns this code into `undefined`). */
export const keyNotFound = () => new StorageError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');

/** Names every problem zod found, so a malformed body is never a guessing game. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`).join('; ');
}
