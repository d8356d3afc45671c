import { countMismatch } from '../../../src/core/rules/count/mismatch';
import { ruleTester, runRule } from '../../helpers/ruleTester';

const lines = (...l: string[]) => l.join('\n');

ruleTester(countMismatch, {
  valid: [
    lines('下面，我讲三点意见。', '一、统一思想', '二、突出重点', '三、狠抓落实'),
    '重点要把握三个方面：一要提升站位，二要突出重点，三要把握节点。',
    lines(
      '奋力发起三大攻坚行动。',
      '（一）项目建设攻坚行动。',
      '（二）招商引资攻坚行动。',
      '（三）营商环境攻坚行动。',
    ),
    '做到“三个确保”，即确保全员参加；确保排名前列；确保取得实效。',
    '牢固树立“两个坚持”：“坚持人民至上”“坚持问题导向”。',
    // Not counts, or counts followed by prose.
    lines('下面，我讲以下几点意见。', '一、统一思想', '二、突出重点'),
    lines(
      '今年我们取得了三个方面的成绩，主要是就业、社保和人才工作都有新进展。',
      '一、统一思想',
      '二、突出重点',
    ),
    '全县发起三大攻坚行动，取得了明显成效。一是项目建设提速，二是营商环境改善。',
    lines('全年培训用时三个月。', '一、统一思想', '二、突出重点'),
    lines('深入学习贯彻党的二十大精神。', '一、统一思想', '二、突出重点'),
    // An annex numbered again from 一 is not part of the announced points.
    lines(
      '下面，我讲两点意见。',
      '一、统一思想',
      '二、狠抓落实',
      '附件：重点任务清单',
      '一、项目建设',
      '二、招商引资',
      '三、民生实事',
    ),
    // A run that itself skips is enum/sequence's finding, not a count mismatch.
    '重点要把握三个方面：一要提升站位，二要突出重点，四要把握节点。',
    // The count is followed by a different, later run.
    '我讲两点意见。今年任务很重，关键在落实：一是抓项目，二是抓招商，三是抓服务。',
  ],
  invalid: [
    {
      text: '如何抓好落实，我认为重点要把握三个方面：一要提升站位。二要突出重点。三要把握节点。四要常态督查。',
      errors: [
        {
          messageId: 'mismatch',
          paragraph: 0,
          offset: 15,
          length: 4,
          text: '三个方面',
          fix: '四个方面',
        },
      ],
      output:
        '如何抓好落实，我认为重点要把握四个方面：一要提升站位。二要突出重点。三要把握节点。四要常态督查。',
    },
    {
      name: 'three points announced, four top-level sections',
      text: lines(
        '同志们：',
        '下面，我讲三点意见。',
        '一、统一思想',
        '二、突出重点',
        '三、狠抓落实',
        '四、强化保障',
        '同志们，让我们共同努力。',
      ),
      errors: [{ messageId: 'mismatch', paragraph: 1, text: '三点', fix: '四点' }],
    },
    {
      name: 'ten actions announced, nine （一）…（九）',
      text: lines(
        '奋力发起十大攻坚行动。',
        ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map(
          (n) => `（${n}）奋力发起第${n}项攻坚行动。`,
        ),
        '三、强化担当',
      ),
      errors: [{ messageId: 'mismatch', text: '十大', fix: '九大' }],
    },
    {
      name: 'the counting form 两 for two',
      text: lines(
        '实现上述目标，需要重点抓好以下三个方面的工作：',
        '（一）稳就业。',
        '（二）保民生。',
      ),
      errors: [{ messageId: 'mismatch', paragraph: 0, text: '三个方面', fix: '两个方面' }],
    },
    {
      name: 'a colon-introduced run in the next paragraphs',
      text: lines(
        '存在的问题主要有四个方面：',
        '一是就业结构性矛盾突出。',
        '二是社保扩面难度加大。',
        '三是人才总量偏少。',
      ),
      errors: [{ messageId: 'mismatch', text: '四个方面', fix: '三个方面' }],
    },
    {
      name: '“三个确保” followed by two: suggest only, the term may be right',
      text: '做到“三个确保”，即确保全员参加；确保取得实效。',
      errors: [{ messageId: 'mismatch', text: '三个', fix: null, suggestions: ['两个'] }],
    },
    {
      name: 'quoted items after a colon',
      text: '牢固树立“三个坚持”：“坚持人民至上”“坚持问题导向”。',
      errors: [{ messageId: 'mismatch', text: '三个', suggestions: ['两个'] }],
    },
  ],
});

describe('count/mismatch message', () => {
  it('says what was stated and what follows', () => {
    const [finding] = runRule(countMismatch, {
      text: '重点要把握三个方面：一要提升站位，二要突出重点，三要把握节点，四要常态督查。',
    });
    expect(finding?.message).toBe('文中称“三个方面”，其后实际列了四项（一要……四要）');
  });
});
