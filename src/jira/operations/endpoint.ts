import { JiraError } from '../errors';
import type { HttpMethod } from '../transport';
import { fillPath } from '../url';

/** One Jira REST operation as the OpenAPI spec names it (method + path template). */
export interface JiraOperation {
  readonly method: HttpMethod;
  readonly path: string;
}

export const jiraOperation = (method: HttpMethod, path: string): JiraOperation => ({ method, path });

/** The request path for an operation; an unusable parameter is the caller's invalid request. */
export function pathFor(operation: JiraOperation, params: Readonly<Record<string, string | number>> = {}): string {
  try {
    return fillPath(operation.path, params);
  } catch (cause) {
    throw new JiraError({
      kind: 'invalid',
      operation: { method: operation.method, path: operation.path },
      messages: [cause instanceof Error ? cause.message : String(cause)],
      cause,
    });
  }
}
