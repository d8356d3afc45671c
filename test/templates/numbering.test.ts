import {
  chineseNumeral,
  countWord,
  findStatedCount,
  parseChineseNumeral,
  sectionHeadingNumber,
  subsectionHeadingNumber,
  updateStatedCount,
} from '../../src/templates';

test.each([
  [1, '一'],
  [2, '二'],
  [10, '十'],
  [11, '十一'],
  [20, '二十'],
  [35, '三十五'],
  [99, '九十九'],
])('chineseNumeral(%i) is %s and parses back', (n, text) => {
  expect(chineseNumeral(n)).toBe(text);
  expect(parseChineseNumeral(text)).toBe(n);
});

test('numerals outside 1–99 are refused', () => {
  expect(() => chineseNumeral(0)).toThrow(RangeError);
  expect(() => chineseNumeral(100)).toThrow(RangeError);
  expect(parseChineseNumeral('')).toBeUndefined();
  expect(parseChineseNumeral('三四')).toBeUndefined();
  expect(parseChineseNumeral('意见')).toBeUndefined();
});

test('a count before a measure word says 两, not 二', () => {
  expect(countWord(2)).toBe('两');
  expect(countWord(3)).toBe('三');
  expect(parseChineseNumeral('两')).toBe(2);
});

test('heading numbers are read from typed headings only', () => {
  expect(sectionHeadingNumber('三、压实责任，狠抓落实')).toBe(3);
  expect(sectionHeadingNumber('十二、其他事项')).toBe(12);
  expect(sectionHeadingNumber('（三）突出重点')).toBeUndefined();
  expect(subsectionHeadingNumber('（二）严格考核奖惩')).toBe(2);
  expect(subsectionHeadingNumber('二、严格考核奖惩')).toBeUndefined();
});

describe('the stated count of sections', () => {
  test.each([
    ['下面，我讲三点意见：', 3, '下面，我讲四点意见：'],
    ['下面，结合工作实际，我讲两点意见。', 2, '下面，结合工作实际，我讲四点意见。'],
    ['下面，我就做好下半年工作讲三个方面的意见：', 3, '下面，我就做好下半年工作讲四个方面的意见：'],
    ['下面，我谈三点体会：', 3, '下面，我谈四点体会：'],
    ['对此，我代表局党组作三点表态：', 3, '对此，我代表局党组作四点表态：'],
    ['下面，我从三个方面简要汇报：', 3, '下面，我从四个方面简要汇报：'],
    ['今天的会议共有三项议程。', 3, '今天的会议共有四项议程。'],
    ['报告分三个部分：', 3, '报告分四个部分：'],
  ])('%s', (text, count, updated) => {
    const stated = findStatedCount(text);
    expect(stated?.count).toBe(count);
    expect(text.slice(stated?.offset, (stated?.offset ?? 0) + (stated?.length ?? 0))).toBe(
      countWord(count),
    );
    expect(updateStatedCount(text, 4)).toBe(updated);
  });

  test('a paragraph without an announcement is left alone', () => {
    const text = '今天，我们召开全县人社工作会议，主要任务是总结去年工作。';
    expect(findStatedCount(text)).toBeUndefined();
    expect(updateStatedCount(text, 4)).toBe(text);
  });

  test('a count that reaches ten and beyond is written in full', () => {
    expect(updateStatedCount('我讲九点意见：', 10)).toBe('我讲十点意见：');
    expect(updateStatedCount('我讲十点意见：', 11)).toBe('我讲十一点意见：');
  });
});
