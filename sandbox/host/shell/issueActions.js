// The issue view's status button (Jira's transition menu) and its comments, read and made
// through the sandbox's REST API as the acting user.

import { adfToNodes, h, lozenge, notice } from './dom.js';
import { loadComments, loadTransitions, transitionIssue } from './jira.js';

const dateTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/**
 * A status button that opens the list of transitions (a disclosure of plain buttons, so it
 * works with Tab and Enter); a refused transition shows Jira's message in an alert.
 * @param {{ user: { accountId: string } }} state
 * @param {string} key
 * @param {{ name?: string, statusCategory?: { key?: string } } | undefined} status
 * @param {() => void} onChanged  reloads the issue view after a transition
 */
export function statusControl(state, key, status, onChanged) {
  const listId = 'status-transitions';
  const alert = h('div', { 'data-testid': 'transition-alert' });
  const list = h('ul', { id: listId, class: 'transition-list', hidden: true, 'aria-label': 'Transitions' });
  const button = h(
    'button',
    { type: 'button', class: `button status-button ${status?.statusCategory?.key ?? 'new'}`, 'aria-expanded': 'false', 'aria-controls': listId, 'data-testid': 'status-button' },
    status?.name ?? 'Status',
    h('span', { 'aria-hidden': 'true' }, ' ▾'),
  );
  button.setAttribute('aria-label', `Status: ${status?.name ?? 'unknown'}. Change status`);
  const close = () => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  const choose = async (transition) => {
    close();
    button.disabled = true;
    alert.replaceChildren();
    try {
      await transitionIssue(state.user.accountId, key, transition.id);
      onChanged();
    } catch (error) {
      button.disabled = false;
      alert.replaceChildren(h('div', { class: 'notice error', role: 'alert', 'data-testid': 'transition-error' }, h('strong', {}, `Could not move ${key} to ${transition.to?.name ?? transition.name}. `), error.message));
      button.focus();
    }
  };
  button.addEventListener('click', async () => {
    if (!list.hidden) return close();
    list.replaceChildren(h('li', { class: 'subtle' }, 'Loading transitions…'));
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    let transitions;
    try {
      transitions = await loadTransitions(state.user.accountId, key);
    } catch (error) {
      return list.replaceChildren(h('li', { class: 'subtle' }, `Jira refused the transitions: ${error.message}`));
    }
    const choices = transitions.filter((t) => t.to?.name !== status?.name);
    if (choices.length === 0) return list.replaceChildren(h('li', { class: 'subtle' }, 'You cannot move this issue.'));
    list.replaceChildren(
      ...choices.map((t) =>
        h('li', {}, h('button', { type: 'button', class: 'transition', 'data-transition-id': t.id, 'data-to-status': t.to?.name ?? '', onclick: () => void choose(t) }, t.name, ' → ', lozenge(t.to?.name ?? '', t.to?.statusCategory?.key))),
      ),
    );
    list.querySelector('button')?.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      button.focus();
    }
  });
  return h('div', { class: 'status-control' }, button, list, alert);
}

/** The issue's comments, newest last; mentions read "@Name". */
export async function commentsSection(state, key) {
  const section = h('section', { class: 'comments', 'aria-labelledby': 'comments-title', 'data-testid': 'issue-comments' });
  let comments;
  try {
    comments = await loadComments(state.user.accountId, key);
  } catch (error) {
    section.append(h('h2', { id: 'comments-title' }, 'Comments'), notice(`Jira refused the comments: ${error.message}`));
    return section;
  }
  const nameOf = (accountId) => state.users.find((user) => user.accountId === accountId)?.displayName;
  section.append(
    h('h2', { id: 'comments-title' }, `Comments (${comments.length})`),
    comments.length === 0
      ? h('p', { class: 'subtle' }, 'No comments yet.')
      : h(
          'ol',
          { class: 'comment-list' },
          ...comments.map((c) =>
            h(
              'li',
              { class: 'comment', 'data-testid': 'issue-comment', 'data-comment-id': c.id },
              h('div', { class: 'comment-meta' }, h('strong', {}, c.author?.displayName ?? 'Someone'), ' ', h('span', { class: 'subtle' }, c.created ? dateTime.format(new Date(c.created)) : '')),
              h('div', { class: 'comment-body' }, ...adfToNodes(c.body, nameOf)),
            ),
          ),
        ),
  );
  return section;
}
