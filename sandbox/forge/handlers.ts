/** Loads the functions of manifest.yml from the app's source, as Forge loads them from the bundle. */
import { join } from 'node:path';
import { LocalForgeError } from './invocation';
import type { AppManifest } from './manifest';

export type ForgeHandler = (...args: unknown[]) => unknown;

/** "index.resolver" → export `resolver` of `<srcRoot>/index`; a path may have folders ("entry/triggers.hourly"). */
export function loadHandlers(manifest: AppManifest, srcRoot: string): Map<string, ForgeHandler> {
  const handlers = new Map<string, ForgeHandler>();
  for (const [functionKey, handler] of manifest.functions) {
    const dot = handler.lastIndexOf('.');
    if (dot <= 0) throw new LocalForgeError(`function ${functionKey}: handler "${handler}" must be <file>.<export>.`);
    const file = join(srcRoot, handler.slice(0, dot));
    const name = handler.slice(dot + 1);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the handler module is named by the manifest at run time, as in Forge
    const exported = (require(file) as Record<string, unknown>)[name];
    if (typeof exported !== 'function') throw new LocalForgeError(`function ${functionKey}: ${file} has no exported function "${name}".`);
    handlers.set(functionKey, exported as ForgeHandler);
  }
  return handlers;
}
