/**
 * The shell is styled with Atlassian's own design tokens (the CSS variables the
 * apps use), so both look like Jira in light and dark. The theme CSS ships inside
 * @atlaskit/tokens as JS modules exporting a CSS string.
 */
import { createRequire } from 'node:module';

const requireFromHere = createRequire(__filename);
const THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];

let cached: string | undefined;

export function designTokensCss(): string {
  cached ??= THEMES.map((theme) => {
    try {
      return (requireFromHere(`@atlaskit/tokens/dist/cjs/artifacts/themes/${theme}`) as { default: string }).default;
    } catch {
      return `/* ${theme} is not in this @atlaskit/tokens version */`;
    }
  }).join('\n');
  return cached;
}
