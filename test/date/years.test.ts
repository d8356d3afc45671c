import { classifyYear, yearMentions, yearProfile } from '../../src/core/date';
import { documentFromText } from '../../src/core';

function roleOf(text: string, year: string): string {
  const start = text.indexOf(year);
  return classifyYear(text, start, start + year.length).role;
}

describe('classifyYear', () => {
  it.each([
    ['2019年，我们全力以赴稳就业。', '2019年', 'history'],
    // The year named as this year's in a sentence that says 今年 (held-back corpus, a 2011 report).
    ['2011年，是“十二五”开局之年，做好今年的工作意义重大。', '2011年', 'thisYear'],
    ['2020年是极不平凡的一年，我们经受住了考验。', '2020年', 'unknown'],
    ['2014年10月至2017年12月养老金待遇予以补发。', '2014年', 'range'],
    ['2014年10月至2017年12月养老金待遇予以补发。', '2017年', 'range'],
    ['2016—2020年全县规划目标全面完成。', '2020年', 'range'],
    ['二、2022年工作任务', '2022年', 'plan'],
    ['宣读了2022年全县人社工作要点。', '2022年', 'plan'],
    ['安排部署2022年各项工作。', '2022年', 'plan'],
    ['确保2021年实现良好开局。', '2021年', 'goal'],
    ['今年是2020年，是决胜之年。', '2020年', 'thisYear'],
    ['一、2021年工作回顾', '2021年', 'review'],
    ['总结2021年工作。', '2021年', 'review'],
    ['我们通报了2021年度目标任务完成情况。', '2021年', 'review'],
    ['到2025年，全县高标准农田达到10万亩。', '2025年', 'target'],
    ['截至2021年底，全县参保人数达到30万人。', '2021年', 'history'],
    ['于2022年5月20日前完成。', '2022年', 'dated'],
    ['在2021年的基础上再增长5%。', '2021年', 'history'],
    ['回顾2018年以来的工作，成绩来之不易。', '2018年', 'history'],
    ['全面完成2020年目标任务。', '2020年', 'unknown'],
    ['《2019年度全县人社统计公报》已经印发。', '2019年', 'title'],
  ])('%s → %s is %s', (text, year, role) => {
    expect(roleOf(text, year)).toBe(role);
  });

  it('marks part-year reviews', () => {
    const text = '总结2022年上半年工作。';
    expect(classifyYear(text, 2, 7)).toEqual({ role: 'review', partial: true });
  });
});

describe('yearMentions', () => {
  it('reads years written in Chinese digits and skips numbers that are not years', () => {
    const doc = documentFromText('二〇二二年工作要点已经印发，共3000年度指标之外的12345年无关。');
    expect(yearMentions(doc).map((m) => [m.year, m.role])).toEqual([[2022, 'plan']]);
  });
});

describe('yearProfile', () => {
  it('takes the review year from the reviews that do not name the plan year', () => {
    const doc = documentFromText(
      [
        '总结2022年工作，安排部署今年任务。',
        '一、2021年工作回顾',
        '二、2022年工作任务',
        '三、做好2022年工作的要求',
      ].join('\n'),
    );
    const profile = yearProfile(doc);
    expect(profile.planYear).toBe(2022);
    expect(profile.reviewYear).toBe(2021);
  });
});
