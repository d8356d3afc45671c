import { pastDeadline } from '../../../src/core/rules/date/past-deadline';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(pastDeadline, {
  valid: [
    {
      // Issue 10, class 5: a month-day deadline belongs to the speech's year; the stale 2022
      // heading is date/stale-year's business, not the deadline's year.
      text: ['二、2022年工作任务', '各单位于3月31日前报送年度计划。'].join('\n'),
      date: '2023-02-01',
    },
    {
      // A date that marks out a group of things is not a deadline.
      text: '2005年底前注册营运的黄标车今年要全部淘汰。',
      date: '2015-03-05',
    },
    {
      // December's conference for next year: January deadlines are next January.
      text: ['三、2020年工作任务', '各单位于1月20日前报送全年工作计划。'].join('\n'),
      date: '2019-12-20',
    },
    { text: '各单位于5月20日前将自查报告报送局办公室。', date: '2024-05-10' },
    { text: '全年任务要在年底前全部完成。', date: '2024-11-10' },
    { text: '去年5月底前，我们已完成全部摸底工作。', date: '2024-06-10' },
    { text: '3月底前已完成全部摸底排查工作。', date: '2024-06-10' },
    { text: '确保上半年完成招聘任务。', date: '2024-03-01' },
    { text: '明年3月底前完成系统迁移。', date: '2024-11-10' },
    { text: '到2025年，全县新建高标准农田5万亩，确保粮食安全。', date: '2024-03-01' },
    { text: '到2020年底，全县累计建成高标准农田3万亩。', date: '2022-03-01' },
    // A report of the state at a past year's end (second unseen set): 基本完成 is done, not due.
    { text: '至2024年底，书院筹建工作基本完成，为学校顺利开学打下基础。', date: '2025-01-01' },
    {
      name: 'a review section tells history',
      text: ['一、2023年工作回顾', '各乡镇于5月20日前完成了台账录入。', '二、2024年工作任务'].join(
        '\n',
      ),
      date: '2024-06-10',
    },
  ],
  invalid: [
    {
      text: '各单位于5月20日前将自查报告报送局办公室。',
      date: '2024-06-05',
      errors: [{ messageId: 'past', text: '5月20日前' }],
    },
    {
      text: '各乡镇要在6月底前完成摸底排查，确保第一季度末前启动建设。',
      date: '2024-07-15',
      errors: [
        { messageId: 'past', text: '6月底前' },
        { messageId: 'past', text: '第一季度末前' },
      ],
    },
    {
      text: '务必于2023年底前完成老旧小区改造任务。',
      date: '2024-03-01',
      errors: [{ messageId: 'past', text: '2023年底前' }],
    },
    {
      text: '确保上半年完成招聘任务。',
      date: '2024-08-01',
      errors: [{ messageId: 'past', text: '确保上半年完成' }],
    },
    {
      text: '到2020年，要实现农村贫困人口全部脱贫。',
      date: '2022-03-01',
      errors: [{ messageId: 'past', text: '到2020年' }],
    },
    {
      text: '到2020年基本实现农业现代化，农民收入比2010年翻一番。',
      date: '2022-03-01',
      errors: [{ messageId: 'past', text: '到2020年' }],
    },
    {
      name: 'a deadline without its year takes the year its own sentence names (issue 10, class 5)',
      text: '按照2022年工作安排，各单位于3月31日前报送年度计划。',
      date: '2023-02-01',
      errors: [{ messageId: 'past', text: '3月31日前' }],
    },
  ],
});
