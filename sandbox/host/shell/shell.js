// The Jira-like shell of the local sandbox: top bar ("Acting as", theme), project sidebar,
// and query-string routes: /?view=issues | /?view=issue&key=ENG-12 | /?view=search&jql=… | /?view=project | /?view=settings.

import { h, notice } from './dom.js';
import { listenForFrameResizes } from './frames.js';
import { loadProject, loadUsers } from './jira.js';
import { isRealSite, loadMode, showModeBanner, showProjectChooser, siteProblemPage } from './mode.js';
import { applyTheme, initialPreferences, saveActingAs, saveTheme } from './preferences.js';
import { renderIssue, renderIssues, renderProjectPage, renderSearch, renderSettings } from './views.js';

const LAST_PROJECT_KEY = 'eh-sandbox:project';
const ROLE_LABELS = {
  'client-product-owner': 'client product owner',
  'client-decision-maker': 'client decision maker',
  'client-sponsor': 'client sponsor',
  'delivery-tech-lead': 'delivery tech lead',
  'delivery-sponsor': 'delivery sponsor',
  developer: 'developer',
  'project-admin': 'project admin',
  guest: 'no project access',
};

const preferences = initialPreferences(location.search);
const state = { users: [], user: null, theme: preferences.theme, projectKey: null, project: null, mode: { kind: 'sandbox' } };
/** Each site remembers its own last project: the demo's ENG means nothing on a real site. */
const lastProjectKey = () => (isRealSite(state.mode) ? `eh-site:${state.mode.siteUrl}:project` : LAST_PROJECT_KEY);

function route() {
  const query = new URLSearchParams(location.search);
  return { view: query.get('view') ?? (query.get('key') ? 'issue' : 'issues'), key: query.get('key'), project: query.get('project'), jql: query.get('jql') };
}

function fillActingAs(select) {
  const teams = [...new Set(state.users.map((user) => user.team ?? 'other'))].sort();
  select.replaceChildren(
    ...teams.map((team) =>
      h(
        'optgroup',
        { label: team.charAt(0).toUpperCase() + team.slice(1) },
        ...state.users
          .filter((user) => (user.team ?? 'other') === team)
          .map((user) =>
            h(
              'option',
              { value: user.accountId, selected: user.accountId === state.user?.accountId },
              `${user.displayName} — ${ROLE_LABELS[user.role] ?? user.role}${user.active === false ? ' (inactive)' : ''}`,
            ),
          ),
      ),
    ),
  );
}

async function resolveProject(current) {
  const remembered = localStorage.getItem(lastProjectKey());
  const key = current.project ?? current.key?.replace(/-\d+$/, '') ?? remembered ?? (await firstVisibleProjectKey());
  state.projectKey = key ?? null;
  state.project = key ? await loadProject(state.user.accountId, key).catch(() => null) : null;
  // A real site's remembered project may be gone or closed to the token's user since: start from the first one it sees.
  if (isRealSite(state.mode) && !state.project && key && key === remembered && !current.project && !current.key) {
    localStorage.removeItem(lastProjectKey());
    return resolveProject(current);
  }
  if (state.project?.key) localStorage.setItem(lastProjectKey(), state.project.key);
  document.getElementById('project-name').textContent = state.project?.name ?? state.projectKey ?? 'No project';
}

/** The first project the acting user can see: Jira's project search, else the project of the newest visible issue (Jira refuses unbounded JQL). */
async function firstVisibleProjectKey() {
  const headers = { accept: 'application/json', 'content-type': 'application/json', 'x-sandbox-as': state.user.accountId };
  const projects = await fetch('/rest/api/3/project/search?maxResults=1', { headers }).catch(() => null);
  const found = projects?.ok ? (await projects.json().catch(() => null))?.values?.[0]?.key : null;
  if (found) return found;
  const search = await fetch('/rest/api/3/search/jql', { method: 'POST', headers, body: JSON.stringify({ jql: 'project IS NOT EMPTY ORDER BY created DESC', fields: ['project'], maxResults: 1 }) }).catch(() => null);
  const issue = search?.ok ? (await search.json().catch(() => null))?.issues?.[0] : null;
  return issue?.fields?.project?.key ?? issue?.key?.replace(/-\d+$/, '') ?? null;
}

