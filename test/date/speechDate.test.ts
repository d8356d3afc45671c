import { check, documentFromText, resolveSpeechDate, DateError } from '../../src/core';

const today = '2026-11-21';
const resolve = (text: string, extra: Partial<Parameters<typeof resolveSpeechDate>[1]> = {}) =>
  resolveSpeechDate(documentFromText(text), { today, ...extra });

describe('resolveSpeechDate', () => {
  it('takes the user’s date first', () => {
    const d = resolve('在2020年全县人社工作会议上的讲话', { userDate: '2021-03-02' });
    expect([d.date, d.source, d.precision]).toEqual(['2021-03-02', 'option', undefined]);
  });

  it('takes the year of the meeting from the title, judged as a whole year', () => {
    const d = resolve('——在2020年全县人力资源和社会保障工作会议上的讲话\n同志们：');
    expect([d.date, d.source, d.precision]).toEqual(['2020-01-01', 'document', 'year']);
    expect(d.notes[0]).toContain('2020年全县人力资源和社会保障工作会议');
  });

  it('holds a meeting that reviews one year and plans the next in the later year', () => {
    const d = resolve('同志们：\n今天，我们召开全局2021年度绩效考评暨2022年重点任务推进会议。');
    expect(d.year).toBe(2022);
  });

  it('reads a dateline under the title as the full date', () => {
    expect(resolve('政府工作报告\n——2026年1月25日在市第十六届人民代表大会第四次会议上').date).toBe(
      '2026-01-25',
    );
    expect(resolve('关于做好春季农业生产的意见\n（2018年1月2日）').date).toBe('2018-01-02');
  });

  it('reads a signature date at the end', () => {
    const d = resolve('同志们：\n今年的工作任务十分繁重。\n谢谢大家！\n二〇二三年三月十五日');
    expect([d.date, d.source]).toEqual(['2023-03-15', 'document']);
  });

  it('prefers a signature from the .docx reader and notes a title that disagrees', () => {
    const d = resolve('在2022年全县组织工作会议上的讲话\n同志们：', {
      metadataDates: [
        { source: 'metadata', date: '2024-01-05' },
        { source: 'signature', date: '2023-02-10' },
      ],
    });
    expect(d.date).toBe('2023-02-10');
    expect(d.notes.join('；')).toContain('不一致');
    expect(d.notes.join('；')).toContain('2022');
  });

  it('uses a full date of the same year from a weaker signal', () => {
    const d = resolve('在2023年全县组织工作会议上的讲话', {
      metadataDates: [{ source: 'metadata', date: '2023-02-08' }],
    });
    expect([d.date, d.precision]).toEqual(['2023-02-08', undefined]);
  });

  it('falls back on the year the body plans', () => {
    const d = resolve('同志们：\n下面，我讲三点意见。\n一、2021年工作回顾\n二、2022年工作任务');
    expect(d.year).toBe(2022);
  });

  it('falls back on today', () => {
    const d = resolve('同志们：\n下面，我讲三点意见。');
    expect([d.date, d.source]).toEqual([today, 'today']);
  });

  it('rejects a bad date from the host', () => {
    expect(() =>
      resolve('同志们：', { metadataDates: [{ source: 'header', date: '2023-02-30' }] }),
    ).toThrow(DateError);
  });

  it('is passed through check() with the metadata dates', () => {
    const result = check(documentFromText('同志们：'), {
      today,
      rules: [],
      metadataDates: [{ source: 'header', date: '2022-06-01' }],
    });
    expect([result.speechDate, result.speechDateSource]).toEqual(['2022-06-01', 'document']);
  });
});

