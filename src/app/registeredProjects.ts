import type { AppStore } from './ports';

/**
 * The projects that use the app, so the scheduled triggers visit them. A project
 * is registered when it is configured (policy saved, first decision raised, first
 * verdict) or its project page is opened — with or without a Scrum board.
 */
export interface RegisteredProject {
  projectKey: string;
  since: number;
}

const PREFIX = 'project:';
export const registeredProjectKey = (key: string) => `${PREFIX}${key}`;

/** Idempotent: the first registration's time is kept. */
export async function registerProject(store: AppStore, key: string, now: number): Promise<void> {
  if ((await store.get(registeredProjectKey(key))) !== undefined) return;
  await store.create<RegisteredProject>(registeredProjectKey(key), { projectKey: key, since: now });
}

export async function registeredProjects(store: AppStore): Promise<RegisteredProject[]> {
  return (await store.list<RegisteredProject>(PREFIX)).map((entry) => entry.value);
}
