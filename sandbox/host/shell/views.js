// The shell's pages: issue list, issue view (with the app's issue panel), the app's project page
// and its project settings page. Each renders into <main> from a small state object.

import { adfToNodes, h, lozenge, notice } from './dom.js';
import { appFrame } from './frames.js';
import { commentsSection, statusControl } from './issueActions.js';
import { isFlagged, loadFieldIds, loadIssue, searchIssues, sprintName } from './jira.js';

/** Parameters every app frame gets: who is looking, in which theme. */
function frameBase(state) {
  return { as: state.user?.accountId, theme: state.theme, tz: state.user?.timeZone, project: state.projectKey, projectId: state.project?.id };
}

function projectLabel(state) {
  return state.project?.name ?? state.projectKey ?? 'Project';
}

function breadcrumbs(state, ...trail) {
  return h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumbs' }, 'Projects / ', h('a', { href: '/?view=issues' }, projectLabel(state)), ...trail.map((part) => [' / ', part]));
}

function personName(user) {
  return user?.displayName ?? 'Unassigned';
}

const LIST_FIELDS = ['summary', 'status', 'issuetype', 'assignee'];

/** The issues of one JQL search as Jira's list shows them; a refusal or an empty result as a notice. */
async function issueList(state, jql, label, emptyWords, moreWords = 'Showing the first 100 issues.') {
  const ids = await loadFieldIds(state.user.accountId);
  let page;
  try {
    page = await searchIssues(state.user.accountId, jql, [...LIST_FIELDS, ids.storyPoints, ids.flagged]);
  } catch (error) {
    return [notice(`Jira refused the issue search: ${error.message}`, 'error')];
  }
  if (page.issues.length === 0) return [notice(emptyWords)];
  const rows = page.issues.map((issue) =>
    h(
      'tr',
      { 'data-issue-key': issue.key },
      h('td', {}, issue.fields.issuetype?.name ?? ''),
      h('td', {}, h('a', { href: `/?view=issue&key=${encodeURIComponent(issue.key)}` }, issue.key)),
      h('td', {}, issue.fields.summary ?? '', isFlagged(issue.fields[ids.flagged]) ? [' ', lozenge('Flagged', 'flagged')] : null),
      h('td', {}, lozenge(issue.fields.status?.name ?? '', issue.fields.status?.statusCategory?.key)),
      h('td', {}, personName(issue.fields.assignee)),
      h('td', { class: 'num' }, issue.fields[ids.storyPoints] ?? ''),
    ),
  );
  const head = ['Type', 'Key', 'Summary', 'Status', 'Assignee', 'Story points'].map((title, index) => h('th', { scope: 'col', class: index === 5 ? 'num' : undefined }, title));
  const table = h('table', { class: 'issue-table', 'aria-label': label }, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...rows));
  return page.more ? [table, h('p', { class: 'subtle' }, moreWords)] : [table];
}

export async function renderIssues(main, state) {
  main.append(breadcrumbs(state), h('h1', {}, 'Issues'));
  if (!state.projectKey) return main.append(notice(`${personName(state.user)} cannot see any project.`));
  main.append(...(await issueList(state, `project = ${state.projectKey} ORDER BY created DESC`, `Issues in ${projectLabel(state)}`, `No issues that ${personName(state.user)} can see in ${state.projectKey}.`, 'Showing the 100 most recent issues.')));
}

/** Jira's issue search (/issues/?jql=… lands here): the issues of a JQL, as the acting user sees them. */
export async function renderSearch(main, state, jql) {
  main.append(breadcrumbs(state, 'Search'), h('h1', {}, 'Search'));
  const query = h('code', { class: 'jql', 'data-testid': 'search-jql' }, jql ?? '');
  main.append(h('p', {}, 'JQL: ', query));
  if (!jql?.trim()) return main.append(notice('Give a JQL query: /issues/?jql=…'));
  main.append(...(await issueList(state, jql, 'Search results', `No issues that ${personName(state.user)} can see match this query.`)));
}

function fieldList(issue, ids, statusElement) {
  const f = issue.fields;
  const entries = [
    ['Status', statusElement],
    ['Assignee', personName(f.assignee)],
    ['Reporter', personName(f.reporter)],
    ['Priority', f.priority?.name ?? 'None'],
    ['Due date', f.duedate ?? 'None'],
    ['Story points', f[ids.storyPoints] ?? 'None'],
    ['Sprint', sprintName(f[ids.sprint]) ?? 'None'],
    ['Flagged', isFlagged(f[ids.flagged]) ? lozenge('Impediment', 'flagged') : 'No'],
    ['Labels', (f.labels ?? []).join(', ') || 'None'],
  ];
  return h('aside', { class: 'issue-fields', 'aria-label': 'Details' }, h('dl', {}, ...entries.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])));
}

/** @param {() => void} reload  renders the issue view again (after a transition) */
export async function renderIssue(main, state, key, reload) {
  main.append(breadcrumbs(state, key));
  let issue = null;
  let refusal = null;
  try {
    issue = await loadIssue(state.user.accountId, key);
    if (!issue) refusal = `Jira does not show ${key} to ${personName(state.user)} (no permission to browse it, or it does not exist).`;
  } catch (error) {
    refusal = `Jira refused to show ${key}: ${error.message}`;
  }
  const ids = await loadFieldIds(state.user.accountId);
  // The panel is shown even when Jira refuses the issue, so the app's own permission check can be seen.
  const panel = appFrame(
    'issue-panel',
    { ...frameBase(state), issue: key, issueId: issue?.id, issueType: issue?.fields.issuetype?.name, issueTypeId: issue?.fields.issuetype?.id },
    'Decisions & acceptance',
  );
  const appSection = h('section', { class: 'app-section', 'aria-labelledby': 'app-panel-title' }, h('h2', { id: 'app-panel-title' }, 'Decisions & acceptance'), panel);
  const body = h(
    'div',
    {},
    h('h1', { 'data-testid': 'issue-summary' }, issue?.fields.summary ?? key),
    refusal ? notice(refusal) : null,
    issue ? h('h2', {}, 'Description') : null,
    issue ? h('div', { class: 'issue-description' }, ...(adfToNodes(issue.fields.description).length ? adfToNodes(issue.fields.description) : [h('p', { class: 'subtle' }, 'No description.')])) : null,
    appSection,
    issue ? await commentsSection(state, key) : null,
  );
  const status = issue ? statusControl(state, key, issue.fields.status, reload) : null;
  main.append(h('div', { class: 'issue-layout' }, body, issue ? fieldList(issue, ids, status) : h('div')));
}

export function renderProjectPage(main, state) {
  // Jira gives a project page the whole content area: the app draws its own heading.
  main.append(breadcrumbs(state, 'Engagement health'));
  if (!state.projectKey) return main.append(notice(`${personName(state.user)} cannot see any project.`));
  main.append(h('div', { class: 'app-page' }, appFrame('project-page', frameBase(state), 'Engagement health')));
}

export function renderSettings(main, state) {
  main.append(breadcrumbs(state, 'Project settings', 'Apps', 'Engagement health'));
  if (!state.projectKey) return main.append(notice(`${personName(state.user)} cannot see any project.`));
  main.append(h('div', { class: 'app-page' }, appFrame('settings', frameBase(state), 'Engagement health settings')));
}
