import { enumStyle } from '../../../src/core/rules/enum/style';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(enumStyle, {
  valid: [
    '一是要增强廉洁自律意识，二是要树牢底线思维，三是要推进作风转变。',
    '一要提升站位，二要突出重点，三要把握节点。',
    // Two runs in different forms are two runs, not one mixed run.
    '过去的工作一是靠苦干，二是靠创新。今后一要更新思路，二要创新方法。',
  ],
  invalid: [
    {
      text: '一是要增强廉洁自律意识。二是要树牢底线思维。三要强力推进作风转变。',
      errors: [{ messageId: 'mixed', text: '三要', fix: '三是要' }],
      output: '一是要增强廉洁自律意识。二是要树牢底线思维。三是要强力推进作风转变。',
    },
    {
      name: 'no majority: suggest, do not fix',
      text: '一是抓项目，二要抓招商。',
      errors: [{ messageId: 'mixed', text: '二要', fix: null, suggestions: ['二是'] }],
    },
  ],
});
