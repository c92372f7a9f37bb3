/**
 * @forge/manifest compiles its 2.3 MB manifest JSON schema afresh for every
 * validation processor (~2 s each), and the client-side lint builds five of
 * them. Within forge-check all of them use the same schema and Ajv options, so
 * the first compiled validator is reused. Purely a speed-up: if @forge/manifest
 * changes shape, nothing matches and every compile simply runs.
 */
import Ajv from 'ajv';

type Compile = (this: Ajv, schema: unknown, meta?: boolean) => unknown;

/** Each processor wraps the same JSON module in its own import object, but `definitions` is shared. */
function manifestSchemaKey(schema: unknown): object | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const definitions = (schema as { definitions?: unknown }).definitions;
  const properties = (schema as { properties?: { modules?: unknown } }).properties;
  return typeof definitions === 'object' && definitions !== null && properties?.modules ? definitions : undefined;
}

export function reuseManifestSchemaCompiles(): void {
  let proto: object | null = Ajv.prototype;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'compile')) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) return;
  const owner = proto as { compile: Compile };
  const original = owner.compile;
  const compiled = new WeakMap<object, Map<string, unknown>>();
  owner.compile = function (this: Ajv, schema: unknown, meta?: boolean) {
    const key = manifestSchemaKey(schema);
    if (!key) return original.call(this, schema, meta);
    const { allErrors, verbose, strict } = this.opts;
    const optionsKey = JSON.stringify({ allErrors, verbose, strict });
    const byOptions = compiled.get(key) ?? new Map<string, unknown>();
    compiled.set(key, byOptions);
    if (!byOptions.has(optionsKey)) byOptions.set(optionsKey, original.call(this, schema, meta));
    return byOptions.get(optionsKey);
  };
}
