/**
 * Atlassian's official Jira Cloud OpenAPI specs (platform and software), loaded
 * once and indexed by method + path template. Shared by `forge-check` (scopes)
 * and the contract tests (request/response validation).
 */
import fs from 'node:fs';
import path from 'node:path';

export type SpecName = 'platform' | 'software';
export type SpecMethod = 'get' | 'post' | 'put' | 'delete' | 'patch';
const SPEC_METHODS: readonly SpecMethod[] = ['get', 'post', 'put', 'delete', 'patch'];

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: unknown;
}

export interface OpenApiMediaType {
  schema?: unknown;
  example?: unknown;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  deprecated?: boolean;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponse>;
  security?: Record<string, string[]>[];
  'x-atlassian-oauth2-scopes'?: { scheme: string; scopes: string[]; state?: string }[];
}

export type OpenApiPathItem = Partial<Record<SpecMethod, OpenApiOperation>> & { parameters?: OpenApiParameter[] };

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, OpenApiPathItem>;
  components?: { schemas?: Record<string, unknown> };
}

export interface SpecOperation {
  spec: SpecName;
  method: SpecMethod;
  template: string;
  operation: OpenApiOperation;
  /** Path-level and operation-level parameters, operation-level winning. */
  parameters: OpenApiParameter[];
  /** JSON pointer to the operation object inside its spec document. */
  pointer: string;
  /** One entry per segment: the literal text, or null for a `{param}`. */
  segments: (string | null)[];
}

export interface JiraSpecs {
  dir: string;
  documents: Record<SpecName, OpenApiDocument>;
  operations: SpecOperation[];
  /** The operation declared with exactly this template (parameter names ignored). */
  findByTemplate(method: string, template: string): SpecOperation | undefined;
  /** The operation a concrete request path (no query string) hits; literal segments beat `{param}` ones. */
  matchPath(method: string, requestPath: string): SpecOperation | undefined;
  /** Methods declared for the most specific template matching a concrete path (to explain a miss). */
  methodsForPath(requestPath: string): SpecMethod[];
}

export const SPEC_FILES: Record<SpecName, string> = {
  platform: 'platform-v3.json',
  software: 'software-v3.json',
};

/** `../shared/jira-openapi` next to the repository, unless JIRA_OPENAPI_DIR says otherwise. */
export function defaultSpecDir(): string {
  const fromEnv = process.env.JIRA_OPENAPI_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  return path.resolve(__dirname, '..', '..', '..', 'shared', 'jira-openapi');
}

/** "~" and "/" escaped as RFC 6901 requires. */
export function pointerSegment(text: string): string {
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

function splitPath(p: string): string[] {
  return p.replace(/\/+$/, '').split('/').slice(1);
}

function compileSegments(template: string): (string | null)[] {
  return splitPath(template).map((s) => (/^\{[^}]+\}$/.test(s) ? null : s));
}

function normalizedTemplate(template: string): string {
  return template.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '');
}

/** Positive when `a` is more specific than `b`: the first differing segment is literal in `a`. */
function specificity(a: SpecOperation, b: SpecOperation): number {
  for (let i = 0; i < a.segments.length; i++) {
    const la = a.segments[i] !== null;
    const lb = b.segments[i] !== null;
    if (la !== lb) return la ? 1 : -1;
  }
  return 0;
}

function matchesSegments(segments: (string | null)[], parts: string[]): boolean {
  if (segments.length !== parts.length) return false;
  return segments.every((s, i) => (s === null ? parts[i] !== '' : s === parts[i]));
}

function indexOperations(spec: SpecName, doc: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const method of SPEC_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const byKey = new Map<string, OpenApiParameter>();
      for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) byKey.set(`${p.in}:${p.name}`, p);
      operations.push({
        spec,
        method,
        template,
        operation,
        parameters: [...byKey.values()],
        pointer: `/paths/${pointerSegment(template)}/${method}`,
        segments: compileSegments(template),
      });
    }
  }
  return operations;
}

function buildSpecs(dir: string): JiraSpecs {
  const read = (name: SpecName) => JSON.parse(fs.readFileSync(path.join(dir, SPEC_FILES[name]), 'utf8')) as OpenApiDocument;
  const documents: Record<SpecName, OpenApiDocument> = { platform: read('platform'), software: read('software') };
  const operations = [...indexOperations('platform', documents.platform), ...indexOperations('software', documents.software)];
  const byTemplate = new Map<string, SpecOperation>();
  for (const op of operations) byTemplate.set(`${op.method} ${normalizedTemplate(op.template)}`, op);

  const candidates = (requestPath: string) => {
    const parts = splitPath(requestPath);
    return operations.filter((op) => matchesSegments(op.segments, parts));
  };
  const mostSpecific = (ops: SpecOperation[]) =>
    ops.reduce<SpecOperation | undefined>((best, op) => (!best || specificity(op, best) > 0 ? op : best), undefined);

  return {
    dir,
    documents,
    operations,
    findByTemplate: (method, template) => byTemplate.get(`${method.toLowerCase()} ${normalizedTemplate(template)}`),
    matchPath: (method, requestPath) =>
      mostSpecific(candidates(requestPath).filter((op) => op.method === method.toLowerCase())),
    methodsForPath: (requestPath) => {
      const all = candidates(requestPath);
      const best = mostSpecific(all);
      return best ? all.filter((op) => op.template === best.template).map((op) => op.method) : [];
    },
  };
}

const loaded = new Map<string, JiraSpecs>();

/** Both specs, parsed once per process (they are 2.4 MB + 0.5 MB). */
export function loadJiraSpecs(dir: string = defaultSpecDir()): JiraSpecs {
  let specs = loaded.get(dir);
  if (!specs) {
    specs = buildSpecs(dir);
    loaded.set(dir, specs);
  }
  return specs;
}

/**
 * The alternative scope sets that authorise an operation; holding every scope of
 * any one set is enough. Mirrors @forge/lint's ProductVerifier: the
 * `x-atlassian-oauth2-scopes` entries (classic "Current" set, granular "Beta"
 * set) when present, else the union of the `security` OAuth2 lists (the software
 * spec). An empty list means the spec asks for no OAuth2 scope.
 */
export function scopeSchemes(op: SpecOperation): string[][] {
  const declared = op.operation['x-atlassian-oauth2-scopes'];
  if (declared && declared.length > 0) return declared.map((entry) => [...entry.scopes]);
  const union = new Set<string>();
  for (const entry of op.operation.security ?? []) {
    for (const scope of [...(entry.OAuth2 ?? []), ...(entry.oAuthDefinitions ?? [])]) union.add(scope);
  }
  return union.size > 0 ? [[...union]] : [];
}
