import type { SandboxSite } from './model';

/** One issue field the sandbox knows: what GET /field lists and what `fields=` can select. */
export interface FieldDef {
  id: string;
  name: string;
  custom: boolean;
  navigable: boolean;
  orderable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema: { type: string; items?: string; system?: string; custom?: string; customId?: number };
}

const sys = (
  id: string,
  name: string,
  type: string,
  clauseNames: string[],
  opts: { items?: string; navigable?: boolean; orderable?: boolean; searchable?: boolean } = {},
): FieldDef => ({
  id,
  name,
  custom: false,
  navigable: opts.navigable ?? true,
  orderable: opts.orderable ?? true,
  searchable: opts.searchable ?? true,
  clauseNames,
  schema: { type, ...(opts.items ? { items: opts.items } : {}), system: id },
});

const customId = (fieldId: string): number => Number(fieldId.replace(/^customfield_/, ''));

/** The field catalogue for a site (custom field ids come from the site settings). */
export function fieldCatalogue(site: SandboxSite): FieldDef[] {
  const custom = (id: string, name: string, type: string, customType: string, extraClauses: string[], items?: string): FieldDef => ({
    id,
    name,
    custom: true,
    navigable: true,
    orderable: true,
    searchable: true,
    clauseNames: [`cf[${customId(id)}]`, name, ...extraClauses],
    schema: { type, ...(items ? { items } : {}), custom: customType, customId: customId(id) },
  });
  return [
    sys('issuekey', 'Key', 'string', ['id', 'issue', 'issuekey', 'key'], { orderable: false }),
    sys('summary', 'Summary', 'string', ['summary']),
    sys('description', 'Description', 'string', ['description']),
    sys('issuetype', 'Issue Type', 'issuetype', ['issuetype', 'type']),
    sys('status', 'Status', 'status', ['status'], { orderable: false }),
    sys('statusCategory', 'Status Category', 'statusCategory', ['statusCategory'], { orderable: false }),
    sys('priority', 'Priority', 'priority', ['priority']),
    sys('project', 'Project', 'project', ['project'], { orderable: false }),
    sys('created', 'Created', 'datetime', ['created', 'createdDate'], { orderable: false }),
    sys('updated', 'Updated', 'datetime', ['updated', 'updatedDate'], { orderable: false }),
    sys('resolutiondate', 'Resolved', 'datetime', ['resolutiondate', 'resolved'], { orderable: false }),
    sys('resolution', 'Resolution', 'resolution', ['resolution']),
    sys('labels', 'Labels', 'array', ['labels'], { items: 'string' }),
    sys('duedate', 'Due date', 'date', ['due', 'duedate']),
    sys('assignee', 'Assignee', 'user', ['assignee']),
    sys('reporter', 'Reporter', 'user', ['reporter']),
    sys('fixVersions', 'Fix versions', 'array', ['fixVersion'], { items: 'version' }),
    sys('issuelinks', 'Linked Issues', 'array', ['issueLink'], { items: 'issuelinks' }),
    sys('comment', 'Comment', 'comments-page', ['comment'], { navigable: false }),
    custom(site.sprintFieldId, 'Sprint', 'array', 'com.pyxis.greenhopper.jira:gh-sprint', [], 'json'),
    custom(site.storyPointsFieldId, 'Story Points', 'number', 'com.atlassian.jira.plugin.system.customfieldtypes:float', ['Story point estimate']),
    custom(site.flaggedFieldId, 'Flagged', 'array', 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes', [], 'option'),
  ];
}

/** Fields that GET /field lists; `issuekey`/`statusCategory` are JQL-only pseudo fields there too in Jira. */
export function fieldDetailsJson(f: FieldDef): Record<string, unknown> {
  return {
    id: f.id,
    key: f.id,
    name: f.name,
    custom: f.custom,
    orderable: f.orderable,
    navigable: f.navigable,
    searchable: f.searchable,
    clauseNames: f.clauseNames,
    schema: f.schema,
  };
}

/**
 * Resolves Jira's `fields` parameter (comma lists, `*all`, `*navigable`, `-field`)
 * to the set of field ids to return. `defaultSpec` applies when nothing is given.
 */
export function selectFields(catalogue: FieldDef[], spec: string[] | undefined, defaultSpec: string[]): Set<string> {
  const tokens = (spec && spec.length > 0 ? spec : defaultSpec)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set(catalogue.map((f) => f.id).filter((id) => id !== 'issuekey' && id !== 'statusCategory'));
  const navigable = catalogue.filter((f) => f.navigable && known.has(f.id)).map((f) => f.id);
  const out = new Set<string>();
  const includes = tokens.filter((t) => !t.startsWith('-'));
  const excludes = tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1));
  if (includes.length === 0 && excludes.length > 0) navigable.forEach((id) => out.add(id));
  for (const t of includes) {
    if (t === '*all') known.forEach((id) => out.add(id));
    else if (t === '*navigable') navigable.forEach((id) => out.add(id));
    else if (known.has(t)) out.add(t);
  }
  for (const t of excludes) out.delete(t);
  return out;
}
