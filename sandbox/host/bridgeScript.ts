/**
 * The local stand-in for the Forge bridge, injected into each app's index.html
 * before any other script: @forge/bridge reads `globalThis.__bridge` when its
 * modules load. It also reports the document height to the shell, which resizes
 * the iframe as Jira does for Custom UI.
 */
import type { ForgeContext } from './modules';

export const RESIZE_MESSAGE = 'engagement-health-host:resize';

/** JSON that is safe inside an inline <script> (no `</script>`, no line separators). */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function bridgeScript(context: ForgeContext): string {
  return `<script>
(function () {
  var context = ${scriptSafeJson(context)};
  function invoke(call) {
    var body = {
      functionKey: call && call.functionKey,
      payload: (call && call.payload) || {},
      moduleKey: context.moduleKey,
      extension: context.extension,
      accountId: context.accountId
    };
    return fetch('/__forge/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (answer) {
          if (!response.ok) throw new Error((answer && answer.message) || 'Resolver call failed with HTTP ' + response.status);
          return answer;
        });
      });
  }
  // router.open / router.navigate: Jira resolves a path against the site; the host serves Jira's
  // /issues/?jql= and /browse/KEY as the shell's search and issue views.
  function navigate(where) {
    var url = where && where.target === 'issue' ? '/browse/' + encodeURIComponent(where.issueKey || '') : where && where.url;
    if (typeof url !== 'string') return Promise.reject(new Error('The sandbox opens URLs and issues only, not ' + (where && where.target)));
    var target = new URL(url, context.siteUrl || window.location.origin);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return Promise.reject(new Error('Not a web address: ' + url));
    if (where.type === 'new-tab') window.open(target.href, '_blank', 'noopener');
    else window.top.location.assign(target.href);
    return Promise.resolve();
  }
  window.__bridge = {
    callBridge: function (command, payload) {
      if (command === 'invoke') return invoke(payload);
      if (command === 'navigate') return navigate(payload);
      if (command === 'getContext') return Promise.resolve(JSON.parse(JSON.stringify(context)));
      return Promise.resolve(undefined); // enableTheming, resize, events…: nothing to do locally
    }
  };
  // css-reset makes html and body 100% tall, so measure the content: the bottom of body's children.
  function contentHeight() {
    var bottom = 0;
    for (var i = 0; i < document.body.children.length; i++) {
      var child = document.body.children[i];
      if (child.tagName === 'SCRIPT') continue;
      var margin = parseFloat(getComputedStyle(child).marginBottom) || 0;
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom + margin + window.scrollY);
    }
    return Math.ceil(bottom + (parseFloat(getComputedStyle(document.body).paddingBottom) || 0));
  }
  var lastHeight = -1;
  function reportHeight() {
    if (!document.body || window.parent === window) return;
    var height = contentHeight();
    if (height === lastHeight) return;
    lastHeight = height;
    window.parent.postMessage({ type: '${RESIZE_MESSAGE}', height: height }, location.origin);
  }
  document.addEventListener('DOMContentLoaded', function () {
    var sizes = new ResizeObserver(reportHeight);
    var observeChildren = function () {
      for (var i = 0; i < document.body.children.length; i++) sizes.observe(document.body.children[i]);
      reportHeight();
    };
    new MutationObserver(observeChildren).observe(document.body, { childList: true });
    sizes.observe(document.body);
    observeChildren();
  });
})();
</script>`;
}

/** Puts the bridge first in <head>, ahead of the app's module script. */
export function injectBridge(html: string, context: ForgeContext): string {
  const script = bridgeScript(context);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return script + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + '\n' + script + html.slice(at);
}
