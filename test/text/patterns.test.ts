import { anyOf, anyText, includesAny, matchesOf } from '../../src/core/text/patterns';

const viaMatchAll = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
const viaMatchesOf = (re: RegExp, text: string) =>
  matchesOf(re, text).map((m) => `${m.index}:${m[0]}`);

describe('matchesOf', () => {
  const speech = '一是抓学习，二是抓落实。今年是“十四五”规划收官之年，要确保6月底前完成。';

  it.each([
    [/([一二三四五六七八九十]{1,2})(是要|是|要)/gu, speech],
    [/[“”]/g, speech],
    [/\d+/g, '共3600人，增长4.1%和5.6%'],
    // Empty matches step over one character, a whole surrogate pair with the u flag.
    [/x*/gu, 'a𠀀bx'],
    [/x*/g, 'a𠀀bx'],
    [/(?<=[，。])/gu, speech],
  ])('finds what matchAll finds: %s', (re, text) => {
    expect(viaMatchesOf(re, text)).toEqual(viaMatchAll(re, text));
    expect(re.lastIndex).toBe(0);
  });

  it('starts at 0 whatever lastIndex a pattern was left at, and keeps capture groups', () => {
    const re = /第([一二三四五六七八九十]+)/gu;
    re.lastIndex = 5;
    const found = matchesOf(re, '第一，抓学习；第二，抓落实');
    expect(found.map((m) => [m.index, m[1]])).toEqual([
      [0, '一'],
      [7, '二'],
    ]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/是/u, '一是')).toThrow(TypeError);
  });
});

describe('anyOf', () => {
  it('matches a paragraph exactly when one of its patterns does', () => {
    const patterns = [/新冠肺炎/gu, /^\s*来源[：:]/gu, /[（(]此处略[）)]/gu];
    const any = anyOf(patterns) as RegExp;
    const paragraphs = ['全力做好新冠肺炎疫情防控', '来源：某某网', '（此处略）', '稳就业保民生'];
    for (const p of paragraphs) {
      expect(any.test(p)).toBe(patterns.some((re) => new RegExp(re.source, 'u').test(p)));
    }
  });

  it('gives up on patterns that a combination would change: backreferences, named groups', () => {
    expect(anyOf([/(\p{Script=Han})\1/u, /来源/u])).toBeUndefined();
    expect(anyOf([/(?<year>\d{4})年/u])).toBeUndefined();
    expect(anyOf([])).toBeUndefined();
    // Lookbehind is fine.
    expect(anyOf([/(?<=。)要/u])?.test('好。要抓落实')).toBe(true);
  });
});

describe('anyText and includesAny', () => {
  it('treat words as plain text', () => {
    const re = anyText(['1+N+X', '（此处略）', '迎接党的二十大']);
    expect(re.test('构建1+N+X政策体系')).toBe(true);
    expect(re.test('1NNX')).toBe(false);
    expect(includesAny('以优异成绩迎接党的二十大胜利召开', ['十九大', '二十大'])).toBe(true);
    expect(includesAny('稳就业', ['十九大', '二十大'])).toBe(false);
  });
});
