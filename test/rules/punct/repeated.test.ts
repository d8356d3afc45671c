import { punctRepeated } from '../../../src/core/rules/punct/repeated';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(punctRepeated, {
  valid: [
    '就业、社保、人才、维权……各项工作都取得了新进展。',
    '我们的目标——建设人民满意的服务型机关——一定能够实现。',
    '难道我们就此止步吗？！不，我们要继续前进！',
    '这是多么了不起的成就啊！！',
    '大家说，“好不好？”“好！”',
    '他强调：“要抓落实。”',
  ],
  invalid: [
    {
      text: '今年的任务很重。。我们必须全力以赴。',
      errors: [{ messageId: 'doubled', text: '。。', fix: '。' }],
      output: '今年的任务很重。我们必须全力以赴。',
    },
    {
      text: '抓就业，，保民生、、促发展；；',
      errors: [
        { messageId: 'doubled', text: '，，', fix: '，' },
        { messageId: 'doubled', text: '、、', fix: '、' },
        { messageId: 'doubled', text: '；；', fix: '；' },
      ],
      output: '抓就业，保民生、促发展；',
    },
    {
      name: 'comma then full stop at the end of a paragraph: the stop stays',
      text: '确保各项目标任务圆满完成，。',
      errors: [{ messageId: 'mixed', text: '，。', fix: '。' }],
      output: '确保各项目标任务圆满完成。',
    },
    {
      name: 'mixed marks inside a paragraph: the writer chooses',
      text: '一要稳增长，。二要保民生。',
      errors: [{ messageId: 'mixed', text: '，。', suggestions: ['，', '。'] }],
    },
    {
      text: '我们能做到吗？。能！',
      errors: [{ messageId: 'mixed', text: '？。', fix: '？' }],
      output: '我们能做到吗？能！',
    },
    {
      text: '各项工作稳步推进。。。',
      errors: [{ messageId: 'ellipsis', text: '。。。', suggestions: ['……'] }],
    },
  ],
});
