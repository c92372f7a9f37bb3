/**
 * Contract checks against Atlassian's official Jira Cloud specs: does a request
 * name an operation there (method, path, parameters, body), and does a response
 * validate against that operation's declared response schema. Ajv does the
 * validating; schemas are compiled lazily per operation and cached.
 */
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { loadJiraSpecs, pointerSegment, type JiraSpecs, type SpecOperation } from '../../scripts/lib/jiraSpecs';
import { RESPONSE_STAND_INS } from './schemaStandIns';
import { createSpecAjv, specRef } from './specSchemas';

export interface RequestCheck {
  operation?: SpecOperation;
  /** "GET /rest/api/3/issue/{issueIdOrKey}" when matched, else the method and the concrete path. */
  name: string;
  problems: string[];
}

export interface ResponseCheck {
  problems: string[];
  /** False when the spec declares no JSON schema for this status (nothing to validate against). */
  schemaChecked: boolean;
}

const MAX_ERRORS = 12;

/** "/fields/status/name must be string (type, #/components/schemas/StatusDetails/properties/name/type)" */
export function formatAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((e) => {
    const params = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : e.keyword === 'enum' ? ` ${JSON.stringify(e.params.allowedValues)}` : '';
    // Inline operation schemas report their whole spec pointer; keep the part below the operation's schema.
    const schemaPath = decodeURIComponent(e.schemaPath.replace(/^.*?#/, '#')).replace(/^#\/paths\/.*?\/schema(?=\/|$)/, '#schema');
    return `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${params} (${schemaPath})`;
  });
  return lines.length > MAX_ERRORS ? [...lines.slice(0, MAX_ERRORS), `… and ${lines.length - MAX_ERRORS} more`] : lines;
}

function isEmptySchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0;
}

/**
 * The software spec types some query parameters as `object` or arrays of
 * objects (generated from Java types); a query string carries text, so such
 * values are not checked, only their names.
 */
function describesObjects(schema: unknown): boolean {
  const s = schema as { type?: string; items?: { type?: string } } | undefined;
  return s?.type === 'object' || (s?.type === 'array' && s.items?.type === 'object');
}

function isJsonMedia(type: string): boolean {
  return type === 'application/json' || type === '*/*';
}

export class SpecValidator {
  readonly specs: JiraSpecs;
  private readonly ajv: Ajv;
  /** A second Ajv that coerces query strings ("50", "true") to the parameter schemas' types. */
  private readonly paramAjv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(specs: JiraSpecs = loadJiraSpecs()) {
    this.specs = specs;
    this.ajv = createSpecAjv(specs.documents);
    this.paramAjv = createSpecAjv(specs.documents, { coerceTypes: 'array' });
  }

  private validatorFor(ajv: Ajv, key: string, build: () => object): ValidateFunction {
    const cacheKey = `${ajv === this.paramAjv ? 'param' : 'body'} ${key}`;
    let validate = this.compiled.get(cacheKey);
    if (!validate) {
      validate = ajv.compile(build());
      this.compiled.set(cacheKey, validate);
    }
    return validate;
  }

  private schemaAt(op: SpecOperation, pointerTail: string): object {
    return { $ref: specRef(op.spec, `${op.pointer}${pointerTail}`) };
  }

  /** The request path (no query string), its query parameters, and its JSON body if any. */
  checkRequest(method: string, path: string, query: URLSearchParams, body?: unknown): RequestCheck {
    const op = this.specs.matchPath(method, path);
    if (!op) {
      const methods = this.specs.methodsForPath(path);
      const hint = methods.length > 0 ? `the path exists for ${methods.map((m) => m.toUpperCase()).join(', ')} only` : 'no such path';
      return { name: `${method} ${path}`, problems: [`no operation in the specs (${hint})`] };
    }
    const name = `${op.method.toUpperCase()} ${op.template}`;
    const problems: string[] = [];
    if (op.operation.deprecated) problems.push(`the operation is deprecated: ${op.operation.summary ?? ''}`);

    const declaredQuery = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const param of new Set(query.keys())) {
      if (!declaredQuery.has(param)) problems.push(`query parameter "${param}" is not declared (declared: ${[...declaredQuery].join(', ') || 'none'})`);
    }
    problems.push(...this.checkParameterValues(op, path, query));

