import { relative } from '../../../src/core/rules/date/relative';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(relative, {
  valid: [
    '第一季度即将结束，各项工作要加快推进。',
    '我们用不到三个月时间完成了全部整改任务。',
    '还有一些单位重视程度不够，工作推进缓慢。',
  ],
  invalid: [
    {
      text: '从时间上看，第一季度再有20来天时间就已经结束了。',
      errors: [{ messageId: 'relative', text: '再有20来天时间' }],
    },
    {
      text: '距离年底只剩两个月，全年目标任务时间已过半。',
      errors: [
        { messageId: 'relative', text: '只剩两个月' },
        { messageId: 'relative', text: '时间已过半' },
      ],
    },
    {
      text: '离年度考核还有X天，请各单位抓紧准备。',
      errors: [{ messageId: 'relative', text: '还有X天' }],
    },
    {
      text: '今年时间过半，任务完成却不到一半。',
      errors: [{ messageId: 'relative', text: '时间过半' }],
    },
    {
      text: '距离考核还有15天，倒计时15天，各单位要抓紧。',
      errors: [
        { messageId: 'relative', text: '还有15天' },
        { messageId: 'relative', text: '倒计时15天' },
      ],
    },
  ],
});
