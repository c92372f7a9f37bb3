import { isNameable, isSafeText, showableText, shownExcerpt, unsafeTextMessage } from '../../../src/domain/text';

describe('isSafeText', () => {
  it('accepts ordinary text in any script, emoji included', () => {
    for (const text of ['Which cache?', 'Zażółć gęślą jaźń', '東京', 'Ship it 🚀', '👩🏽‍💻 reviews', '']) expect(isSafeText(text)).toBe(true);
  });

  it('refuses lone surrogates (broken UTF-16), high or low, anywhere', () => {
    for (const text of ['\ud800', 'a\udbff', '\udc00b', 'x\ud83d', '\ude80x', '🚀'.slice(0, 1)]) {
      expect(isSafeText(text)).toBe(false);
      expect(isSafeText(text, 'multi')).toBe(false);
    }
  });

  it('refuses control characters: C0, DEL and C1', () => {
    for (const code of [0x00, 0x07, 0x08, 0x0b, 0x0c, 0x0d, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(isSafeText(text)).toBe(false);
      expect(isSafeText(text, 'multi')).toBe(false);
    }
  });

  it('keeps tab and newline in multi-line text only', () => {
    expect(isSafeText('one\n\ttwo', 'multi')).toBe(true);
    expect(isSafeText('one\ntwo')).toBe(false);
    expect(isSafeText('one\ttwo')).toBe(false);
    expect(isSafeText('one\r\ntwo', 'multi')).toBe(false);
  });
});

describe('showableText', () => {
  it('replaces what cannot be shown with U+FFFD and leaves the rest alone', () => {
    expect(showableText('a\ud800b\u0000c')).toBe('a\ufffdb\ufffdc');
    expect(showableText('Ship it 🚀\n\tnow')).toBe('Ship it 🚀\n\tnow');
  });
});

describe('unsafeTextMessage', () => {
  it('names the field', () => {
    expect(unsafeTextMessage('The question')).toMatch(/^The question contains a character/);
  });
});

describe('shownExcerpt', () => {
  it('makes text from elsewhere showable and cuts it, by code points, with an ellipsis', () => {
    expect(shownExcerpt('a\ud800b\u0000', 10)).toBe('a\ufffdb\ufffd');
    expect(shownExcerpt('abcdef', 3)).toBe('abc…');
    expect(shownExcerpt('🚀🚀🚀', 2)).toBe('🚀🚀…');
    expect(shownExcerpt('x'.repeat(100_000), 300)).toBe(`${'x'.repeat(300)}…`);
    expect(shownExcerpt('short', 300)).toBe('short');
    // A cut through a surrogate pair leaves no half of it behind.
    expect(isSafeText(shownExcerpt('🚀'.repeat(100_000), 300))).toBe(true);
  });
});

describe('isNameable', () => {
  it('takes short single-line safe names, and nothing else', () => {
    for (const name of ['colour', 'autoAccept', '__proto__', 'constructor', 'ünïcode', 'x'.repeat(64)]) expect(isNameable(name)).toBe(true);
    for (const name of ['', '\ud800', 'a\u0000', 'a\nb', 'x'.repeat(65), 'x'.repeat(100_000)]) expect(isNameable(name)).toBe(false);
  });
});