/** The site cannot be used now (its page says why): no Jira page is drawn. */
class SiteProblem extends Error {}

function projectHiddenWords(key) {
  return `${state.mode.siteUrl} shows no project ${key} to ${state.user?.displayName ?? 'the token’s user'} (Jira answers 404: it does not exist, or this user may not browse it). Choose one of the site's projects above.`;
}

let renderCount = 0;
async function render() {
  const mine = ++renderCount;
  const main = document.getElementById('view');
  main.replaceChildren();
  main.setAttribute('aria-busy', 'true');
  const current = route();
  for (const link of document.querySelectorAll('.nav-list a')) {
    const active = link.dataset.view === current.view || ((current.view === 'issue' || current.view === 'search') && link.dataset.view === 'issues');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const page = document.createElement('div');
  try {
    if (isRealSite(state.mode)) {
      // Fresh each time: a rate limit comes and goes, a token can be revoked while the shell is open.
      state.mode = await loadMode();
      showModeBanner(state.mode);
      if (state.mode.problem) throw new SiteProblem();
    }
    await resolveProject(current);
    if (isRealSite(state.mode)) void showProjectChooser(state.projectKey);
    if (isRealSite(state.mode) && state.projectKey && !state.project) page.append(notice(projectHiddenWords(state.projectKey), 'error'));
    if (current.view === 'issue' && current.key) await renderIssue(page, state, current.key, () => void render());
    else if (current.view === 'search') await renderSearch(page, state, current.jql);
    else if (current.view === 'project') renderProjectPage(page, state);
    else if (current.view === 'settings') renderSettings(page, state);
    else await renderIssues(page, state);
  } catch (error) {
    if (error instanceof SiteProblem) page.replaceChildren(siteProblemPage(state.mode));
    else page.append(notice(`The sandbox shell failed: ${error instanceof Error ? error.message : String(error)}`, 'error'));
  }
  if (mine !== renderCount) return; // a newer render (user or theme change) took over
  main.replaceChildren(page);
  main.removeAttribute('aria-busy');
}

/** ?as= and ?theme= are one-off overrides (already saved): drop them so the controls own the choice. */
function forgetOverridesInUrl() {
  const query = new URLSearchParams(location.search);
  if (!query.has('as') && !query.has('theme')) return;
  query.delete('as');
  query.delete('theme');
  history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
}

async function start() {
  forgetOverridesInUrl();
  applyTheme(state.theme);
  listenForFrameResizes();
  const select = document.getElementById('acting-as');
  state.mode = await loadMode();
  showModeBanner(state.mode);
  if (isRealSite(state.mode) && state.mode.problem) {
    select.replaceChildren(h('option', {}, 'Nobody (not connected)'));
    select.disabled = true;
    document.getElementById('view').replaceChildren(siteProblemPage(state.mode));
    return;
  }
  try {
    state.users = await loadUsers();
  } catch (error) {
    document.getElementById('view').replaceChildren(notice(error.message, 'error'));
    return;
  }
  state.user =
    state.users.find((user) => user.accountId === preferences.actingAs) ??
    state.users.find((user) => user.role === 'delivery-tech-lead') ??
    state.users[0] ??
    null;
  if (!state.user) {
    document.getElementById('view').replaceChildren(notice('The sandbox has no people.', 'error'));
    return;
  }
  fillActingAs(select);
  // On a real site the API token decides who you are.
  if (isRealSite(state.mode)) {
    select.disabled = true;
    select.title = 'Real-site mode: you are the API token’s user';
  }
  select.addEventListener('change', () => {
    state.user = state.users.find((user) => user.accountId === select.value) ?? state.user;
    saveActingAs(state.user.accountId);
    void render();
  });
  document.getElementById('theme-toggle').addEventListener('click', () => {
    state.theme = state.theme === 'dark' ? 'light' : 'dark';
    saveTheme(state.theme);
    applyTheme(state.theme);
    void render();
  });
  window.addEventListener('popstate', () => void render());
  await render();
}

void start();
