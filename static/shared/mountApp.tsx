/** Mounts an app after applying the theme, so the first paint is already in the user's colours. */
import '@atlaskit/css-reset';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { enableTheme } from './theme';

const themeWaitMs = 1500;

export async function mountApp(app: ReactNode): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to render into.');
  await Promise.race([enableTheme(), new Promise((resolve) => setTimeout(resolve, themeWaitMs))]);
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
