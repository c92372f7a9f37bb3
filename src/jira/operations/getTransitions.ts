import type { JiraClient } from '../client';
import type { TransitionJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_TRANSITIONS = jiraOperation('GET', '/rest/api/3/issue/{issueIdOrKey}/transitions');

/** The transitions the caller can make on the issue from its current status. */
export async function getTransitions(client: JiraClient, issueIdOrKey: string): Promise<TransitionJson[]> {
  const answer = await client.get<{ transitions?: TransitionJson[] }>(pathFor(GET_TRANSITIONS, { issueIdOrKey }));
  return answer?.transitions ?? [];
}
