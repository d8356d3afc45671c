import { yearMismatch } from '../../../src/core/rules/date/year-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

const reviewedTwice = [
  '同志们：',
  '今天召开全县人社工作会议，主要任务是总结2022年工作，安排部署今年各项任务。',
  '一、2021年工作回顾',
  '一年来，全县城镇新增就业4600人，养老保险参保率稳步提高。',
  '二、2022年工作任务',
  '2022年，我们要围绕稳就业、保民生，重点抓好以下工作。',
  '三、做好2022年工作的有关要求',
].join('\n');

ruleTester(yearMismatch, {
  valid: [
    {
      text: [
        '总结2021年工作，安排部署2022年任务。',
        '一、2021年工作回顾',
        '二、2022年工作任务',
      ].join('\n'),
      date: '2022-02-20',
    },
    { text: '总结2022年上半年工作，谋划2022年下半年工作任务。', date: '2022-07-15' },
    { text: '2019年，我们全面完成了各项目标任务；2022年工作任务更加繁重。', date: '2022-02-20' },
  ],
  invalid: [
    {
      name: 'seed-like: reviews 2022 beside a 2021 review section while planning 2022',
      text: reviewedTwice,
      date: '2022-02-20',
      errors: [
        { messageId: 'reviewIsPlanYear', paragraph: 1, text: '2022年', suggestions: ['2021年'] },
      ],
    },
    {
      text: [
        '一、2021年工作回顾',
        '二、2022年工作任务',
        '三、做好2022年工作的有关要求',
        '四、2023年重点工作',
      ].join('\n'),
      date: '2022-02-20',
      errors: [{ messageId: 'planOther', paragraph: 3, text: '2023年' }],
    },
  ],
});