describe('resolveSpeechDate: what the body implies when the title names no year (issue 10)', () => {
  const yearOf = (lines: string[]) => resolve(lines.join('\n')).year;

  it('reads a review of last year beside an event named with a later year as the year after the review', () => {
    expect(
      yearOf([
        '各位代表：',
        '一、2014年工作回顾',
        '过去一年，我们完成了全年主要目标任务。',
        '二、重点工作',
        '做好2022年冬奥会申办工作，推动体育产业发展。',
      ]),
    ).toBe(2015);
  });

  it('reads 刚刚过去的2017年 as a speech of 2018', () => {
    expect(yearOf(['各位代表：', '刚刚过去的2017年，经济社会发展主要目标任务全面完成。'])).toBe(
      2018,
    );
  });

  it('reads 2020年就要到了 as a message of 2019', () => {
    expect(
      yearOf(['2020年就要到了，我向大家送上新年的美好祝福！', '2019年，我们用汗水浇灌收获。']),
    ).toBe(2019);
  });

  it('reads a year-end address that looks back on 2023 as given in 2023', () => {
    expect(
      yearOf([
        '大家好！在这辞旧迎新的美好时刻，我向大家致以新年的祝福！',
        '2023年，我们接续奋斗、砥砺前行，取得了沉甸甸的收获。',
      ]),
    ).toBe(2023);
  });

  it('reads the datelines （2020年11月27日，北京） and 2022.12.31 under a title', () => {
    expect(resolve('在博览会开幕式上的致辞\n（2020年11月27日，北京）\n女士们，先生们：').date).toBe(
      '2020-11-27',
    );
    expect(
      resolve(
        [
          '2023年新年献词',
          '2022.12.31',
          '在这辞旧迎新的时刻，我向大家致以新年的祝福！',
          '2023年，新的曙光照耀。',
        ].join('\n'),
      ).date,
    ).toBe('2022-12-31');
  });

  it('reads a Spring Festival greeting that looks back on 2017 as given in 2018', () => {
    expect(
      yearOf([
        '全市法院干警：在这辞旧迎新的新春佳节，向大家拜年！',
        '2017年，全市法院审结各类案件12万件，同比增长8%。',
      ]),
    ).toBe(2018);
  });

  it('dates a report of 2020 first-quarter figures to 2020, with a goal for 2020 beside it', () => {
    // The text cannot be from 2019: it reports how the first quarter of 2020 went.
    expect(
      yearOf([
        '同志们：',
        '2020年第一季度，全县GDP同比下降4.2%，疫情冲击明显。',
        '我们要坚定信心，确保2020年实现全面建成小康社会目标。',
      ]),
    ).toBe(2020);
  });

  it('reads the latest year told as history (2012年，…) as the year before the speech', () => {
    expect(
      yearOf([
        '各位代表：',
        '过去五年，国内生产总值年均增长9.3%。',
        '2012年，在世界各大经济体增长全面减速的情况下，我国经济增长7.8%。',
      ]),
    ).toBe(2013);
  });
});

describe('resolveSpeechDate: opening years that are history, and 截至 (issue 10)', () => {
  it('does not take a year told as history in the opening for the meeting year', () => {
    const d = resolve(
      [
        '2024年以来，区农业农村局深入贯彻落实中央、省委农村工作会议精神，扎实推进各项工作。',
        '二、2025年工作计划',
        '一是加快现代产业发展。',
      ].join('\n'),
    );
    expect(d.year).toBe(2025);
  });

  it('reads 截至2022年底 as a report given in 2023 or later', () => {
    const d = resolve(
      [
        '一、工作开展情况',
        '截止2022年底，已审核各类合同、协议及文件120份。',
        '2021年以来，共审结案件15件。',
      ].join('\n'),
    );
    expect(d.year).toBe(2023);
  });
});

describe('resolveSpeechDate: a meeting that reviews a year is held after it (issue 10)', () => {
  it.each([
    ['区委常委班子2019年度民主生活会对照检查材料', 2020],
    ['县教育局局长2023年度述职报告', 2024],
    ['在2023年度绩效考评暨2024年重点工作推进会议上的讲话', 2024],
    ['在2024年全县经济工作会议上的讲话', 2024],
    // A year's report is given after that year (second unseen set, dev third).
    ['君山片区管理局2022年度工作报告', 2023],
    ['关于2022年度国资国企监管工作情况的报告', 2023],
    ['自然资源与生态环境局2024年工作总结及2025年工作计划', 2025],
  ])('%s → %i', (title, year) => {
    expect(resolve(`${title}\n同志们：`).year).toBe(year);
  });

  it('does not take an earlier meeting recounted in the body for the meeting being held', () => {
    const d = resolve(
      [
        '同志们：',
        '这次会议的主要任务是，分析当前形势，部署决战脱贫攻坚工作。',
        '党的十八大以来，我先后召开了7个专题座谈会，2015年在延安召开革命老区脱贫致富座谈会。',
        '今年脱贫攻坚任务完成后，我国将有1亿左右贫困人口实现脱贫，2020年将全面建成小康社会。',
      ].join('\n'),
      { yearProfile: undefined },
    );
    expect(d.source).toBe('today');
  });
});

describe('resolveSpeechDate: an anniversary held now dates the speech (issue 10)', () => {
  it('reads 在庆祝改革开放40周年大会上的讲话 as 2018', () => {
    expect(resolve('在庆祝改革开放40周年大会上的讲话\n同志们，朋友们：').year).toBe(2018);
  });
  it('does not date a speech by a past celebration it cites', () => {
    const d = resolve('同志们：\n要深入学习在庆祝改革开放40周年大会上的重要讲话精神。');
    expect(d.source).toBe('today');
  });

  it('does not date a speech by a celebration its body recounts (second unseen set)', () => {
    const d = resolve(
      [
        '同志们：',
        '从去年5月底开始，主题教育自上而下分两批进行，目前已基本结束。',
        '各地把主题教育同庆祝新中国成立70周年结合起来，推进脱贫攻坚。',
      ].join('\n'),
    );
    expect(d.source).toBe('today');
  });
});
