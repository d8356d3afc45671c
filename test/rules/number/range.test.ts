import { numberRange } from '../../../src/core/rules/number/range';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberRange, {
  valid: [
    '1～2月，全县规模以上工业增加值增长6.5%，完成投资15%～20%。',
    '计划用3—5年时间，建成一批示范基地。',
    '按照《数字用法》（GB/T 15835-2011）的规定执行。',
    '联系电话：0871-63312345，邮编650000。',
    '请于9:00-11:00到会议室报到。',
    '详见附件1-2及表3-1，住址为5-2-101室。',
    '本场比赛主队以3-1获胜。',
    '国发〔2020〕1号文件明确了目标任务。',
    // A title line follows the title page's style, not running text.
    '一、1-2月工作完成情况',
    // A dropped % changes no meaning (RULES.md: 10～20% is allowed).
    '地区生产总值预期增长4.5～5%，居民收入增长5～6%。',
  ],
  invalid: [
    {
      text: '1-2月，全市新增城镇就业1.2万人，同比增长10-20%。',
      errors: [
        { messageId: 'timeSpan', text: '1-2', fix: '1—2' },
        { messageId: 'hyphen', text: '10-20', fix: '10%～20' },
      ],
      output: '1—2月，全市新增城镇就业1.2万人，同比增长10%～20%。',
    },
    {
      text: '力争通过3-5年努力，每年培训新型职业农民2-3万人。',
      errors: [
        { messageId: 'hyphen', text: '3-5', fix: '3～5' },
        { messageId: 'hyphen', text: '2-3', fix: '2万～3' },
      ],
      output: '力争通过3～5年努力，每年培训新型职业农民2万～3万人。',
    },
    {
      text: '地区生产总值增长4.5～5%，投资规模9～16亿元。',
      errors: [{ messageId: 'dropped', text: '9～16亿', fix: '9亿～16亿' }],
    },
    {
      // A span of years is a start and an end in time (GB/T 15834—2011 4.13.3.2): 一字线.
      text: '编制完成《国土空间总体规划（2023-2035年）》，完成2021-2030年妇女儿童发展纲要编制。',
      errors: [
        { messageId: 'timeSpan', text: '2023-2035', fix: '2023—2035' },
        { messageId: 'timeSpan', text: '2021-2030', fix: '2021—2030' },
      ],
      output: '编制完成《国土空间总体规划（2023—2035年）》，完成2021—2030年妇女儿童发展纲要编制。',
    },
  ],
});
