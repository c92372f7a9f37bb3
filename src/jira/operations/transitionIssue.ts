import type { JiraClient } from '../client';
import { jiraOperation, pathFor } from './endpoint';

export const DO_TRANSITION = jiraOperation('POST', '/rest/api/3/issue/{issueIdOrKey}/transitions');

/** Moves the issue through a transition (id from getTransitions), optionally setting screen fields. */
export async function transitionIssue(
  client: JiraClient,
  issueIdOrKey: string,
  transitionId: string,
  options: { fields?: Record<string, unknown>; update?: Record<string, unknown[]> } = {},
): Promise<void> {
  return client.post<void>(pathFor(DO_TRANSITION, { issueIdOrKey }), {
    transition: { id: transitionId },
    ...(options.fields ? { fields: options.fields } : {}),
    ...(options.update ? { update: options.update } : {}),
  });
}
