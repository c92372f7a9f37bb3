/** PUT /issue/{key}: applies `fields` and `update` to an issue and records what changed in its changelog. */
import type { Caller } from './auth';
import { badRequest, fieldErrors } from './errors';
import type { SandboxChangeItem, SandboxIssue } from './model';
import { recordHistory } from './mutations';
import type { Store } from './store';
import { isAdfDoc } from './adf';

type Op = { set?: unknown; add?: unknown; remove?: unknown };
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];

export function applyEdit(store: Store, issue: SandboxIssue, caller: Caller, now: number, body: unknown): void {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('Request body is missing or is not a JSON object.');
  const { fields = {}, update = {} } = body as { fields?: Record<string, unknown>; update?: Record<string, Op[]> };
  if (typeof fields !== 'object' || typeof update !== 'object') throw badRequest('Invalid request payload. Refer to the REST API documentation and try again.');
  const ops: Record<string, Op[]> = {};
  for (const [k, v] of Object.entries(fields)) ops[k] = [{ set: v }];
  for (const [k, list] of Object.entries(update)) {
    if (!Array.isArray(list)) throw fieldErrors({ [k]: `Operation value must be an array of operations for field '${k}'.` });
    ops[k] = [...(ops[k] ?? []), ...(list as Op[])];
  }
  const errors: Record<string, string> = {};
  const items: SandboxChangeItem[] = [];
  const f = issue.fields;
  const site = store.data.site;
  const next = structuredClone(f);

  for (const [fieldId, list] of Object.entries(ops)) {
    for (const op of list) {
      const err = applyOp(store, next, fieldId, op, site);
      if (err) errors[fieldId] = err;
    }
  }
  if (Object.keys(errors).length) throw fieldErrors(errors);

  const item = (field: string, fieldId: string, fieldtype: 'jira' | 'custom', from: string | null, fromString: string | null, to: string | null, toString: string | null) =>
    items.push({ field, fieldId, fieldtype, from, fromString, to, toString });
  if (next.summary !== f.summary) item('summary', 'summary', 'jira', null, f.summary, null, next.summary);
  if (JSON.stringify(next.description) !== JSON.stringify(f.description)) item('description', 'description', 'jira', null, null, null, null);
  if (next.labels.join(' ') !== f.labels.join(' ')) item('labels', 'labels', 'jira', null, f.labels.join(' ') || null, null, next.labels.join(' ') || null);
  if (next.storyPoints !== f.storyPoints) {
    const s = (n: number | null) => (n === null ? null : String(n));
    item('Story Points', site.storyPointsFieldId, 'custom', null, s(f.storyPoints), null, s(next.storyPoints));
  }
  if (next.assigneeId !== f.assigneeId) {
    const name = (id: string | null) => (id ? store.user(id)?.displayName ?? id : null);
    item('assignee', 'assignee', 'jira', f.assigneeId, name(f.assigneeId), next.assigneeId, name(next.assigneeId));
  }
  if (next.priority !== f.priority) item('priority', 'priority', 'jira', null, f.priority ?? null, null, next.priority ?? null);
  for (const id of f.fixVersionIds.filter((v) => !next.fixVersionIds.includes(v))) item('Fix Version', 'fixVersions', 'jira', id, store.version(id)?.name ?? id, null, null);
  for (const id of next.fixVersionIds.filter((v) => !f.fixVersionIds.includes(v))) item('Fix Version', 'fixVersions', 'jira', null, null, id, store.version(id)?.name ?? id);
  if (next.sprintIds.join(',') !== f.sprintIds.join(',')) {
    const names = (ids: number[]) => ids.map((id) => store.sprint(id)?.name ?? String(id)).join(', ') || null;
    item('Sprint', site.sprintFieldId, 'custom', f.sprintIds.join(', ') || null, names(f.sprintIds), next.sprintIds.join(', ') || null, names(next.sprintIds));
  }
  if (next.flagged !== f.flagged) {
    item('Flagged', site.flaggedFieldId, 'custom', null, f.flagged ? 'Impediment' : null, null, next.flagged ? 'Impediment' : null);
  }
  Object.assign(issue.fields, next);
  recordHistory(store, issue, caller, now, items);
}