    const jsonBody = Object.entries(op.operation.requestBody?.content ?? {}).find(([type]) => isJsonMedia(type));
    if (body === undefined) {
      if (op.operation.requestBody?.required) problems.push('the request body is required');
    } else if (!jsonBody) {
      problems.push('the operation declares no JSON request body');
    } else if (jsonBody[1].schema) {
      const validate = this.validatorFor(this.ajv, `${op.pointer} request`, () =>
        this.schemaAt(op, `/requestBody/content/${pointerSegment(jsonBody[0])}/schema`),
      );
      if (!validate(body)) problems.push(...formatAjvErrors(validate.errors).map((e) => `request body ${e}`));
    }
    return { operation: op, name, problems };
  }

  /** Path and query values against the declared parameter schemas (query values coerced from strings). */
  private checkParameterValues(op: SpecOperation, path: string, query: URLSearchParams): string[] {
    const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
    if (params.length === 0) return [];
    const values: Record<string, unknown> = {};
    const parts = path.replace(/\/+$/, '').split('/').slice(1);
    const names = op.template.split('/').slice(1);
    names.forEach((segment, i) => {
      const m = /^\{(.+)\}$/.exec(segment);
      if (m?.[1] !== undefined && parts[i] !== undefined) values[m[1]] = decodeURIComponent(parts[i]);
    });
    for (const name of new Set(query.keys())) {
      const all = query.getAll(name);
      values[name] = all.length === 1 ? all[0] : all;
    }
    const validate = this.validatorFor(this.paramAjv, `${op.pointer} parameters`, () => {
      const properties: Record<string, object> = {};
      params.forEach((p) => {
        const index = op.operation.parameters?.indexOf(p) ?? -1;
        // Path-level parameters (a few in the software spec) have no operation pointer; accept any value.
        properties[p.name] = index >= 0 && p.schema && !describesObjects(p.schema) ? this.schemaAt(op, `/parameters/${index}/schema`) : {};
      });
      return { type: 'object', properties, required: params.filter((p) => p.required).map((p) => p.name) };
    });
    return validate(values) ? [] : formatAjvErrors(validate.errors).map((e) => `parameter ${e}`);
  }

  /** A response's status and JSON body (undefined when empty) against the operation's declared responses. */
  checkResponse(op: SpecOperation, status: number, body: unknown): ResponseCheck {
    const code = String(status);
    const declared = op.operation.responses[code] ? code : op.operation.responses.default ? 'default' : undefined;
    if (!declared) {
      return { problems: [`status ${status} is not declared (declared: ${Object.keys(op.operation.responses).join(', ')})`], schemaChecked: false };
    }
    const media = Object.entries(op.operation.responses[declared]?.content ?? {}).find(([type]) => isJsonMedia(type));
    const standIn = RESPONSE_STAND_INS[`${op.method} ${op.template} ${declared}`];
    if (!media?.[1].schema && standIn) {
      if (body === undefined) return { problems: [`status ${status} should carry a JSON body, the response has none`], schemaChecked: true };
      const validate = this.validatorFor(this.ajv, `${op.pointer} ${declared} stand-in`, () =>
        standIn((spec, component) => ({ $ref: specRef(spec, `/components/schemas/${pointerSegment(component)}`) })),
      );
      return { problems: validate(body) ? [] : formatAjvErrors(validate.errors), schemaChecked: true };
    }
    if (!media?.[1].schema) return { problems: [], schemaChecked: false };
    // Bodiless 201/204 answers are declared as JSON with an empty schema `{}`: an empty body is what Jira sends.
    if (body === undefined && isEmptySchema(media[1].schema)) return { problems: [], schemaChecked: true };
    if (body === undefined) return { problems: [`status ${status} declares a JSON body, the response has none`], schemaChecked: true };
    const validate = this.validatorFor(this.ajv, `${op.pointer} ${declared}`, () =>
      this.schemaAt(op, `/responses/${declared}/content/${pointerSegment(media[0])}/schema`),
    );
    return { problems: validate(body) ? [] : formatAjvErrors(validate.errors), schemaChecked: true };
  }
}

let shared: SpecValidator | undefined;

/** One validator per test process: the specs and compiled schemas are worth keeping. */
export function specValidator(): SpecValidator {
  shared ??= new SpecValidator();
  return shared;
}
