import { staleYear } from '../../../src/core/rules/date/stale-year';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(staleYear, {
  valid: [
    // A plan year named in a sentence that only reports recounts it.
    {
      text: '对照2023年工作要点，各项任务均已落实，群众满意度明显提升。',
      date: '2024-03-01',
    },
    // A 述职 report recounts last year's plan (fourth unseen set's held-back third).
    {
      text: '2021年度班子及个人述职述廉报告\n2021年，班子针对巡察发现的22个问题。着眼学校2021年度工作要点和上级要求，服务师生纾解难题；逐项整改落实。',
      date: '2022-01-20',
    },
    // A plan report reviews last year's plan under its own heading (third unseen set).
    {
      text: '关于2016年国民经济和社会发展计划执行情况及2017年计划草案的报告\n一、2016年计划执行情况\n全年地区生产总值增长12%。\n二、2017年计划安排',
      date: '2017-01-10',
    },
    // Five-year plans: current while they run, history once told as met or reviewed.
    { text: '二、“十四五”时期主要目标\n到2025年，全县经济总量迈上新台阶。', date: '2021-03-01' },
    { text: '“十三五”时期主要目标任务全面完成，脱贫攻坚取得全面胜利。', date: '2021-02-20' },
    {
      text: '“十三五”规划主要目标全部实现，决胜全面建成小康社会取得决定性成就。',
      date: '2021-02-20',
    },
    {
      text: '一、“十三五”时期工作回顾\n对照“十三五”规划主要目标，全县各项指标全部完成。',
      date: '2021-02-20',
    },
    { text: '三、2024年重点工作\n（一）全力以赴稳增长。', date: '2024-02-01' },
    { text: '全县超额完成2023年各项目标任务。', date: '2024-02-27' },
    {
      name: 'plan words inside a review section are history',
      text: [
        '一、2022年工作回顾',
        '一年来，我们紧紧围绕2022年工作目标，狠抓落实。',
        '二、2023年工作任务',
      ].join('\n'),
      date: '2023-02-20',
    },
    { text: '2019年，我们全力以赴稳就业，城镇新增就业4200人。', date: '2022-02-20' },
    { text: '2014年10月至2017年12月期间的养老金待遇，按规定予以补发。', date: '2022-02-20' },
    { text: '二、2022年工作任务', date: '2022-02-20' },
    { text: '总结2021年工作，安排部署2022年任务。', date: '2022-02-20' },
    { text: '确保2023年底前完成全部改造任务。', date: '2022-02-20' },
    { text: '在2021年的基础上，力争城镇新增就业再增长5%。', date: '2022-02-20' },
    { text: '到2020年，全县农村贫困人口全部脱贫。', date: '2022-02-20' },
    { text: '《2019年度全县人社统计公报》已经印发。', date: '2022-02-20' },
    { text: '总结2022年上半年工作，谋划下半年重点任务。', date: '2022-07-15' },
  ],
  invalid: [
    {
      name: "last year's plan heading in this year's speech (issue 10)",
      text: '一、2023年工作回顾\n各项工作稳步推进。\n二、2023年重点工作\n（一）全力以赴稳增长。',
      date: '2024-02-01',
      errors: [{ messageId: 'plan', paragraph: 2, text: '2023年' }],
    },
    {
      name: 'a five-year plan named as current after it ended (issue 10)',
      text: '二、“十三五”时期主要目标\n全县生产总值年均增长7%以上。',
      date: '2021-03-01',
      errors: [{ messageId: 'fiveYearPlan', paragraph: 0, text: '“十三五”时期主要目标' }],
    },
    {
      text: '我们要紧紧围绕十四五规划的目标任务，推动高质量发展。',
      date: '2026-02-10',
      errors: [{ messageId: 'fiveYearPlan', text: '十四五规划的目标任务' }],
    },
    {
      name: 'a goal still to be met names last year (确保完成…)',
      text: '让我们真抓实干，确保完成2023年各项目标任务。',
      date: '2024-02-27',
      errors: [{ messageId: 'plan', text: '2023年' }],
    },
    {
      name: 'a review of the plan year is left to date/year-mismatch',
      text: [
        '总结2022年工作，安排部署今年各项任务。',
        '一、2021年工作回顾',
        '二、2022年工作任务',
      ].join('\n'),
      date: '2024-02-20',
      errors: [
        { messageId: 'review', paragraph: 1, text: '2021年' },
        { messageId: 'plan', paragraph: 2, text: '2022年' },
      ],
    },
    {
      text: '二、2021年工作任务',
      date: '2022-02-20',
      errors: [{ messageId: 'plan', text: '2021年', offset: 2, suggestions: ['2022年'] }],
    },
    {
      text: '今年是2020年，是全面建成小康社会的收官之年。',
      date: '2021-03-01',
      errors: [{ messageId: 'thisYear', text: '2020年' }],
    },
    {
      text: '会议的主要任务是总结2019年工作，安排部署今年各项任务。',
      date: '2021-02-10',
      errors: [{ messageId: 'review', text: '2019年', suggestions: ['2020年'] }],
    },
    {
      text: '我们要紧紧围绕2021年工作目标，确保2021年实现“十四五”良好开局。',
      date: '2022-02-20',
      errors: [
        { messageId: 'plan', text: '2021年', offset: 7 },
        { messageId: 'plan', text: '2021年', offset: 19 },
      ],
    },
  ],
});
