import { numberStyle } from '../../../src/core/rules/number/style';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberStyle, {
  valid: [
    '第一季度完成投资12亿元，第二季度完成15亿元。\n前三季度累计完成投资40亿元。',
    '一季度开局良好，二季度持续回升。',
    '增长8.5%，高于全省1.2个百分点。\n我们百分之百地落实了上级要求。',
    // An even split has no majority: nothing to follow.
    '第一季度增长5%，二季度增长6%。',
  ],
  invalid: [
    {
      text: '第一季度增长5%，第二季度增长6%。\n三季度要力争增长7%。',
      errors: [{ messageId: 'inconsistent', paragraph: 1, text: '三季度' }],
    },
    {
      text: '城镇化率提高到60%，森林覆盖率达到45.2%。\n贫困发生率下降了百分之三。',
      errors: [{ messageId: 'inconsistent', paragraph: 1, text: '百分之三' }],
    },
    {
      text: '全年接待游客12,500人次，实现收入3,600,000元，其中门票收入18000元。',
      errors: [{ messageId: 'inconsistent', text: '18000' }],
    },
  ],
});
