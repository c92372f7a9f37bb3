// Who the shell acts as and which theme it shows: kept in localStorage, overridable from the URL
// (?as=<accountId>&theme=dark) so a test or a colleague can deep-link.

const KEYS = { actingAs: 'eh-sandbox:acting-as', theme: 'eh-sandbox:theme' };

function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export function initialPreferences(search) {
  const query = new URLSearchParams(search);
  const theme = query.get('theme') ?? read(KEYS.theme);
  const actingAs = query.get('as') ?? read(KEYS.actingAs);
  if (query.get('theme')) write(KEYS.theme, query.get('theme'));
  if (query.get('as')) write(KEYS.actingAs, query.get('as'));
  return { theme: theme === 'dark' ? 'dark' : 'light', actingAs };
}

export function saveActingAs(accountId) {
  write(KEYS.actingAs, accountId);
}

export function saveTheme(theme) {
  write(KEYS.theme, theme);
}

export function applyTheme(theme) {
  document.documentElement.setAttribute('data-color-mode', theme);
  const toggle = document.getElementById('theme-toggle');
  if (toggle) {
    toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}
