// What the shell runs against (GET /__host/mode): the local sandbox, or a real Jira site through an
// API token — then a banner says which site, as whom, whether writes reach it, and what is wrong.

import { h } from './dom.js';

/** {kind: 'sandbox'} or {kind: 'real-site', siteUrl, writes, user, problem, noJiraSoftware, rateLimited} (sandbox/realSite/modeView.ts). */
export async function loadMode() {
  try {
    const response = await fetch('/__host/mode', { headers: { accept: 'application/json' } });
    if (response.ok) return await response.json();
  } catch {
    // An older sandbox without the endpoint: the local sandbox.
  }
  return { kind: 'sandbox' };
}

export const isRealSite = (mode) => mode?.kind === 'real-site';

function who(user) {
  if (!user) return 'nobody yet';
  return user.emailAddress && user.emailAddress !== user.displayName ? `${user.displayName} (${user.emailAddress})` : user.displayName;
}

/** The banner's lines: the connection, then what limits it now. */
function bannerLines(mode) {
  const writes = mode.writes === 'allowed' ? 'writes allowed' : 'read-only';
  const lines = [
    mode.user
      ? h('strong', { 'data-testid': 'mode-connection' }, `Connected to ${mode.siteUrl} as ${who(mode.user)} — ${writes}`)
      : h('strong', { 'data-testid': 'mode-connection' }, `Not connected to ${mode.siteUrl} — ${writes}`),
  ];
  if (mode.user && mode.writes !== 'allowed') lines.push(h('span', {}, 'Comments, properties and transitions stay pending in the app; start with --allow-writes to let them reach the site.'));
  if (mode.noJiraSoftware) lines.push(h('span', { 'data-testid': 'mode-no-jira-software' }, mode.noJiraSoftware));
  if (mode.rateLimited) lines.push(h('span', { 'data-testid': 'mode-rate-limited' }, mode.rateLimited));
  return lines;
}

/** Shows (or refreshes) the banner under the top bar; in sandbox mode there is none. */
export function showModeBanner(mode) {
  document.getElementById('mode-banner')?.remove();
  if (!isRealSite(mode)) return;
  const badge = document.querySelector('.sandbox-badge');
  if (badge) badge.textContent = 'real site';
  const kind = mode.problem ? 'error' : mode.writes === 'allowed' ? 'writes' : 'read-only';
  const banner = h('div', { id: 'mode-banner', class: `mode-banner ${kind}`, role: 'status', 'data-testid': 'mode-banner' }, ...bannerLines(mode));
  document.querySelector('.topbar')?.after(banner);
}

/** The page shown instead of Jira's when the site cannot be used: what happened, what to do. */
export function siteProblemPage(mode) {
  return h(
    'div',
    { class: 'site-problem', 'data-testid': 'site-problem' },
    h('h1', {}, `Cannot use ${mode.siteUrl}`),
    h('div', { class: 'notice error', role: 'alert' }, mode.problem.message),
    h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Try again')),
  );
}

/** The site's projects the token's user can browse (the first 50 by key), to choose which one the shell shows. */
async function loadSiteProjects() {
  const response = await fetch('/rest/api/3/project/search?maxResults=50&orderBy=key', { headers: { accept: 'application/json' } }).catch(() => null);
  const body = response?.ok ? await response.json().catch(() => null) : null;
  return Array.isArray(body?.values) ? body.values : [];
}

let siteProjects;
/** A "Project" chooser in the banner (real-site mode): the site may have many projects, the shell shows one. */
export async function showProjectChooser(currentKey) {
  const banner = document.getElementById('mode-banner');
  if (!banner || banner.classList.contains('error')) return;
  siteProjects ??= await loadSiteProjects();
  if (siteProjects.length === 0) return;
  const select = h(
    'select',
    { id: 'site-project', 'data-testid': 'site-project' },
    ...(siteProjects.some((p) => p.key === currentKey) ? [] : [h('option', { value: '', selected: true }, currentKey ?? 'Choose a project')]),
    ...siteProjects.map((p) => h('option', { value: p.key, selected: p.key === currentKey }, `${p.name} (${p.key})`)),
  );
  select.addEventListener('change', () => {
    const view = new URLSearchParams(location.search).get('view');
    if (select.value) location.assign(`/?${new URLSearchParams({ view: view === 'project' || view === 'settings' ? view : 'issues', project: select.value })}`);
  });
  document.getElementById('site-project-chooser')?.remove();
  banner.append(h('label', { id: 'site-project-chooser', class: 'site-project' }, 'Project ', select));
}
