import type { Caller } from './auth';
import type { FieldDef } from './fields';
import type { RouteResult } from './http';
import type { JqlContext, PropertyAlias } from './jql/context';
import type { Store } from './store';
import type { WorkflowValidator } from './service';

export interface RequestContext {
  store: Store;
  caller: Caller;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
  now: number;
  catalogue: FieldDef[];
  aliases: Map<string, PropertyAlias>;
  jql(): JqlContext;
  workflowValidator?: WorkflowValidator;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  method: Method;
  /** Path template as in the OpenAPI spec, e.g. /rest/api/3/issue/{issueIdOrKey}. */
  template: string;
  handler(ctx: RequestContext): RouteResult | Promise<RouteResult>;
}

export interface RouteMatch {
  /** The route for this method, if any. */
  route?: Route;
  /** Template matched (for stats keys) — set when any method matched the path. */
  template?: string;
  params: Record<string, string>;
}

interface Compiled {
  route: Route;
  segments: string[];
  literals: number;
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: Route[]) {
    this.compiled = routes
      .map((route) => {
        const segments = route.template.split('/').filter(Boolean);
        return { route, segments, literals: segments.filter((s) => !s.startsWith('{')).length };
      })
      .sort((a, b) => b.literals - a.literals);
  }

  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').filter(Boolean);
    let best: RouteMatch | undefined;
    for (const c of this.compiled) {
      if (c.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let okMatch = true;
      for (let i = 0; i < parts.length; i++) {
        const seg = c.segments[i]!;
        const part = parts[i]!;
        if (seg.startsWith('{')) {
          try {
            params[seg.slice(1, -1)] = decodeURIComponent(part);
          } catch {
            okMatch = false;
            break;
          }
        } else if (seg !== part) {
          okMatch = false;
          break;
        }
      }
      if (!okMatch) continue;
      if (c.route.method === method) return { route: c.route, template: c.route.template, params };
      best ??= { template: c.route.template, params };
    }
    return best ?? { params: {} };
  }
}
