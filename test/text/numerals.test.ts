import {
  formatChineseNumeral,
  formatOrdinal,
  parseArabicNumeral,
  parseChineseNumeral,
  sequenceWordNumber,
} from '../../src/core/text/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十一', 21],
    ['九十九', 99],
  ])('%s → %d', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '十十', '二二', '一十', '两十', '二十两', '百', '一百', '二十〇', '三是', 'X'])(
    'rejects %j',
    (text) => {
      expect(parseChineseNumeral(text)).toBeUndefined();
    },
  );
});

describe('formatChineseNumeral', () => {
  it.each([
    [0, '〇'],
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
    [99, '九十九'],
  ])('%d → %s', (n, text) => {
    expect(formatChineseNumeral(n)).toBe(text);
  });

  it('writes 两 for 2 in the counting form only', () => {
    expect(formatChineseNumeral(2, { counting: true })).toBe('两');
    expect(formatChineseNumeral(12, { counting: true })).toBe('十二');
    expect(formatChineseNumeral(3, { counting: true })).toBe('三');
  });

  it('round-trips 0…99', () => {
    for (let n = 0; n <= 99; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
  });

  it('refuses numbers it cannot write', () => {
    expect(() => formatChineseNumeral(100)).toThrow(RangeError);
    expect(() => formatChineseNumeral(-1)).toThrow(RangeError);
    expect(() => formatChineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('parseArabicNumeral', () => {
  it('reads ASCII and full-width digits', () => {
    expect(parseArabicNumeral('7')).toBe(7);
    expect(parseArabicNumeral('12')).toBe(12);
    expect(parseArabicNumeral('１２')).toBe(12);
    expect(parseArabicNumeral('1.')).toBeUndefined();
    expect(parseArabicNumeral('')).toBeUndefined();
  });
});

describe('ordinals', () => {
  it('formats each ordinal form', () => {
    expect(formatOrdinal(3, 'shi')).toBe('三是');
    expect(formatOrdinal(2, 'shiyao')).toBe('二是要');
    expect(formatOrdinal(4, 'yao')).toBe('四要');
    expect(formatOrdinal(2, 'di')).toBe('第二');
    expect(formatOrdinal(2, 'sequence-word')).toBe('其次');
    expect(formatOrdinal(3, 'sequence-word')).toBe('再次');
  });

  it('gives sequence words their position, and none to 最后', () => {
    expect(sequenceWordNumber('首先')).toBe(1);
    expect(sequenceWordNumber('其次')).toBe(2);
    expect(sequenceWordNumber('最后')).toBeUndefined();
  });
});
