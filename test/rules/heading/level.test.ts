import { headingLevel } from '../../../src/core/rules/heading/level';
import { ruleTester } from '../../helpers/ruleTester';

const lines = (...l: string[]) => l.join('\n');

ruleTester(headingLevel, {
  valid: [
    lines(
      '一、总体要求',
      '（一）指导思想。',
      '（二）目标任务。',
      '1.到2025年，基础设施明显改善。',
      '2.到2030年，全面实现现代化。',
      '二、重点任务',
    ),
    // 1. directly under 一、 in a section with no （一） is a common, accepted shortening.
    lines(
      '一、提高站位',
      '1、这是践行初心使命的内在要求。',
      '2、这是推动高质量发展的必然要求。',
      '二、狠抓落实',
    ),
    // A lone 1. or （1） is often a one-item list inside a passage.
    lines('（一）稳就业', '1.抓好重点群体就业。', '（二）保民生', '（1）提高低保标准。'),
    // A single top-level heading with nothing under it is not an outline level.
    lines('同志们：', '一、关于下一步工作，我再强调几点。'),
    {
      name: 'a compilation numbering its reports above their 一、 is not a ladder slip',
      text: lines(
        '1. 王建国（党组书记、局长）',
        '一、加强理论学习',
        '二、推动工作落实',
        '2. 刘晓梅（党组成员、副局长）',
        '一、履职尽责情况',
        '二、存在的不足',
      ),
    },
    {
      name: 'one 1. … （一） under a section is a slip, not the document’s ladder',
      text: lines(
        '一、关于今年的重点工作',
        '（一）抓好项目建设。',
        '（二）抓好招商引资。',
        '1.开展产业链招商。',
        '2.优化营商环境。',
        '二、关于作风建设',
        '（一）转变工作作风。',
        '（二）严格督查问责。',
      ),
    },
    {
      name: 'an excerpt that stops inside its first section is not judged for lone levels',
      text: lines(
        '同志们：',
        '今天召开局系统工作会议，下面，从四个方面向大会报告工作。',
        '一、回顾2021年，城管工作交出满意答卷',
        '一年来，局系统上下凝心聚力、攻坚克难。',
        '（一）城市形象在精细管理中持续提升。城市三分在建、七分在管。',
      ),
    },
    {
      name: 'a list after its lead-in, before the section’s （一）',
      text: lines(
        '一、2024年工作回顾',
        '一年来，主要做了以下工作：',
        '1.稳住了经济基本盘。',
        '2.办好了十件民生实事。',
        '（一）经济运行稳中有进。',
        '（二）民生保障持续加强。',
        '二、2025年工作安排',
      ),
    },
  ],
  invalid: [
    {
      name: 'an unconventional ladder (1. over （一）) gets one warning where it first shows',
      text: lines(
        '一、关于今年的重点工作',
        '1.抓好项目建设。',
        '（一）加快重大项目开工。',
        '（二）强化要素保障。',
        '2.抓好招商引资。',
        '（一）开展产业链招商。',
        '（二）优化营商环境。',
        '二、关于作风建设',
        '1.转变工作作风。',
        '（一）改进会风文风。',
        '（二）严格督查问责。',
      ),
      errors: [{ messageId: 'ladder', paragraph: 2, text: '（一）' }],
    },
    {
      text: lines('一、工作回顾', '（1）就业形势稳定。', '（2）社保扩面提质。', '二、工作安排'),
      errors: [{ messageId: 'skipsLevels', paragraph: 1, text: '（1）' }],
    },
    {
      name: '1. before the first （一） of its section',
      text: lines(
        '一、工作回顾',
        '1.就业形势稳定。',
        '2.社保扩面提质。',
        '（一）人才工作加强。',
        '（二）劳动关系和谐。',
        '二、工作安排',
      ),
      errors: [{ messageId: 'beforeSecondLevel', paragraph: 1, text: '1.' }],
    },
    {
      name: 'a lone （一） under a section',
      text: lines(
        '一、工作回顾',
        '（一）就业形势稳定。',
        '二、工作安排',
        '（一）稳就业。',
        '（二）保民生。',
      ),
      errors: [{ messageId: 'lone', paragraph: 1, text: '（一）' }],
    },
    {
      name: 'a lone 一、 that has sub-headings',
      text: lines('一、2025年工作安排', '（一）稳就业。', '（二）保民生。'),
      errors: [{ messageId: 'lone', paragraph: 0, text: '一、' }],
    },
  ],
});