function applyOp(store: Store, f: SandboxIssue['fields'], fieldId: string, op: Op, site: Store['data']['site']): string | undefined {
  const has = (k: keyof Op) => Object.prototype.hasOwnProperty.call(op, k);
  if (!op || typeof op !== 'object' || !(has('set') || has('add') || has('remove'))) return `Unsupported operation for field '${fieldId}'.`;
  switch (fieldId) {
    case 'summary':
      if (typeof op.set !== 'string' || op.set.trim() === '') return 'You must specify a summary of the issue.';
      if (op.set.length > 255) return 'Summary must be less than 255 characters.';
      f.summary = op.set;
      return;
    case 'description':
      if (op.set !== null && !isAdfDoc(op.set)) return 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
      f.description = op.set ?? undefined;
      return;
    case 'labels': {
      const bad = [op.set, op.add, op.remove].flat().find((l) => l !== undefined && (typeof l !== 'string' || /\s/.test(l)));
      if (bad !== undefined) return `The label '${String(bad)}' contains spaces which is invalid.`;
      if (has('set')) f.labels = Array.isArray(op.set) ? [...new Set(op.set as string[])] : [];
      if (typeof op.add === 'string' && !f.labels.includes(op.add)) f.labels = [...f.labels, op.add];
      if (typeof op.remove === 'string') f.labels = f.labels.filter((l) => l !== op.remove);
      return;
    }
    case 'assignee': {
      if (op.set === null) {
        f.assigneeId = null;
        return;
      }
      const id = (op.set as { accountId?: unknown } | undefined)?.accountId;
      const user = typeof id === 'string' ? store.user(id) : undefined;
      if (!user || !user.active) return `User '${String(id)}' cannot be assigned issues.`;
      f.assigneeId = user.accountId;
      return;
    }
    case 'priority': {
      const p = op.set as { name?: unknown; id?: unknown } | null;
      const name = PRIORITIES.find((x) => x === p?.name) ?? PRIORITIES[Number(p?.id) - 1];
      if (!name) return 'The priority selected is invalid.';
      f.priority = name;
      return;
    }
    case 'fixVersions': {
      const resolve = (ref: unknown): string | undefined => {
        const r = ref as { id?: unknown; name?: unknown } | null;
        return store.data.versions.find((v) => (r?.id !== undefined && v.id === String(r.id)) || (r?.name !== undefined && v.name === r.name))?.id;
      };
      if (has('set')) {
        if (!Array.isArray(op.set)) return 'Operation value must be an array of versions.';
        const ids = op.set.map(resolve);
        if (ids.some((x) => x === undefined)) return 'Version id or name is not valid.';
        f.fixVersionIds = [...new Set(ids as string[])];
      }
      if (has('add')) {
        const id = resolve(op.add);
        if (!id) return 'Version id or name is not valid.';
        if (!f.fixVersionIds.includes(id)) f.fixVersionIds = [...f.fixVersionIds, id];
      }
      if (has('remove')) f.fixVersionIds = f.fixVersionIds.filter((v) => v !== resolve(op.remove));
      return;
    }
    default:
      break;
  }
  if (fieldId === site.storyPointsFieldId) {
    if (op.set !== null && (typeof op.set !== 'number' || !Number.isFinite(op.set))) return "Operation value must be a number";
    f.storyPoints = op.set as number | null;
    return;
  }
  if (fieldId === site.sprintFieldId) {
    if (op.set !== null && typeof op.set !== 'number') return 'Number value expected as the Sprint id.';
    const kept = f.sprintIds.filter((id) => store.sprint(id)?.state === 'closed');
    if (op.set === null) {
      f.sprintIds = kept;
      return;
    }
    const sprint = store.sprint(op.set as number);
    if (!sprint) return `Sprint with id ${String(op.set)} does not exist.`;
    if (sprint.state === 'closed') return 'Issues cannot be added to a closed sprint.';
    f.sprintIds = [...kept.filter((id) => id !== sprint.id), sprint.id];
    return;
  }
  if (fieldId === site.flaggedFieldId) {
    const list = op.set === null ? [] : op.set;
    if (!Array.isArray(list)) return 'Operation value must be an array of options.';
    const okOptions = list.every((o: { value?: unknown; id?: unknown }) => o?.value === 'Impediment' || String(o?.id) === '10019');
    if (!okOptions) return "Option value 'Impediment' (id 10019) is the only valid option.";
    f.flagged = list.length > 0;
    return;
  }
  return `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
}
