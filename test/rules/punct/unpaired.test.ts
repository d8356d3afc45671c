import { punctUnpaired } from '../../../src/core/rules/punct/unpaired';
import { ruleTester, runRule } from '../../helpers/ruleTester';

ruleTester(punctUnpaired, {
  valid: [
    // A dateline broken over two lines (fourth unseen set, dev third).
    '关于2018年财政预算执行情况的报告\n（2018年1月26日在岚城乡第十六届\n人民代表大会第二次会议上）\n各位代表：',
    '深入开展“我为群众办实事”实践活动，认真学习《中华人民共和国劳动合同法》（2012年修正）。',
    '【典型案例】某县“一窗受理”改革成效明显。',
    '根据《关于进一步做好稳就业工作的通知》（人社部发〔2024〕12号）要求，抓好落实。',
    '“（一）”和“（二）”是第二层级的序号。',
    {
      name: 'a quotation over several paragraphs: “ opens each, ” closes the last',
      text: [
        '总书记强调：“要坚持以人民为中心的发展思想，',
        '“要把人民群众的小事当作自己的大事，',
        '“从人民群众关心的事情做起。”',
      ].join('\n'),
    },
    '1）完善工作台账',
    '（二)健全工作机制，这个序号由 heading/marker 报告。',
    '(三）强化工作保障',
  ],
  invalid: [
    {
      text: '三是多层次推进“三大计划。认真实施招聘计划。',
      errors: [{ messageId: 'unclosed', text: '“', offset: 7 }],
    },
    {
      text: '落实“放管服”改革（简称“放管服”，着力优化营商环境。',
      errors: [{ messageId: 'unclosed', text: '（' }],
    },
    {
      text: '认真学习《条例，持续推进作风建设】。',
      errors: [
        { messageId: 'unclosed', text: '《' },
        { messageId: 'unopened', text: '】' },
      ],
    },
    {
      name: 'reversed quotation marks',
      text: '要大力弘扬”工匠精神“，培养更多大国工匠。',
      errors: [{ messageId: 'reversed', text: '”', offset: 5 }],
    },
    {
      name: 'an open quote not followed by a continuing paragraph',
      text: '他说：“我们要干在实处。\n同志们，让我们共同努力。',
      errors: [{ messageId: 'unclosed', paragraph: 0, text: '“' }],
    },
    {
      name: 'a heading broken over two lines',
      text: '（\n三）改革开放持续深化。',
      errors: [{ messageId: 'unclosed', paragraph: 0, text: '（' }],
    },
  ],
});

describe('punct/unpaired messages', () => {
  it('name the marks and show them', () => {
    expect(runRule(punctUnpaired, { text: '推进“三大计划。' }).map((f) => f.message)).toEqual([
      '本段有前引号（“），却没有与之配对的后引号（”）。',
    ]);
    expect(
      runRule(punctUnpaired, { text: '要大力弘扬”工匠精神“。' }).map((f) => f.message),
    ).toEqual(['成对标点前后颠倒：后引号（”）出现在前引号（“）之前。']);
  });
});
