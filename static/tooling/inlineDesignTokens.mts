/**
 * Build-time inlining of `token('color.text')` calls into their CSS variable
 * (`var(--ds-text)`), as Atlassian's tokens babel plugin does. Without it every app
 * ships the whole token-name table (~7 KB gzip) just to look names up at run time,
 * which the issue panel's 150 KB budget cannot afford. Unknown names fail the build.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
const tokenNames = (require('@atlaskit/tokens/token-names') as { default: Record<string, string> }).default;

const tokenCall = /\btoken\(\s*(['"])([\w.-]+)\1\s*(?:,\s*(['"])([^'"]*)\3\s*)?\)/g;
const importsToken = /import\s*\{[^}]*\btoken\b[^}]*\}\s*from\s*['"]@atlaskit\/tokens['"]/;

export function inlineToken(name: string, fallback: string | undefined, file: string): string {
  const cssVariable = tokenNames[name];
  if (!cssVariable) throw new Error(`${file}: unknown design token '${name}'`);
  return JSON.stringify(fallback ? `var(${cssVariable}, ${fallback})` : `var(${cssVariable})`);
}

export function inlineDesignTokens(): Plugin {
  return {
    name: 'engagement-health:inline-design-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.tsx?$/.test(id) || !importsToken.test(code)) return null;
      const replaced = code.replace(tokenCall, (_call, _q, name: string, _q2, fallback: string | undefined) =>
        inlineToken(name, fallback, id),
      );
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
