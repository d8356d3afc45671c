import { findDeadlines, isStatedAsDone, parseCount, parseYearDigits } from '../../src/core/date';

const due = (text: string, defaultYear = 2024) =>
  findDeadlines(text, { defaultYear }).map((d) => [
    text.slice(d.offset, d.offset + d.length),
    d.due,
  ]);

describe('findDeadlines', () => {
  it.each([
    ['于5月20日前提交', [['5月20日前', '2024-05-20']]],
    ['6月底前完成', [['6月底前', '2024-06-30']]],
    ['力争9月底全部完成', [['9月底全部完成', '2024-09-30']]],
    ['2月底前完成', [['2月底前', '2024-02-29']]],
    ['9月中旬前启动', [['9月中旬前', '2024-09-20']]],
    ['2023年底前全部完成', [['2023年底前', '2023-12-31']]],
    ['年底前全部完成', [['年底前', '2024-12-31']]],
    ['明年3月底前完成迁移', [['明年3月底前', '2025-03-31']]],
    ['确保第二季度完成', [['确保第二季度完成', '2024-06-30']]],
    ['上半年之前出台办法', [['上半年之前', '2024-06-30']]],
    ['十二月十日前上报', [['十二月十日前', '2024-12-10']]],
    ['到2020年，要实现全部脱贫', [['到2020年', '2020-12-31']]],
    ['5月32日前提交', []],
    ['去年5月底前完成', []],
  ])('%s', (text, expected) => {
    expect(due(text)).toEqual(expected);
  });

  it('gives a deadline without a year the context year', () => {
    expect(due('3月31日前报送', 2022)).toEqual([['3月31日前', '2022-03-31']]);
  });
});

describe('isStatedAsDone', () => {
  it('tells a done deadline from a requirement', () => {
    expect(isStatedAsDone('已于5月20日前完成')).toBe(true);
    expect(isStatedAsDone('5月20日前完成了录入')).toBe(true);
    expect(isStatedAsDone('要于5月20日前完成录入')).toBe(false);
  });
});

describe('numerals', () => {
  it.each([
    ['二〇二二', 2022],
    ['２０２４', 2024],
    ['2019', 2019],
  ])('year %s', (text, year) => expect(parseYearDigits(text)).toBe(year));
  it.each([
    ['十二', 12],
    ['二十', 20],
    ['七十五', 75],
    ['一百', 100],
    ['一百零三', 103],
    ['40', 40],
  ])('count %s', (text, n) => expect(parseCount(text)).toBe(n));
  it('rejects what is not a count', () => expect(parseCount('若干')).toBeUndefined());
});
