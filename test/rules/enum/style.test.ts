import { enumStyle } from '../../../src/core/rules/enum/style';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(enumStyle, {
  valid: [
    '一是要增强廉洁自律意识，二是要树牢底线思维，三是要推进作风转变。',
    '一要提升站位，二要突出重点，三要把握节点。',
    // 三是 before the noun 要素 is the ordinal 三是, not 三是要.
    '一是推进基础设施一体化。二是推进公共服务一体化。三是要素流动一体化，探索城乡要素盘活利用。',
    // Two runs in different forms are two runs, not one mixed run.
    '过去的工作一是靠苦干，二是靠创新。今后一要更新思路，二要创新方法。',
    {
      name: 'results 一是…, a paragraph, demands 一要… with a slip: no style finding across runs',
      text: [
        '过去一年，一是经济运行稳中有进，二是重点改革纵深推进，三是民生保障更加有力。',
        '这些成绩来之不易，我们也要清醒看到存在的不足。',
        '为此，我提几点要求：一要提高站位，二要压实责任，二要加强督查，四要严肃问责。',
      ].join('\n'),
    },
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
