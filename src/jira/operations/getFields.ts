import type { JiraClient } from '../client';
import type { FieldJson } from '../jsonTypes';
import { jiraOperation, pathFor } from './endpoint';

export const GET_FIELDS = jiraOperation('GET', '/rest/api/3/field');

/** Every system and custom field of the site (to find the story points, sprint and flagged field ids). */
export async function getFields(client: JiraClient): Promise<FieldJson[]> {
  const fields = await client.get<FieldJson[]>(pathFor(GET_FIELDS));
  return Array.isArray(fields) ? fields : [];
}
