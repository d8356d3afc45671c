import type { SpeechDocument } from '../../../src/core';
import { headingMarker } from '../../../src/core/rules/heading/marker';
import { ruleTester } from '../../helpers/ruleTester';

const lines = (...l: string[]) => l.join('\n');

const mixedDoc: SpeechDocument = {
  paragraphs: [
    { text: '总结成绩', listLabel: '一、', listLevel: 0 },
    { text: '部署任务', listLabel: '二、', listLevel: 0 },
    { text: '三、强化保障' },
  ],
};

ruleTester(headingMarker, {
  valid: [
    lines(
      '一、总体要求',
      '（一）指导思想。',
      '1.坚持稳中求进。',
      '（1）稳就业。',
      '十二、坚持和完善党的领导',
    ),
    // The full-width period is accepted by default.
    lines('（一）稳就业', '1．抓好高校毕业生就业。', '2．抓好农民工就业。'),
    // Figures and lists of numbers are not markers.
    lines('1.5万名高校毕业生实现就业。', '一、二、三产业协同发展。'),
    {
      doc: {
        paragraphs: [
          { text: '总结成绩', listLabel: '一、', listLevel: 0 },
          { text: '部署任务', listLabel: '二、', listLevel: 0 },
        ],
      },
    },
  ],
  invalid: [
    {
      text: lines('一.总体要求', '二，重点任务'),
      errors: [
        { messageId: 'wrongForm', paragraph: 0, offset: 0, length: 2, text: '一.', fix: '一、' },
        { messageId: 'wrongForm', paragraph: 1, text: '二，', fix: '二、' },
      ],
      output: lines('一、总体要求', '二、重点任务'),
    },
    {
      text: lines('(一)稳就业。', '（二）、保民生。', '　　1、抓好就业。', '(1)扩大岗位。'),
      errors: [
        { messageId: 'wrongForm', text: '(一)', fix: '（一）' },
        { messageId: 'wrongForm', text: '（二）、', fix: '（二）' },
        { messageId: 'wrongForm', paragraph: 2, offset: 2, length: 2, text: '1、', fix: '1.' },
        { messageId: 'wrongForm', text: '(1)', fix: '（1）' },
      ],
      output: lines('（一）稳就业。', '（二）保民生。', '　　1.抓好就业。', '（1）扩大岗位。'),
    },
    {
      name: 'full-width period when the office requires 1.',
      text: '1．抓好高校毕业生就业。',
      options: { acceptFullwidthPeriod: false },
      errors: [{ messageId: 'wrongForm', text: '1．', fix: '1.' }],
    },
    {
      name: 'typed numbers mixed with Word numbering at one level',
      doc: mixedDoc,
      errors: [{ messageId: 'mixedNumbering', paragraph: 2, text: '三、' }],
    },
    {
      name: 'a number typed after the Word automatic number of the same level',
      doc: {
        paragraphs: [
          { text: '（一）压实主体责任。', listLabel: '（一）', listLevel: 1 },
          { text: '强化督查。', listLabel: '（二）', listLevel: 1 },
        ],
      },
      errors: [
        {
          messageId: 'duplicateNumber',
          paragraph: 0,
          offset: 0,
          length: 3,
          text: '（一）',
          fix: '',
        },
      ],
      output: '压实主体责任。\n强化督查。',
    },
    {
      name: 'a Word list label in the wrong form: no text to fix',
      doc: { paragraphs: [{ text: '抓好就业', listLabel: '1、', listLevel: 2 }] },
      errors: [{ messageId: 'wrongForm', offset: 0, length: 0, fix: null }],
    },
  ],
});
