import { canBrowseIssue } from '../auth';
import { badRequest, JiraHttpError } from '../errors';
import type { SandboxIssue } from '../model';
import type { RequestContext } from '../router';
import { compileJql, type CompiledQuery } from '../jql/evaluate';
import { JqlError } from '../jql/errors';

/** Compiles JQL with Jira's 400 on errors. */
export function compileOr400(ctx: RequestContext, jql: string): CompiledQuery {
  try {
    return compileJql(jql, ctx.jql());
  } catch (e) {
    if (e instanceof JqlError) throw new JiraHttpError(400, e.messages);
    throw e;
  }
}

/** Issues the caller may see that match `jql` (plus an optional extra filter), sorted. */
export function runSearch(
  ctx: RequestContext,
  jql: string,
  opts: { requireBounded?: boolean; filter?: (i: SandboxIssue) => boolean; defaultOrder?: (a: SandboxIssue, b: SandboxIssue) => number } = {},
): SandboxIssue[] {
  const compiled = compileOr400(ctx, jql);
  if (opts.requireBounded && !compiled.bounded) {
    throw badRequest('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  const { store, caller } = ctx;
  const visible = new Map<string, boolean>();
  const out: SandboxIssue[] = [];
  for (const issue of store.data.issues) {
    let can = visible.get(issue.projectId);
    if (can === undefined) {
      can = canBrowseIssue(store, caller, issue);
      visible.set(issue.projectId, can);
    }
    if (!can) continue;
    if (opts.filter && !opts.filter(issue)) continue;
    if (compiled.matches(issue)) out.push(issue);
  }
  return !compiled.ordered && opts.defaultOrder ? out.sort(opts.defaultOrder) : compiled.sort(out);
}
