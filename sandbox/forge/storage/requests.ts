/**
 * The request bodies @forge/kvs 1.6 sends (out/interfaces/kvs-api.d.ts), as
 * strict zod schemas: an unknown field is refused rather than ignored, so a
 * request Forge would not understand cannot quietly succeed here.
 * Conditions are checked as plain strings here and by name in conditions.ts,
 * which gives the documented error codes.
 */
import { z } from 'zod';
import { describeZodError, badRequest } from './errors';

export const metadataField = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
export type MetadataField = z.infer<typeof metadataField>;

const getOptions = z.strictObject({ metadataFields: z.array(metadataField).optional() });
const ttl = z.strictObject({ value: z.number().int().positive(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
export type Ttl = z.infer<typeof ttl>;
const setOptions = z.strictObject({ ttl: ttl.optional() });

// ExtendedSetOptions: a returned value exists only with the OVERRIDE policy (OverrideAndReturnSetOptions).
const extendedSetOptions = z
  .strictObject({
    ttl: ttl.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: z.array(metadataField).optional(),
  })
  .refine((o) => !(o.returnValue && o.keyPolicy === 'FAIL_IF_EXISTS'), { message: 'returnValue needs keyPolicy OVERRIDE' })
  .refine((o) => !o.returnMetadataFields || o.returnValue, { message: 'returnMetadataFields needs returnValue' });

const key = z.string();
const clause = { condition: z.string(), values: z.array(z.unknown()) };
const filterItem = z.strictObject({ property: z.string(), ...clause });
export const filters = z.strictObject({ and: z.array(filterItem).optional(), or: z.array(filterItem).optional() });
export type Filters = z.infer<typeof filters>;

export const getRequest = z.strictObject({ key, options: getOptions.optional() });
export const setRequest = z.strictObject({ key, value: z.unknown(), options: extendedSetOptions.optional() });
export const deleteRequest = z.strictObject({ key });
export const queryRequest = z.strictObject({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(z.strictObject({ property: z.literal('key'), ...clause })).optional(),
  options: getOptions.optional(),
});

const entityName = z.string();
export const entityGetRequest = getRequest.extend({ entityName });
export const entitySetRequest = z.strictObject({ entityName, key, value: z.unknown(), options: extendedSetOptions.optional() });
export const entityDeleteRequest = deleteRequest.extend({ entityName });
export const entityQueryRequest = z.strictObject({
  entityName,
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: z.strictObject(clause).optional(),
  filters: filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().optional(),
  cursor: z.string().optional(),
  options: getOptions.optional(),
});

export const transactionRequest = z.strictObject({
  set: z.array(z.strictObject({ key, value: z.unknown(), entityName: entityName.optional(), conditions: filters.optional(), options: setOptions.optional() })).optional(),
  delete: z.array(z.strictObject({ key, entityName: entityName.optional(), conditions: filters.optional() })).optional(),
  check: z.array(z.strictObject({ key, entityName: entityName.optional(), conditions: filters })).optional(),
});

export const batchSetRequest = z.array(z.strictObject({ key, value: z.unknown(), entityName: entityName.optional(), options: setOptions.optional() }));
export const batchGetRequest = z.array(z.strictObject({ key, entityName: entityName.optional(), options: getOptions.optional() }));
export const batchDeleteRequest = z.array(z.strictObject({ key, entityName: entityName.optional() }));

/** The parsed body, or a 400 that names the path and every problem with it. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, path: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw badRequest(`Provided request body is invalid for POST ${path}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
