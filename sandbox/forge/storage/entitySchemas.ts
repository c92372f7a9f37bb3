/**
 * The custom entities manifest.yml declares (`app.storage.entities`), and the
 * checks Forge makes of an entity value against them: declared attributes only,
 * each of its declared type (storage-reference/storage-api-custom-entities).
 */
import { z } from 'zod';
import { describeZodError, invalid } from './errors';
import { checkEntityName } from './limits';
import { isPlainObject, type Json } from './json';

export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface IndexSchema {
  name: string;
  partition: string[];
  range: string;
}

export interface EntitySchema {
  name: string;
  attributes: Map<string, AttributeType>;
  indexes: Map<string, IndexSchema>;
}

const declaration = z.object({
  name: z.string(),
  attributes: z.record(z.string(), z.object({ type: z.enum(['string', 'integer', 'float', 'boolean', 'any']) })),
  indexes: z.array(z.union([z.string(), z.object({ name: z.string(), partition: z.array(z.string()).optional(), range: z.array(z.string()).min(1) })])).optional(),
});
// Only the storage part of the manifest matters here; the rest is @forge/manifest's business.
const manifestShape = z.object({ app: z.object({ storage: z.object({ entities: z.array(declaration).optional() }).optional() }).optional() });

/** The declared entities by name; a manifest the service cannot honour throws at start, not at the first request. */
export function parseEntitySchemas(manifest: unknown): Map<string, EntitySchema> {
  const parsed = manifestShape.safeParse(manifest);
  if (!parsed.success) throw new Error(`manifest app.storage.entities is not usable: ${describeZodError(parsed.error)}`);
  const schemas = new Map<string, EntitySchema>();
  for (const entity of parsed.data.app?.storage?.entities ?? []) {
    if (schemas.has(entity.name)) throw new Error(`manifest declares the entity ${entity.name} twice`);
    const attributes = new Map(Object.entries(entity.attributes).map(([name, { type }]) => [name, type] as const));
    const indexes = new Map<string, IndexSchema>();
    for (const declared of entity.indexes ?? []) {
      // A bare attribute name is an index of that name ranging over that attribute.
      const index = typeof declared === 'string' ? { name: declared, partition: [], range: declared } : { name: declared.name, partition: declared.partition ?? [], range: declared.range[0]! };
      if (typeof declared !== 'string' && declared.range.length > 1) throw new Error(`index ${entity.name}.${declared.name}: a Forge index ranges over one attribute, not ${declared.range.length}`);
      for (const attribute of [...index.partition, index.range]) {
        if (!attributes.has(attribute)) throw new Error(`index ${entity.name}.${index.name} uses ${attribute}, which the entity does not declare`);
      }
      if (indexes.has(index.name)) throw new Error(`entity ${entity.name} declares the index ${index.name} twice`);
      indexes.set(index.name, index);
    }
    schemas.set(entity.name, { name: entity.name, attributes, indexes });
  }
  return schemas;
}

/** The declared entity of that name, or the 400 that says why there is none. */
export function entitySchema(schemas: Map<string, EntitySchema>, name: string): EntitySchema {
  checkEntityName(name);
  const schema = schemas.get(name);
  if (!schema) throw invalid(`The entity ${JSON.stringify(name)} is not declared in manifest.yml (app.storage.entities declares: ${[...schemas.keys()].join(', ') || 'none'}).`);
  return schema;
}

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
/** Forge floats are base-10 numbers of 38 digits: 0, or a magnitude from 1E-130 to 9.99…E+125. */
const FLOAT_MIN_MAGNITUDE = 1e-130;
// 9.99…E+125 (38 nines) has no double of its own; every double below 1E+126 is within it.
const FLOAT_MAX_EXCLUSIVE = 1e126;

/** Why a value does not fit the type, or undefined when it does. */
export function typeMismatch(type: AttributeType, value: Json): string | undefined {
  switch (type) {
    case 'any':
      return undefined;
    case 'string':
      return typeof value === 'string' ? undefined : 'a string';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'a boolean';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX ? undefined : 'a 32-bit signed integer';
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'a number';
      const magnitude = Math.abs(value);
      return magnitude === 0 || (magnitude >= FLOAT_MIN_MAGNITUDE && magnitude < FLOAT_MAX_EXCLUSIVE) ? undefined : 'a float of magnitude 0 or 1E-130..9.99E+125';
    }
  }
}

/** Refuses a value Forge would refuse: not an object, an undeclared attribute, or an attribute of the wrong type. */
export function checkEntityValue(schema: EntitySchema, value: Json): void {
  if (!isPlainObject(value)) throw invalid(`A value of the entity ${schema.name} must be an object of its attributes.`, 'INVALID_ENTITY_VALUE');
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = schema.attributes.get(attribute);
    if (!type) throw invalid(`The attribute ${JSON.stringify(attribute)} is not declared for the entity ${schema.name} in manifest.yml (declared: ${[...schema.attributes.keys()].join(', ')}).`);
    const expected = typeMismatch(type, attributeValue);
    if (expected) throw invalid(`The attribute ${attribute} of the entity ${schema.name} is declared ${type} and must be ${expected}; got ${JSON.stringify(attributeValue)?.slice(0, 80)}.`, 'INVALID_ENTITY_VALUE');
  }
}
