import { countMismatch } from '../../../src/core/rules/count/mismatch';
import { ruleTester, runRule } from '../../helpers/ruleTester';

const lines = (...l: string[]) => l.join('\n');

ruleTester(countMismatch, {
  valid: [
    lines('下面，我讲三点意见。', '一、统一思想', '二、突出重点', '三、狠抓落实'),
    // The last quoted item after 以及 (fifth unseen set, dev third).
    '搭建“五种载体”：“名师导航”、“课堂观摩”、“走进经典”、“思想碰撞”以及“案例课题”，带动理论学习。',
    // The count is of the items under the first heading (second unseen set's held-back third).
    lines(
      '一年来，全局比较圆满地完成各项任务。工作成效主要体现在以下三个方面。',
      '一、2022年财政金融工作完成情况',
      '（一）全力以赴抓好组织收入',
      '（二）锚定重点做好财金服务',
      '（三）与时俱进提升管理水平',
      '二、2023年重点工作安排',
      '（一）抓紧抓实财源建设',
      '（二）科学优化支出结构',
    ),
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
    // A count that names things instead of announcing the list after it.
    '今年我们建立了三项制度，即例会制度、督办制度和考核制度。落实中要做到：一是抓督办，二是抓考核。',
    '坚决做到“两个维护”，一是对党绝对忠诚，二是敢于担当作为，三是始终清正廉洁。',
    // The nearer count is the one the list answers; 其中 lists only some of the items.
    '全年出台稳经济20条措施，主要包括五个方面：一是稳投资，二是促消费，三是稳外贸，四是保就业，五是防风险。',
    '全年完成12项重点改革任务，其中：一是深化国企改革，二是推进“放管服”改革。',
    // 以下 ending a sentence whose next paragraph is prose, not a list.
    lines(
      '今后五年，要着力推进以下十个方面重点任务。',
      '我们要坚定信心，一是一、二是二，实事求是。',
    ),
    // An excerpt that stops after the first section: one heading is not a list of one.
    lines(
      '下面，从四个方面向大会报告工作。',
      '一、回顾2021年，城管工作交出满意答卷',
      '（一）城市形象在精细管理中持续提升。',
    ),
    // A large figure followed by a few kinds of items is not a count of them.
    '今年将推进20项重点改革：一是深化国资国企改革，二是深化财税金融改革，三是深化农村改革。',
    // 规模以上 is a size, not a summary of the items before it.
    '一是工业增长较快，二是服务业回升，三是消费回暖，四是外贸稳定。规模以上3个行业增加值增长超过10%。',
    // A summary after a list with a list nested in its first item.
    '我谈三点体会：一是要坚定理想信念，具体要做到一要读原著，二要悟原理；二是要勤于学习；三是要敢于担当。以上三点体会，与大家共勉。',
    {
      name: '以上四点意见 in the last sub-section sums up the four top-level sections',
      text: lines(
        '一、提高站位',
        '二、突出重点',
        '三、强化担当',
        '四、健全机制',
        '1.把鲜明导向树起来。',
        '2.为担当的干部撑腰。',
        '以上四点意见，与大家作个交流。',
      ),
    },
  ],
  invalid: [
    {
      name: '三方面问题 without 个, followed by four sections',
      text: lines(
        '下面讲三方面问题。',
        '一、统一思想认识',
        '二、突出工作重点',
        '三、强化组织保障',
        '四、改进工作作风',
      ),
      errors: [{ messageId: 'mismatch', paragraph: 0, text: '三方面', fix: '四方面' }],
    },
    {
      name: '以下四种意识 followed by three',
      text: '党员干部要牢固树立以下四种意识：一要树立大局意识，二要树立责任意识，三要树立服务意识。',
      errors: [{ messageId: 'mismatch', text: '四种', fix: '三种' }],
    },
    {
      name: '“四字诀” followed by five: suggest, the term may be right',
      text: '抓落实要把握“四字诀”：一要快，二要准，三要实，四要严，五要新。',
      errors: [{ messageId: 'mismatch', text: '四字诀', fix: null, suggestions: ['五字诀'] }],
    },
    {
      name: 'an Arabic count keeps Arabic figures in the fix',
      text: '会议部署了8项重点任务：一是抓项目，二是抓招商，三是抓改革，四是抓开放，五是抓创新，六是抓民生，七是抓安全，八是抓党建，九是抓作风。',
      errors: [{ messageId: 'mismatch', offset: 5, text: '8项', fix: '9项' }],
    },
    {
      name: 'a count from 十一 up',
      text: lines(
        '今年重点抓好以下十一个方面工作：',
        ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map(
          (n) => `（${n}）扎实推进第${n}方面工作。`,
        ),
      ),
      errors: [{ messageId: 'mismatch', paragraph: 0, text: '十一个方面', fix: '十个方面' }],
    },
    {
      name: '以下三点。 then 第一… 第二… in the paragraphs after it',
      text: lines(
        '做好今年政府工作，要把握好以下三点。',
        '第一，稳定宏观经济政策。继续实施积极的财政政策。',
        '财政政策要加力增效。',
        '第二，保持稳增长与调结构的平衡。',
      ),
      errors: [{ messageId: 'mismatch', paragraph: 0, text: '三点', fix: '两点' }],
    },
    {
      name: 'a count followed by dash paragraphs',
      text: lines(
        '实现上述目标，要重点把握好四个方面。',
        '——坚定信心、用好优势、应对挑战。',
        '——深刻领悟规律性认识，从实际出发、按规律办事。',
        '——树立和践行正确政绩观。',
        '今年要重点抓好以下工作。',
      ),
      errors: [{ messageId: 'mismatch', text: '四个方面', fix: null, suggestions: ['三个方面'] }],
    },
    {
      name: '以上三点体会 after four',
      text: '我谈几点体会：一是要坚定信念，二是要勤于学习，三是要敢于担当，四是要廉洁自律。以上三点体会，与大家共勉。',
      errors: [{ messageId: 'mismatchBefore', text: '三点', fix: null, suggestions: ['四点'] }],
    },
    {
      name: '以上三个方面 in the closing part after four sections',
      text: lines(
        '一、统一思想认识',
        '二、突出工作重点',
        '三、强化组织保障',
        '四、改进工作作风',
        '以上三个方面的工作，请大家认真抓好落实。',
      ),
      errors: [{ messageId: 'mismatchBefore', paragraph: 4, text: '三个方面' }],
    },
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
