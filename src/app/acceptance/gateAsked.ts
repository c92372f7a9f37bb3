/**
 * Whether Jira runs the app's Done gate in a project. The gate is a workflow validator: the manifest
 * declares it, but a Jira admin adds it to the project's workflow, and the app cannot read workflows
 * without an admin scope. So the validator notes, at most once a day, that Jira asked it — only Jira
 * calls it — and the issue panel says "Done is blocked" only once Jira has.
 */
import type { AppStore } from '../ports';

const DAY = 86_400_000;
const gateAskedKey = (projectKey: string) => `acceptance-gate-asked:${projectKey}`;

interface GateAsked {
  at: number;
}

/** The validator was asked about a move in the project: noted once a day (a read, and a write at most daily). */
export async function noteGateAsked(store: AppStore, projectKey: string, now: number): Promise<void> {
  const last = await store.get<GateAsked>(gateAskedKey(projectKey));
  if (last && now - last.at < DAY && last.at <= now) return;
  await store.set<GateAsked>(gateAskedKey(projectKey), { at: now });
}

/** When Jira last asked the project's gate (to the day), or null when it never has. */
export async function gateLastAsked(store: AppStore, projectKey: string): Promise<number | null> {
  const last = await store.get<GateAsked>(gateAskedKey(projectKey));
  return last && Number.isFinite(last.at) ? last.at : null;
}
