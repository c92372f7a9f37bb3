// Custom UI iframes as Jira shows them: the URL tells the host who is looking at what,
// and the frame grows to its content (the bridge stand-in posts its height).

const RESIZE_MESSAGE = 'engagement-health-host:resize';
const MIN_HEIGHT = 80;

/**
 * @param {'issue-panel' | 'project-page' | 'settings'} resource
 * @param {Record<string, string | undefined | null>} params  as, theme, issue, issueId, issueType, issueTypeId, project, projectId
 * @param {string} title  accessible name of the frame (the module title)
 */
export function appFrame(resource, params, title) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, String(value));
  const frame = document.createElement('iframe');
  frame.className = 'app-frame';
  frame.title = title;
  frame.dataset.resource = resource;
  frame.src = `/app/${resource}/index.html?${query}`;
  return frame;
}

export function listenForFrameResizes() {
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.data?.type !== RESIZE_MESSAGE) return;
    for (const frame of document.querySelectorAll('iframe.app-frame')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.max(MIN_HEIGHT, Number(event.data.height) || 0)}px`;
      }
    }
  });
}
