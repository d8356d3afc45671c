import { staleTerm } from '../../../src/core/rules/date/stale-term';
import data from '../../../src/core/data/stale-terms.json';
import type { StaleTerm } from '../../../src/core/data/staleTerms';
import { check, documentFromText } from '../../../src/core';
import { runRule, ruleTester } from '../../helpers/ruleTester';
import { isWeakSource, verifiedOnWeakSource } from './weakSources';

const entries = data as StaleTerm[];

function shiftYear(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

describe('date/stale-term: every table entry', () => {
  for (const entry of entries) {
    const term = entry.terms[0] as string;
    describe(`${entry.id} (${term})`, () => {
      const { until, from } = entry;
      if (until) {
        const late = shiftYear(until, 1);
        it(`is flagged as current wording after ${until}`, () => {
          const findings = runRule(staleTerm, {
            text: `我们要${term}，推动各项工作落地见效。`,
            date: late,
          });
          expect(findings.map((f) => f.text.replace(/[“”]/g, ''))).toEqual([
            term.replace(/[“”]/g, ''),
          ]);
        });
        it('is not flagged as history', () => {
          const year = Number(until.slice(0, 4));
          const findings = runRule(staleTerm, {
            text: `${year}年，我们${term}，积累了宝贵经验。`,
            date: late,
          });
          expect(findings).toEqual([]);
        });
      }
      if (from) {
        // An announced campaign may be planned from its announcement on.
        const early = shiftYear(entry.announced ?? from, -1);
        it(`is flagged before ${entry.announced ?? from}`, () => {
          const findings = runRule(staleTerm, {
            text: `全体干部要${term}，推动各项工作落地见效。`,
            date: early,
          });
          expect(findings).toHaveLength(1);
          expect(findings[0]?.messageId).toBe('before');
        });
        it('is not flagged inside its window', () => {
          const inside = until ?? from;
          expect(
            runRule(staleTerm, { text: `全体干部要${term}，推动各项工作落地见效。`, date: inside }),
          ).toEqual([]);
        });
      }
    });
  }
});

ruleTester(staleTerm, {
  valid: [
    { text: '2020年新冠肺炎疫情期间，全县医护人员日夜奋战在抗疫一线。', date: '2024-03-01' },
    { text: '“十三五”时期发展成就令人鼓舞，“十三五”规划圆满收官。', date: '2023-02-10' },
    { text: '以优异成绩迎接党的二十大胜利召开。', date: '2022-06-30' },
    { text: '会议要求，坚决做好新冠肺炎疫情防控工作。', date: '2022-12-20' },
    {
      text: '一、过去一年工作回顾⏎过去一年，我们坚决打赢脱贫攻坚战，成效明显。'.replace('⏎', '\n'),
      date: '2022-02-15',
    },
    { text: '各级农业部门要抓好春耕备耕。', date: '2024-03-01' },
    { text: '依据《中华人民共和国劳动合同法》依法维护劳动者权益。', date: '2024-03-01' },
    { text: '新冠肺炎疫情发生以来，我们统筹推进疫情防控和经济社会发展。', date: '2023-05-01' },
    // Recounting history (issue 10, class 2).
    {
      name: "a 述职报告 in January recounts last year's campaign",
      text: '一年来，我带头开展了党纪学习教育，班子成员逐章逐条学习《条例》。',
      date: '2025-01-10',
    },
    {
      name: 'a section titled without a number reviews the plan period',
      text: '“十四五”时期工作回顾\n我们严格落实主体责任，扎实开展党史学习教育、党纪学习教育。\n2026年重点工作\n全面推进各项工作。',
      date: '2026-01-27',
    },
    {
      name: 'a campaign announced ahead of its formal start (19th Congress report)',
      text: '认真开展“不忘初心、牢记使命”主题教育，推进“两学一做”学习教育常态化制度化。',
      date: '2018-03-05',
    },
    {
      name: 'a sentence told in the completed aspect is history',
      text: '我们经受住了新冠肺炎疫情的严峻考验，打赢了脱贫攻坚战。',
      date: '2024-01-20',
    },
    {
      name: 'a campaign announced a week before it starts',
      text: '下周起，全局要开展党纪学习教育，各支部抓紧制定学习计划。',
      date: '2024-03-25',
    },
    {
      name: 'a 述职 report of 2019, given in January 2020, recounts that year (fifth unseen set)',
      text: '2019年度领导班子个人述职述廉报告\n一年来，高标准组织开展“不忘初心、牢记使命”主题教育活动，扎实推动整改落实。',
      date: '2020-01-16',
    },
    {
      name: 'a campaign kept up after its end is current wording (20th Congress report, 2022)',
      text: '坚持理论武装同常态化长效化开展党史学习教育相结合，引导党员、干部学史明理。',
      date: '2022-10-16',
    },
    {
      name: 'a numbered review section headed 工作开展情况 recounts the year before',
      text: '一、2024年工作开展情况\n（一）坚持党建引领\n持续巩固拓展主题教育成效，深入开展党纪学习教育。\n二、2025年工作思路\n（一）以品牌培育为突破',
      date: '2025-09-30',
    },
  ],
  invalid: [
    {
      name: '今年是… puts the formulation in the present, whatever 收官 suggests',
      text: '今年是决战脱贫攻坚的收官之年，我们要做好就业帮扶。',
      date: '2024-02-27',
      errors: [{ messageId: 'afterWithReplacement', text: '决战脱贫攻坚' }],
    },
    {
      text: '全局上下要以优异成绩迎接党的二十大胜利召开。',
      date: '2023-03-01',
      errors: [
        {
          messageId: 'afterWithReplacement',
          text: '迎接党的二十大',
          suggestions: ['学习贯彻党的二十大精神'],
        },
      ],
    },
    {
      text: '要毫不放松抓好新冠肺炎疫情防控，守牢安全底线。',
      date: '2023-03-01',
      errors: [{ messageId: 'afterWithReplacement', text: '新冠肺炎', offset: 7, length: 4 }],
    },
    {
      text: '今年是“十三五”规划收官之年，我们要乘势而上。',
      date: '2021-04-01',
      errors: [{ messageId: 'after', text: '“十三五”规划收官之年' }],
    },
    {
      text: '严格依照《合同法》规范政府采购合同管理。',
      date: '2022-05-01',
      errors: [
        {
          messageId: 'afterWithReplacement',
          text: '《合同法》',
          suggestions: ['《中华人民共和国民法典》'],
        },
      ],
    },
    {
      text: '认真学习贯彻党的二十大精神，凝聚奋进力量。',
      date: '2022-06-01',
      errors: [{ messageId: 'before', text: '党的二十大精神' }],
    },
    {
      name: 'a plan section after an unnumbered review still plans: the campaign is over',
      text: '2023年工作回顾\n各项工作稳步推进。\n2024年重点工作\n要深入开展党史学习教育，做到学史明理。',
      date: '2024-02-01',
      errors: [{ messageId: 'after', text: '开展党史学习教育' }],
    },
  ],
});

describe('date/stale-term with a speech date known only by its year', () => {
  const doc = documentFromText(
    '在2021年全县组织工作会议上的讲话\n同志们：\n今年要扎实开展党史学习教育，做到学史明理。',
  );
  it('judges against the whole year, so a campaign that starts in February is not flagged', () => {
    const result = check(doc, { rules: [staleTerm], today: '2026-11-21' });
    expect(result.speechDate).toBe('2021-01-01');
    expect(result.findings).toEqual([]);
  });
  it('flags it when the user dates the speech a year later', () => {
    const result = check(doc, {
      rules: [staleTerm],
      today: '2026-11-21',
      speechDate: '2022-03-01',
    });
    expect(result.findings.map((f) => f.text)).toEqual(['开展党史学习教育']);
  });
});

describe('date/stale-term: longer names that contain an older one', () => {
  it.each([
    ['银保监会', '2021-06-01'],
    ['市银保监分局', '2021-06-01'],
    ['国家卫生计生委', '2017-06-01'],
    ['各级环保部门', '2024-06-01'],
  ])('%s is not read as the older name', (name, date) => {
    expect(runRule(staleTerm, { text: `会同${name}做好相关工作。`, date })).toEqual([]);
  });
});

describe('date/stale-term: entries checked against their sources (2026-11 review)', () => {
  const texts = (text: string, date: string) =>
    runRule(staleTerm, { text, date }).map((f) => [f.text, f.suggestions?.[0]]);

  it('keeps local 银保监局 names until the NFRA bureaus were unveiled on 2023-07-20', () => {
    const text = '市银保监分局要加强对辖区农商行的风险排查。';
    expect(texts(text, '2023-06-10')).toEqual([]);
    expect(texts(text, '2023-09-01')).toEqual([['银保监分局', '金融监管局']]);
  });

  it('flags the national 银保监会 once the NFRA took over', () => {
    expect(texts('积极配合银保监会开展专项检查。', '2023-06-10')).toEqual([
      ['银保监会', '国家金融监督管理总局'],
    ]);
  });

  it('flags 扫黑除恶专项斗争 as current work after 2021-03-29 but not its results', () => {
    expect(texts('今年要深入开展扫黑除恶专项斗争，守护一方平安。', '2022-04-01')).toEqual([
      ['扫黑除恶专项斗争', '常态化扫黑除恶斗争'],
    ]);
    expect(texts('要巩固扫黑除恶专项斗争成果，健全长效机制。', '2022-04-01')).toEqual([]);
  });

  it('flags the abolished 国务院金融委 after the 2023 reform plan', () => {
    expect(texts('认真落实国务院金融委各项部署。', '2024-05-01')).toEqual([
      ['国务院金融委', '中央金融委员会'],
    ]);
  });

  it('flags 新质生产力 in a speech dated before September 2023', () => {
    expect(texts('加快培育新质生产力。', '2023-05-01').map((t) => t[0])).toEqual(['新质生产力']);
    expect(texts('加快培育新质生产力。', '2023-12-01')).toEqual([]);
  });
});

describe('date/stale-term: sources', () => {
  it('recognises reprint hosts, including subdomains, and leaves official hosts alone', () => {
    expect(isWeakSource('http://wap.qwitaly.com/wap/zgxw/29967.html')).toBe(true);
    expect(isWeakSource('https://tougao.12371.cn/gaojian.php?tid=1')).toBe(true);
    expect(isWeakSource('http://en.people.cn/n3/2025/0318/c90000-20290450.html')).toBe(false);
    expect(isWeakSource('https://www.12371.cn/2024/04/07/ARTI1.shtml')).toBe(false);
    expect(isWeakSource(undefined)).toBe(false);
  });

  it('marks no entry verified whose only source is a reprint site', () => {
    expect(verifiedOnWeakSource(entries)).toEqual([]);
  });

  it('keeps the 2018 ministry renamings whose unveiling day only a reprint gives unverified', () => {
    const unverified = entries.filter((e) => !e.verified).map((e) => e.id);
    expect(unverified).toEqual(
      expect.arrayContaining([
        'environment-ministry',
        'agriculture-ministry',
        'work-safety-administration',
      ]),
    );
  });
});
