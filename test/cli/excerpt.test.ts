import { characterCount, excerptOf, positionOf } from '../../src/cli/excerpt';
import { documentFromText } from '../../src/core';

describe('positionOf', () => {
  it('gives 1-based line (paragraph + 1) and column in characters', () => {
    const doc = documentFromText('同志们：\n全年新增就业XX万人。');
    expect(positionOf(doc, { paragraph: 1, offset: 6 })).toEqual({ line: 2, column: 7 });
  });

  it('counts a character outside the BMP once, though it takes two UTF-16 units', () => {
    const text = '𠮷野家门店新增就业X人';
    const doc = documentFromText(text);
    expect(text.indexOf('X')).toBe(10);
    expect(positionOf(doc, { paragraph: 0, offset: 10 })).toEqual({ line: 1, column: 10 });
    expect(characterCount(text)).toBe(11);
  });
});

describe('excerptOf', () => {
  const text =
    '一是抓好重点群体就业，全力做好高校毕业生、退役军人、农民工等群体就业工作，全年新增就业XX万人以上。';

  it('keeps a few characters of context on each side and says where it clipped', () => {
    const offset = text.indexOf('XX');
    expect(excerptOf(text, offset, 2, { context: 6 })).toEqual({
      before: '全年新增就业',
      match: 'XX',
      after: '万人以上。',
      clippedBefore: true,
      clippedAfter: false,
    });
  });

  it('shortens a very long match in the middle', () => {
    const e = excerptOf(text, 0, text.length, { maxMatch: 10 });
    expect(e.match).toBe('一是抓好重…万人以上。');
  });
});
