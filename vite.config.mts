/**
 * One Vite config for the three Custom UI apps in static/<name>/.
 * Select the app with APP: `APP=issue-panel vite build` writes static/issue-panel/build,
 * the folder the manifest's resource points at. static/build.mjs builds all three.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { inlineDesignTokens } from './static/tooling/inlineDesignTokens.mts';

export const UI_APPS = ['issue-panel', 'project-page', 'settings'] as const;
export type UiApp = (typeof UI_APPS)[number];

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

function isUiApp(name: string | undefined): name is UiApp {
  return (UI_APPS as readonly string[]).includes(name ?? '');
}

export function uiAppConfig(app: UiApp, mode = 'production'): UserConfig {
  const appRoot = resolve(repoRoot, 'static', app);
  return {
    root: appRoot,
    // Forge serves a resource from a path of its own: every URL in the build must be relative.
    base: './',
    plugins: [inlineDesignTokens(), react()],
    // From the Vite mode, not the shell: a build started under jest (NODE_ENV=test) must still be a production build.
    define: { 'process.env.NODE_ENV': JSON.stringify(mode === 'development' ? 'development' : 'production') },
    build: {
      outDir: resolve(appRoot, 'build'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: process.env.UI_SOURCEMAP === '1',
      reportCompressedSize: true,
      // The entry chunks hold React and Atlaskit (500–700 kB raw); static/build.mjs checks gzip budgets instead.
      chunkSizeWarningLimit: 1000,
      // @atlaskit/section-message imports set-global-theme statically in the settings app, so our lazy import of it
      // cannot split there; harmless, and split everywhere else.
      rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
    },
    server: { fs: { allow: [repoRoot] } },
    logLevel: process.env.VITE_LOG_LEVEL === 'silent' ? 'silent' : 'info',
  };
}

export default defineConfig(({ mode }) => {
  const app = process.env.APP;
  if (!isUiApp(app)) {
    throw new Error(`Set APP to one of ${UI_APPS.join(', ')} (got ${app ?? 'nothing'}), e.g. APP=issue-panel vite build`);
  }
  return uiAppConfig(app, mode);
});
