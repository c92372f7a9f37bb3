/**
 * The Custom UI modules of manifest.yml as the local host shows them, and the
 * context Forge would hand each one (`view.getContext()`), built from the iframe URL.
 */

export type ResourceKey = 'issue-panel' | 'project-page' | 'settings';

interface ModuleEntry {
  moduleKey: string;
  type: 'jira:issuePanel' | 'jira:projectPage' | 'jira:projectSettingsPage';
}

/** manifest.yml: resource → module (one module per resource in this app). */
export const MODULES: Record<ResourceKey, ModuleEntry> = {
  'issue-panel': { moduleKey: 'engagement-health-issue-panel', type: 'jira:issuePanel' },
  'project-page': { moduleKey: 'engagement-health-project-page', type: 'jira:projectPage' },
  settings: { moduleKey: 'engagement-health-settings', type: 'jira:projectSettingsPage' },
};

export function isResourceKey(value: string): value is ResourceKey {
  return Object.prototype.hasOwnProperty.call(MODULES, value);
}

export type ColorMode = 'light' | 'dark';

export interface ForgeContext {
  accountId?: string;
  cloudId: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  localId: string;
  locale: string;
  moduleKey: string;
  siteUrl: string;
  timezone: string;
  theme: { colorMode: ColorMode };
  extension: Record<string, unknown>;
}

/** Fixed ids for the one local "site" and "environment". */
const LOCAL_CLOUD_ID = '00000000-0000-4000-8000-00000000c10d';
const LOCAL_ENVIRONMENT_ID = '00000000-0000-4000-8000-0000000000e1';
const LOCAL_APP_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The iframe URL says who is looking at what, as Jira knows it:
 * `?as=<accountId>&issue=ENG-12&issueId=10012&issueType=Story&issueTypeId=10001&project=ENG&projectId=10000&theme=dark`.
 */
export function contextFromQuery(resource: ResourceKey, query: URLSearchParams, siteUrl: string): ForgeContext {
  const module = MODULES[resource];
  const text = (name: string) => query.get(name) ?? undefined;
  const projectKey = text('project') ?? text('issue')?.replace(/-\d+$/, '');
  const project = { id: text('projectId'), key: projectKey, type: 'software' };
  const extension: Record<string, unknown> =
    module.type === 'jira:issuePanel'
      ? {
          type: module.type,
          issue: { id: text('issueId'), key: text('issue'), type: text('issueType'), typeId: text('issueTypeId') },
          project,
          isNewToIssue: false,
        }
      : { type: module.type, project };
  return {
    accountId: text('as'),
    cloudId: LOCAL_CLOUD_ID,
    environmentId: LOCAL_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    localId: `ari:cloud:ecosystem::extension/${LOCAL_APP_ID}/${LOCAL_ENVIRONMENT_ID}/static/${module.moduleKey}`,
    locale: text('locale') ?? 'en-US',
    moduleKey: module.moduleKey,
    siteUrl,
    timezone: text('tz') ?? 'UTC',
    theme: { colorMode: text('theme') === 'dark' ? 'dark' : 'light' },
    extension,
  };
}
