/**
 * Light and dark theming. In Jira, `view.theme.enable()` applies the user's theme to
 * the iframe. The local host's bridge stand-in cannot inject Jira's theme CSS, so it
 * reports the chosen colour mode in the context and the app applies it with tokens.
 */
import { view } from '@forge/bridge';

type ColorMode = 'light' | 'dark' | 'auto';

function isColorMode(value: unknown): value is ColorMode {
  return value === 'light' || value === 'dark' || value === 'auto';
}

export async function enableTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // Theming is cosmetic: the app still works in the default (light) token values.
  }
  const context = await view.getContext().catch(() => null);
  const colorMode = context?.theme?.colorMode;
  const themeApplied = document.documentElement.hasAttribute('data-color-mode');
  if (isColorMode(colorMode) && !themeApplied) {
    const { setGlobalTheme } = await import('@atlaskit/tokens/set-global-theme');
    await setGlobalTheme({ colorMode });
  }
}
