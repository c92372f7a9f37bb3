import { existsSync } from 'node:fs';
import Ajv from 'ajv';
import { acceptanceChangeRequestComment } from '../../../src/domain/acceptance/comment';

/**
 * A minimal ADF schema written from the ADF structure docs (doc → paragraph → text | hardBreak | mention):
 * doc has version 1 and block content; text is non-empty; a mention needs attrs.id.
 */
const MINIMAL_ADF = {
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

/** The official ADF JSON schema, when @atlaskit/adf-schema is installed (it comes with @forge/bridge); draft-04, so read without its $schema. */
function officialSchema(): object | null {
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

const ajv = new Ajv({ strict: false, allErrors: true });
const validators = [['minimal', ajv.compile(MINIMAL_ADF)] as const, ...(officialSchema() ? [['official', new Ajv({ strict: false, allErrors: true }).compile(officialSchema()!)] as const] : [])];

const assignee = { accountId: '712020:dev-1', displayName: 'Tomasz Zieliński' };

describe('acceptanceChangeRequestComment', () => {
  it('says who asked, then the feedback, then mentions the assignee', () => {
    expect(acceptanceChangeRequestComment('The button copy is wrong.', assignee, 'Emily Carter')).toEqual({
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Changes requested by Emily Carter:' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'The button copy is wrong.' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: '712020:dev-1', text: '@Tomasz Zieliński' } },
            { type: 'text', text: ' please make these changes and submit the issue for acceptance again.' },
          ],
        },
      ],
    });
  });

  it('splits the feedback into paragraphs on blank lines and keeps single line breaks', () => {
    const doc = acceptanceChangeRequestComment('First point.\r\n\r\n\r\nSecond point,\nline two.\n  \n  Third. ', null, 'Emily Carter');
    expect(doc.content.slice(1)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First point.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second point,' }, { type: 'hardBreak' }, { type: 'text', text: 'line two.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Third.' }] },
    ]);
  });

  it('has no mention without an assignee', () => {
    const doc = acceptanceChangeRequestComment('Fix it.', null, 'Emily Carter');
    expect(JSON.stringify(doc)).not.toContain('mention');
    expect(doc.content).toHaveLength(2);
  });

  it.each(validators)('is a valid ADF document (%s schema)', (_name, validate) => {
    expect(validators.length).toBeGreaterThanOrEqual(1);
    for (const doc of [
      acceptanceChangeRequestComment('The button copy is wrong.\n\nAnd the colour.\nAlso the icon.', assignee, 'Emily Carter'),
      acceptanceChangeRequestComment('   ', null, ''),
      acceptanceChangeRequestComment('x', { accountId: 'a', displayName: '' }, 'Jordan Ellis'),
    ]) {
      expect(validate(doc)).toBe(true);
    }
    // The validator is not a rubber stamp.
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toBe(false);
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { text: '@x' } }] }] })).toBe(false);
  });
});
