import { acceptanceChangeRequestComment } from '../../../src/domain/acceptance/comment';
import { adfValidators } from '../../helpers/adfSchema';

const validators = adfValidators();

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
