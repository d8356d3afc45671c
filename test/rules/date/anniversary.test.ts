import { anniversary, chineseCount } from '../../../src/core/rules/date/anniversary';
import data from '../../../src/core/data/anniversaries.json';
import type { Anniversary } from '../../../src/core/data/anniversaries';
import { runRule, ruleTester } from '../../helpers/ruleTester';
import { verifiedOnWeakSource } from './weakSources';

const entries = data as Anniversary[];

describe('date/anniversary: every table entry', () => {
  for (const entry of entries) {
    const name = entry.names[0] as string;
    const eventYear = Number(entry.date.slice(0, 4));
    const count = 2024 - eventYear;
    describe(`${entry.id} (${name}, ${eventYear})`, () => {
      it('is flagged when the count does not fit the speech year', () => {
        const findings = runRule(anniversary, {
          text: `今年是${name}${count - 1}周年，我们要认真筹办纪念活动。`,
          date: '2024-03-01',
        });
        expect(findings).toHaveLength(1);
        expect(findings[0]?.suggestions).toEqual([`${name}${count}周年`]);
      });
      it('is not flagged when it fits', () => {
        expect(
          runRule(anniversary, {
            text: `今年是${name}${count}周年，我们要认真筹办纪念活动。`,
            date: '2024-03-01',
          }),
        ).toEqual([]);
      });
      it('is not flagged as history', () => {
        const text = `${eventYear + count - 1}年，我们隆重庆祝${name}${count - 1}周年。`;
        expect(runRule(anniversary, { text, date: '2024-03-01' })).toEqual([]);
      });
    });
  }
});

describe('chineseCount', () => {
  it.each([
    [75, '七十五'],
    [100, '一百'],
    [10, '十'],
    [103, '一百零三'],
    [110, '一百一十'],
  ])('%i → %s', (n, zh) => expect(chineseCount(n)).toBe(zh));
});

ruleTester(anniversary, {
  valid: [
    // Counts from a year the speech itself gives (issue 10).
    {
      text: '我校始建于1958年，几代师生薪火相传。\n今年是建校66周年，我们要办好校庆系列活动。',
      date: '2024-09-10',
    },
    {
      text: '学校始建于1958年。\n值此新中国成立75周年之际，向全体师生致以节日的祝贺。',
      date: '2024-09-20',
    },
    { text: '我县成立于1950年。2020年，我们隆重庆祝了建县70周年。', date: '2024-03-01' },
    { text: '今年是建校66周年，我们要办好校庆系列活动。', date: '2024-09-10' },
    { text: '今年是改革开放40周年，我们要把改革开放不断推向深入。', date: '2018-05-01' },
    { text: '值此新中国成立七十五周年之际，向全县干部群众致以节日的祝贺。', date: '2024-09-20' },
    {
      text: '习近平总书记在庆祝改革开放40周年大会上的重要讲话，为我们指明了方向。',
      date: '2020-03-01',
    },
    { text: '明年是中国共产党成立100周年，要精心筹备庆祝活动。', date: '2020-11-01' },
    { text: '去年我们隆重庆祝了新中国成立70周年。', date: '2020-01-10' },
    { text: '建党100年来，党团结带领人民创造了伟大成就。', date: '2023-07-01' },
    {
      name: 'a five-year review recounts anniversaries celebrated in earlier years (held-back corpus)',
      text: '一、过去五年工作回顾\n五年来，我们迎来一系列大事喜事，隆重庆祝新中国成立75周年，庄严纪念中国人民抗日战争暨世界反法西斯战争胜利80周年。\n二、今年重点工作',
      date: '2026-01-26',
    },
  ],
  invalid: [
    {
      name: 'a school anniversary that does not fit the founding year the speech gives (issue 10)',
      text: '我校始建于1958年，几代师生薪火相传。\n今年是建校65周年，我们要办好校庆系列活动。',
      date: '2024-09-10',
      errors: [
        {
          messageId: 'wrongCountStated',
          paragraph: 1,
          text: '建校65周年',
          suggestions: ['建校66周年'],
        },
      ],
    },
    {
      name: 'an organisation founded in a year the speech gives',
      text: '市档案馆成立于1959年。\n今天，我们隆重集会，庆祝成立六十周年。',
      date: '2024-05-01',
      errors: [
        { messageId: 'wrongCountStated', text: '成立六十周年', suggestions: ['成立六十五周年'] },
      ],
    },
    {
      name: 'a birth anniversary counted from the lifespan the speech gives',
      text: '王建国同志（1925—2010）是我县教育事业的开拓者。\n今天，我们在这里隆重集会，纪念王建国同志诞辰100周年。',
      date: '2024-06-01',
      errors: [{ messageId: 'wrongCountStated', text: '诞辰100周年', suggestions: ['诞辰99周年'] }],
    },
    {
      text: '今年是新中国成立74周年，也是实施“十四五”规划承上启下的关键一年。',
      date: '2024-03-01',
      errors: [
        { messageId: 'wrongCount', text: '新中国成立74周年', suggestions: ['新中国成立75周年'] },
      ],
    },
    {
      text: '在庆祝中国共产党成立一百周年之际，全县党员干部重温入党誓词。',
      date: '2022-07-01',
      errors: [
        {
          messageId: 'wrongCount',
          text: '中国共产党成立一百周年',
          suggestions: ['中国共产党成立一百零一周年'],
        },
      ],
    },
    {
      text: '今天，我们在这里隆重集会，庆祝改革开放40周年。',
      date: '2019-12-18',
      errors: [{ messageId: 'wrongCount', offset: 15, length: 8 }],
    },
  ],
});

describe('date/anniversary: sources', () => {
  it('marks no event verified whose only source is a reprint site', () => {
    expect(verifiedOnWeakSource(entries)).toEqual([]);
  });
});
