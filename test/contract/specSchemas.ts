/**
 * Turns Atlassian's OpenAPI 3.0 documents into schemas Ajv (JSON Schema
 * draft-07) compiles, and builds the Ajv instance. Each rewrite below is a spec
 * quirk we tolerate; the rest of the spec is used as published.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { OpenApiDocument, SpecName } from '../../scripts/lib/jiraSpecs';

/** Rewrites one schema object in place (the caller owns a clone). */
function tolerateQuirks(schema: Record<string, unknown>): void {
  // OpenAPI 3.0 `nullable` + `enum`: null is allowed, but JSON Schema's enum would refuse it.
  if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  // Java regex classes in patterns (`\p{Digit}`) are not JavaScript's; `\p{Nd}` means the same.
  if (typeof schema.pattern === 'string') schema.pattern = schema.pattern.replace(/\\p\{Digit\}/g, '\\p{Nd}');
}

function walk(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(walk);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if ('type' in record || 'pattern' in record) tolerateQuirks(record);
    Object.values(record).forEach(walk);
  }
}

/** A copy of the spec with the quirks above rewritten. */
export function ajvReadySpec(doc: OpenApiDocument): OpenApiDocument {
  const copy = structuredClone(doc);
  walk(copy);
  return copy;
}

export const SPEC_SCHEMA_ID: Record<SpecName, string> = {
  platform: 'https://jira-specs.invalid/platform-v3.json',
  software: 'https://jira-specs.invalid/software-v3.json',
};

/**
 * One Ajv holding both specs as schemas; operations' schemas are compiled lazily
 * as `{$ref: '<spec id>#/paths/.../schema'}`, so `#/components/schemas/X`
 * references inside them resolve against their own spec.
 */
export function createSpecAjv(documents: Record<SpecName, OpenApiDocument>, options: { coerceTypes?: 'array' } = {}): Ajv {
  const ajv = new Ajv({
    strict: false, // the specs carry OpenAPI-only keywords: example, xml, discriminator, x-*
    allErrors: true,
    ownProperties: true, // ChangeDetails has a `toString` property: never read Object.prototype's
    ...options,
  });
  addFormats(ajv);
  ajv.addFormat('URL', true); // spelled in upper case a couple of times in the platform spec
  for (const name of Object.keys(documents) as SpecName[]) {
    ajv.addSchema(ajvReadySpec(documents[name]) as object, SPEC_SCHEMA_ID[name], undefined, false);
  }
  return ajv;
}

/** A `$ref` to a JSON pointer inside a spec, percent-encoded as a URI fragment. */
export function specRef(spec: SpecName, pointer: string): string {
  const fragment = pointer
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%7E/gi, '~'))
    .join('/');
  return `${SPEC_SCHEMA_ID[spec]}#${fragment}`;
}
