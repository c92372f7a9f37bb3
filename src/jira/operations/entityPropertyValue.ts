import type { JiraClient } from '../client';
import { isNotFound } from '../errors';

/**
 * The value of an entity property (issue, comment) at its path, or null when Jira answers 404 —
 * the property is not set (or its entity is not visible to the caller; both read as "no value").
 */
export async function entityPropertyValue<T>(client: JiraClient, path: string): Promise<T | null> {
  try {
    const property = await client.get<{ key?: string; value?: T }>(path);
    return property?.value ?? null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}
