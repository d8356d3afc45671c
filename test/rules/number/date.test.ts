import { numberDate } from '../../../src/core/rules/number/date';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberDate, {
  valid: [
    '2024年3月1日，全县召开经济工作会议。',
    '二〇二四年三月一日',
    '根据国发〔2020〕1号和〔2023〕5号文件精神，3号楼于5月1日交付。',
    '请各单位于3月5日前报送第3号工作简报。',
    '我在基层工作了22年，先后在3个乡镇任职。',
    '2024年第一季度，全市经济运行总体平稳。',
  ],
  invalid: [
    {
      text: '2022年三月，县委召开全会。',
      errors: [{ messageId: 'mixed', text: '2022年三月' }],
    },
    {
      text: '二○二二年十二月三十日',
      errors: [{ messageId: 'zero', text: '二○二二', fix: '二〇二二' }],
      output: '二〇二二年十二月三十日',
    },
    {
      text: '二零二三年一月五日',
      errors: [{ messageId: 'zero', text: '二零二三', fix: '二〇二三' }],
    },
    {
      text: '会议定于3月15号召开，请于3月10号前报名。',
      errors: [
        { messageId: 'hao', text: '号', fix: '日' },
        { messageId: 'hao', text: '号', fix: '日' },
      ],
      output: '会议定于3月15日召开，请于3月10日前报名。',
    },
    {
      text: '２０２４年３月１日',
      errors: [
        { messageId: 'fullWidth', text: '２０２４', fix: '2024' },
        { messageId: 'fullWidth', text: '３', fix: '3' },
        { messageId: 'fullWidth', text: '１', fix: '1' },
      ],
    },
    {
      text: '22年3月以来，项目建设明显提速。',
      errors: [{ messageId: 'twoDigitYear', text: '22年', suggestions: ['2022年', '1922年'] }],
    },
  ],
});
