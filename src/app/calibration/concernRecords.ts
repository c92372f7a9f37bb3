/**
 * The concerns in app storage, one record per concern: `concern:<project>:<id>`, created once (a
 * conditional write). The id comes from the raising action's idempotency key and the person, so a
 * retried raise meets its first try's record instead of raising a second concern.
 */
import { createHash, randomUUID } from 'node:crypto';
import { isConcern, type Concern } from '../../domain/calibration/concern';
import type { AppStore } from '../ports';

export const concernKeys = {
  ofProject: (projectKey: string) => `concern:${projectKey}:`,
  concern: (projectKey: string, id: string) => `concern:${projectKey}:${id}`,
};

/**
 * A concern's id: from the action id and who acts (the same action of the same person is the same
 * concern; another person's action id cannot reach it), else random. It names nobody: it goes into
 * the calibration call's effect id, which Jira holds.
 */
export function concernId(raisedBy: string, actionId: string | undefined): string {
  if (actionId === undefined) return randomUUID();
  return createHash('sha256').update(`${raisedBy}\n${actionId}`).digest('base64url').slice(0, 22);
}

export function concernRecords(store: AppStore, projectKey: string) {
  return {
    /** The project's readable concerns, oldest first (a corrupted record is left out). */
    async all(): Promise<Concern[]> {
      const entries = await store.list<unknown>(concernKeys.ofProject(projectKey));
      return entries
        .map((e) => e.value)
        .filter(isConcern)
        .sort((a, b) => a.raisedAt - b.raisedAt || (a.id < b.id ? -1 : 1));
    },
    async get(id: string): Promise<Concern | null> {
      const value = await store.get<unknown>(concernKeys.concern(projectKey, id));
      return isConcern(value) ? value : null;
    },
    /** Stores a new concern; false when its id is taken (the same action raised it already). */
    insert: (concern: Concern) => store.create(concernKeys.concern(projectKey, concern.id), concern),
  };
}
