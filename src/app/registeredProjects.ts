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

/** After a user's write is stored: a registration that fails now must not make it look failed (the next view registers). */
export async function registerProjectAfterWrite(store: AppStore, key: string, now: number): Promise<void> {
  await registerProject(store, key, now).catch((error: unknown) => console.warn(`registration of ${key} deferred to the next view`, error));
}

export async function registeredProjects(store: AppStore): Promise<RegisteredProject[]> {
  return (await store.list<RegisteredProject>(PREFIX)).map((entry) => entry.value);
}
