import type { SpeechDocument } from '../../../src/core';
import { headingSequence } from '../../../src/core/rules/heading/sequence';
import { ruleTester, runRule } from '../../helpers/ruleTester';

const lines = (...l: string[]) => l.join('\n');

const listDoc: SpeechDocument = {
  paragraphs: [
    { text: '坚持稳中求进，扎实做好全年工作', listLabel: '一、', listLevel: 0 },
    { text: '稳住经济基本盘。', listLabel: '（一）', listLevel: 1 },
    { text: '抓好重大项目建设。', listLabel: '（二）', listLevel: 1 },
    { text: '强化要素保障，增强发展后劲', listLabel: '二、', listLevel: 0 },
    // Word continued the list instead of restarting it under the new parent.
    { text: '保障用地需求。', listLabel: '（三）', listLevel: 1 },
    { text: '保障资金需求。', listLabel: '（四）', listLevel: 1 },
  ],
};

ruleTester(headingSequence, {
  valid: [
    // A plan's items numbered straight through its sections (fifth unseen set, dev third).
    lines(
      '一、德育为首',
      '1．加强师德师风建设',
      '2．继承优良育人传统',
      '二、教学为主',
      '3．全面贯彻教育方针',
      '4．完善竞赛管理机制',
      '三、管理为重',
      '5．加强管理团队建设',
      '6．实施依法治校方略',
    ),
    // Fourth unseen set's held-back third: item 4 run into the paragraph of item 3.
    lines(
      '（一）2018年支出安排',
      '1.安排办公费支出35万元；',
      '2.安排差旅费支出12万元；',
      '3.安排会议费6万元；4.安排征迁工作经费20万元；',
      '5.安排环境卫生整治费支出200万元；',
      '6.安排创城支出费用30万元。',
    ),
    // Fourth unseen set, dev third: a second 一、 mid-section, with the level below carrying on
    // from the first (（一）（二） 一、 （三）): not a restart the text meant.
    lines(
      '一、2018年财政预算执行情况',
      '（一）2018年财政收入执行情况',
      '全年财政总收入769.99万元。',
      '（二）2018年财政支出执行情况',
      '一、公共财政预算支出',
      '1.一般公共服务支出451.74万元。',
      '2.农林水事务支出177.1万元。',
      '（三）2018年财政收支平衡情况',
      '二、2019年财政预算草案',
      '（一）收入预算',
      '（二）支出预算',
    ),
    lines(
      '一、统一思想认识',
      '（一）把握形势。',
      '（二）明确任务。',
      '二、突出工作重点',
      '（一）抓项目。',
      '（二）抓招商。',
      '三、强化组织保障',
    ),
    lines(
      '一、总体要求',
      '1.坚持稳中求进。',
      '2.坚持问题导向。',
      '二、重点任务',
      '（一）稳就业。',
      '1.抓好高校毕业生就业。',
      '2.抓好农民工就业。',
      '（二）保民生。',
    ),
    // A title wrapped onto the next line does not break the sequence.
    lines(
      '（一）经济运行稳中有进。',
      '（二）产业发展提质增效。',
      '（',
      '三）改革开放持续深化。',
      '（四）城乡发展更趋协调。',
    ),
    lines('一、深入学习贯彻党的二十大精神，', '全面推动高质量发展', '二、狠抓工作落实'),
    // A second top-level series: the year in review, then the points for this year.
    lines(
      '一、抓发展',
      '二、抓改革',
      '下面，我就今年工作讲两点意见。',
      '一、坚定信心',
      '二、突出重点',
    ),
    {
      name: 'glossary items whose titles start with figures (3.2026年…, 4.5+2…)',
      text: lines(
        '1.“物流一张网”平台：整合全省物流资源的公共信息平台。',
        '2.“1+N”帮扶政策体系：指省级统筹、多方参与的帮扶机制。',
        '3.2026年10件民生实事：包括就业创业、养老托育等方面。',
        '4.5+2就业之家：覆盖省、市、县、乡、村五级和园区、高校。',
        '5.“百县争锋”：以县为单位开展的群众性体育赛事。',
      ),
    },
    {
      name: 'a compilation of reports, each under 1. 姓名（职务） with its own 一、二、',
      text: lines(
        '2023年度领导班子成员述职报告',
        '1. 王建国（党组书记、局长）',
        '现将一年来的履职情况报告如下。',
        '一、加强理论学习，提高政治站位',
        '二、聚焦主责主业，推动工作落实',
        '三、严守纪律规矩，保持清正廉洁',
        '2. 刘晓梅（党组成员、副局长）',
        '一、履职尽责情况',
        '（一）抓好规划编制。',
        '（二）抓好项目服务。',
        '二、存在的不足',
        '三、下一步打算',
        '3. 陈志强（党组成员、副局长）',
        '一、主要工作',
        '二、存在问题和努力方向',
      ),
    },
    {
      name: 'a compilation whose reports hold their own 1. 2. 3. lists',
      text: lines(
        '1. 王建国（党组书记、局长）',
        '一、主要工作',
        '二、存在的不足',
        '当然，工作中还存在一些不足：',
        '1.调查研究还不够深入。',
        '2.抓落实的办法还不够多。',
        '3.学习的系统性还不够强。',
        '2. 刘晓梅（党组成员、副局长）',
        '一、履职尽责情况',
        '1.抓好规划编制。',
        '2.抓好项目服务。',
        '二、下一步打算',
        '3. 陈志强（党组成员、副局长）',
        '一、主要工作',
        '二、努力方向',
      ),
    },
    {
      name: 'a list that restarts at 1. after its own lead-in paragraph',
      text: lines(
        '一、主要工作成效',
        '1.经济运行稳中有进。',
        '2.改革开放持续深化。',
        '3.民生保障更加有力。',
        '当然，工作中还存在一些不足：',
        '1.经济总量不大，产业结构不优。',
        '2.民生领域还有不少短板。',
        '3.少数干部担当意识不强。',
        '二、下一步工作安排',
      ),
    },
    {
      name: 'an unconventional ladder (一、 → 1. → （一）) judged level by level as written',
      text: lines(
        '一、关于今年的重点工作',
        '1.抓好项目建设。',
        '（一）加快重大项目开工。',
        '（二）强化要素保障。',
        '2.抓好招商引资。',
        '（一）开展产业链招商。',
        '（二）优化营商环境。',
        '3.抓好安全生产。',
        '二、关于作风建设',
        '1.转变工作作风。',
        '2.严格督查问责。',
      ),
    },
    {
      name: 'Word list labels that restart correctly',
      doc: {
        paragraphs: [
          { text: '总结成绩', listLabel: '一、', listLevel: 0 },
          { text: '就业稳中有进。', listLabel: '（一）', listLevel: 1 },
          { text: '部署任务', listLabel: '二、', listLevel: 0 },
          { text: '稳就业。', listLabel: '（一）', listLevel: 1 },
        ],
      },
    },
  ],
  invalid: [
    {
      text: lines('一、统一思想认识', '二、突出工作重点', '四、强化组织保障'),
      errors: [
        {
          messageId: 'skip',
          paragraph: 2,
          offset: 0,
          length: 2,
          text: '四、',
          suggestions: ['三、'],
        },
      ],
    },
    {
      name: 'a repeated （二） is reported once and the next heading judged from （三）',
      text: lines(
        '一、工作回顾',
        '（一）就业形势稳定。',
        '（二）社保扩面提质。',
        '（二）人才工作加强。',
        '（四）劳动关系和谐。',
      ),
      errors: [{ messageId: 'repeat', paragraph: 3, text: '（二）', suggestions: ['（三）'] }],
    },
    {
      name: 'under one parent, starting again at （一） is a slip',
      text: lines('一、重点任务', '（一）抓项目。', '（二）抓招商。', '（一）抓服务。'),
      errors: [{ messageId: 'backwards', paragraph: 3, text: '（一）', suggestions: ['（三）'] }],
    },
    {
      text: lines('（一）抓项目。', '（二）抓招商。', '（三）抓服务。', '（二）抓落实。'),
      errors: [{ messageId: 'backwards', paragraph: 3, text: '（二）' }],
    },
    {
      name: '（三） continuing under a new 二、',
      text: lines(
        '一、工作回顾',
        '（一）就业形势稳定。',
        '（二）社保扩面提质。',
        '二、工作安排',
        '（三）稳就业。',
        '（四）保民生。',
      ),
      errors: [
        { messageId: 'notRestarted', paragraph: 4, text: '（三）', suggestions: ['（一）'] },
      ],
    },
    {
      name: 'a section that starts at （二）',
      text: lines('一、工作回顾', '（二）社保扩面提质。', '（三）人才工作加强。'),
      errors: [{ messageId: 'skip', paragraph: 1, text: '（二）', suggestions: ['（一）'] }],
    },
    {
      name: 'a level-3 skip under （一）, indented with ideographic spaces',
      text: lines('（一）稳就业', '　　1.抓好高校毕业生就业。', '　　3.抓好困难群体就业。'),
      errors: [{ messageId: 'skip', paragraph: 2, offset: 2, length: 2, text: '3.' }],
    },
    {
      name: 'a skip inside an unconventional ladder is still reported, once',
      text: lines(
        '一、关于今年的重点工作',
        '1.抓好项目建设。',
        '（一）加快重大项目开工。',
        '（二）强化要素保障。',
        '2.抓好招商引资。',
        '（一）开展产业链招商。',
        '（二）优化营商环境。',
        '4.抓好安全生产。',
      ),
      errors: [{ messageId: 'skip', paragraph: 7, text: '4.', suggestions: ['3.'] }],
    },
    {
      name: 'a compilation whose second report repeats the first number',
      text: lines(
        '1. 王建国（党组书记、局长）',
        '一、加强理论学习',
        '二、推动工作落实',
        '1. 刘晓梅（党组成员、副局长）',
        '一、履职尽责情况',
        '二、存在的不足',
        '3. 陈志强（党组成员、副局长）',
        '一、主要工作',
        '二、努力方向',
      ),
      errors: [{ messageId: 'repeat', paragraph: 3, text: '1.', suggestions: ['2.'] }],
    },
    {
      name: 'an automatic list number that does not restart: offset 0, length 0',
      doc: listDoc,
      errors: [{ messageId: 'notRestarted', paragraph: 4, offset: 0, length: 0, suggestions: [] }],
    },
  ],
});

describe('heading/sequence messages', () => {
  it('name the number found and the number expected', () => {
    const [finding] = runRule(headingSequence, { text: lines('一、统一思想', '三、狠抓落实') });
    expect(finding?.message).toBe('标题序号跳号：此处为“三、”，按顺序应为“二、”');
  });
});
