import { check, documentFromText, loadTables } from '../../../src/core';
import { canonTermsTable } from '../../../src/core/data/canonTerms';
import { leaderTitlesTable, officeLeadersTable } from '../../../src/core/data/leaderTitles';
import { termTitle } from '../../../src/core/rules/term/title';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(termTitle, {
  valid: [
    '深入学习贯彻习近平总书记重要讲话精神。',
    { text: '李强总理在政府工作报告中指出，要稳中求进。', date: '2024-03-10' },
    { text: '李克强总理在政府工作报告中指出，要稳中求进。', date: '2019-03-10' },
    // History: a past year in the sentence, or 时任/原.
    { text: '2015年，李克强总理考察我县时强调要大力发展职业教育。', date: '2024-03-10' },
    { text: '时任国务院总理李克强同志曾来我县考察。', date: '2024-03-10' },
    { text: '国务院副总理温家宝今天在京会见了来访的芬兰农林部长。', date: '2024-03-10' },
    // The canonical order; and lists that only share words with it.
    '增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。',
    '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。',
    '加强文化建设、社会建设、生态文明建设。',
    '坚持创新发展、协调发展、绿色发展、开放发展、共享发展。',
    '坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。',
  ],
  invalid: [
    {
      text: '我们要认真学习习总书记的重要讲话。',
      errors: [{ messageId: 'shortForm', text: '习总书记', fix: '习近平总书记' }],
      output: '我们要认真学习习近平总书记的重要讲话。',
    },
    {
      text: '要认真贯彻李克强总理在全国稳住经济大盘电视电话会议上的讲话精神。',
      date: '2023-06-01',
      errors: [{ messageId: 'notHeld', text: '李克强总理' }],
    },
    {
      text: '增强政治意识、核心意识、大局意识、看齐意识。',
      errors: [
        {
          messageId: 'order',
          text: '政治意识、核心意识、大局意识、看齐意识',
          fix: '政治意识、大局意识、核心意识、看齐意识',
        },
      ],
    },
    {
      text: '坚定道路自信、制度自信、理论自信、文化自信',
      errors: [
        {
          messageId: 'order',
          text: '道路自信、制度自信、理论自信、文化自信',
          fix: '道路自信、理论自信、制度自信、文化自信',
        },
      ],
    },
    {
      text: '统筹推进经济建设、政治建设、社会建设、文化建设、生态文明建设。',
      errors: [{ messageId: 'order' }],
    },
    {
      text: '做到坚决维护党中央权威和集中统一领导，坚决维护习近平总书记党中央的核心、全党的核心地位。',
      errors: [
        {
          messageId: 'order',
          text: '坚决维护党中央权威和集中统一领导，坚决维护习近平总书记党中央的核心、全党的核心地位',
          fix: null,
        },
      ],
    },
  ],
});

describe('term/title with the office list of leaders', () => {
  const { tables, problems } = loadTables(
    [leaderTitlesTable, officeLeadersTable, canonTermsTable],
    {
      file: 'office.json',
      tables: {
        'office-leaders': [
          { name: '王建国', title: '县长', until: '2024-06-30' },
          { name: '王建国', title: '县委书记', from: '2024-07-01' },
          { name: '赵明', title: '县长', from: '2024-07-01' },
        ],
      },
    },
  );
  const run = (text: string, date: string) =>
    check(documentFromText(text), {
      rules: [termTitle],
      speechDate: date,
      today: date,
      tables,
    }).findings.map((f) => `${f.messageId} ${f.text}`);

  it('loads the office entries', () => {
    expect(problems).toEqual([]);
  });

  it('flags a title the leader no longer holds, and knows the current ones', () => {
    expect(run('下面，请王建国县长讲话。赵明县长作了部署。', '2024-09-01')).toEqual([
      'notHeld 王建国县长',
    ]);
    expect(run('下面，请王建国县长讲话。', '2024-03-01')).toEqual([]);
    expect(run('下面，请县委书记王建国讲话。', '2024-09-01')).toEqual([]);
  });

  it('rejects a bad office entry with file, entry and reason', () => {
    const bad = loadTables([officeLeadersTable], {
      file: 'office.json',
      tables: { 'office-leaders': [{ name: '王建国', title: '县长', from: '2024-13-01' }] },
    });
    expect(bad.problems).toEqual([
      expect.objectContaining({ file: 'office.json', table: 'office-leaders', entry: 0 }),
    ]);
  });
});
