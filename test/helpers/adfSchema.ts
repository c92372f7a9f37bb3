import { existsSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';

/**
 * Validators for the ADF documents the app posts: the official ADF JSON schema (from
 * @atlaskit/adf-schema, which comes with @forge/bridge) and a minimal one written from the ADF
 * structure docs, so a document is checked even where the official schema is not installed.
 */

/** doc → paragraph → text | hardBreak | mention: doc has version 1 and block content; text is non-empty; a mention needs attrs.id. */
export const MINIMAL_ADF = {
  definitions: {
    text: { type: 'object', required: ['type', 'text'], additionalProperties: false, properties: { type: { const: 'text' }, text: { type: 'string', minLength: 1 }, marks: { type: 'array' } } },
    hardBreak: { type: 'object', required: ['type'], additionalProperties: false, properties: { type: { const: 'hardBreak' }, attrs: { type: 'object' } } },
    mention: {
      type: 'object',
      required: ['type', 'attrs'],
      additionalProperties: false,
      properties: {
        type: { const: 'mention' },
        attrs: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string' }, text: { type: 'string' }, accessLevel: { type: 'string' }, userType: { enum: ['DEFAULT', 'SPECIAL', 'APP'] } } },
      },
    },
    paragraph: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: { type: { const: 'paragraph' }, content: { type: 'array', items: { anyOf: [{ $ref: '#/definitions/text' }, { $ref: '#/definitions/hardBreak' }, { $ref: '#/definitions/mention' }] } } },
    },
  },
  type: 'object',
  required: ['type', 'version', 'content'],
  additionalProperties: false,
  properties: { type: { const: 'doc' }, version: { const: 1 }, content: { type: 'array', items: { $ref: '#/definitions/paragraph' } } },
};

/** The official ADF JSON schema, or null when @atlaskit/adf-schema is not installed; draft-04, so read without its $schema. */
export function officialAdfSchema(): object | null {
  let path: string;
  try {
    path = require.resolve('@atlaskit/adf-schema/dist/json-schema/v1/full.json');
  } catch {
    return null;
  }
  if (!existsSync(path)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { $schema: _draft, ...schema } = require(path) as Record<string, unknown>;
  return schema;
}

let official: ValidateFunction | null | undefined;

/** The official schema's validator, compiled once (it is large); null when the schema is not installed. */
export function officialAdfValidator(): ValidateFunction | null {
  if (official === undefined) {
    const schema = officialAdfSchema();
    official = schema ? new Ajv({ strict: false, allErrors: true }).compile(schema) : null;
  }
  return official;
}

/** The minimal validator and, when installed, the official one, named for `it.each`. */
export function adfValidators(): (readonly [name: 'minimal' | 'official', validate: ValidateFunction])[] {
  const minimal = new Ajv({ strict: false, allErrors: true }).compile(MINIMAL_ADF);
  const validate = officialAdfValidator();
  return [['minimal', minimal] as const, ...(validate ? [['official', validate] as const] : [])];
}
