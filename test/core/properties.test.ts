/**
 * Property tests: on arbitrary paragraphs (any Unicode, and speech-like text made of the pieces
 * rules look at) the engine never throws, every finding lies inside its paragraph with `text`
 * equal to the slice, and the output is deterministic.
 */
import fc from 'fast-check';
import { check, type SpeechDocument } from '../../src/core';

const speechPieces = [
  '同志们：',
  '下面，我讲三点意见：',
  '一、',
  '二、',
  '四、',
  '（一）',
  '（三）',
  '(二)',
  '1.',
  '（1）',
  '2、',
  '一是',
  '二是',
  '四是',
  '一要',
  '三要',
  '首先',
  '其次',
  '最后',
  '第一',
  '第三',
  '三个方面',
  '四个',
  '两个维护',
  '二个维护',
  '“',
  '”',
  '（',
  '）',
  '《',
  '》',
  '【',
  '】',
  '。。',
  '，，',
  ',',
  ';',
  ':',
  '?',
  '!',
  '(',
  ')',
  'X万人',
  '全X',
  '***',
  'XX书记',
  '某某',
  '____',
  '20xx年',
  '2019年',
  '2022年工作任务',
  '今年是2020年',
  '于5月20日前',
  '年底前',
  '第一季度',
  '迎接党的二十大',
  '十三五',
  '新冠肺炎',
  '建党100周年',
  '改革开放40周年',
  '来来',
  '人人',
  '农民工工资',
  '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！',
  '来源：',
  '仅供参考',
  '工作',
  '扎实',
  '推进',
  '的',
  '，',
  '。',
  '\t',
  ' ',
  '😀',
  '\u000b',
  'SIYB',
  'GDP',
  '1+N+X',
  '数据要素×',
];

const speechLike = fc
  .array(fc.constantFrom(...speechPieces), { maxLength: 25 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  speechLike,
);

const paragraph = fc.record(
  {
    text: anyText,
    style: fc.constantFrom('Normal', 'Heading 1', 'Heading 2', '标题 1'),
    outlineLevel: fc.integer({ min: 1, max: 9 }),
    listLabel: fc.constantFrom('一、', '二、', '（一）', '（二）', '1.', '（1）', '3.'),
    listLevel: fc.integer({ min: 0, max: 3 }),
  },
  { requiredKeys: ['text'] },
);

const documents = fc
  .array(paragraph, { maxLength: 30 })
  .map((paragraphs): SpeechDocument => ({ paragraphs }));
const dates = fc.constantFrom('2019-12-31', '2021-07-01', '2023-01-08', '2024-03-01', '2026-11-21');

describe('engine properties', () => {
  it('never throws; findings lie inside their paragraph and text is the slice', () => {
    fc.assert(
      fc.property(documents, dates, (doc, date) => {
        const result = check(doc, { today: date });
        for (const f of result.findings) {
          const text = doc.paragraphs[f.paragraph]?.text;
          expect(text).toBeDefined();
          expect(f.offset + f.length).toBeLessThanOrEqual((text as string).length);
          expect(f.text).toBe((text as string).slice(f.offset, f.offset + f.length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(documents, dates, (doc, date) => {
        expect(check(doc, { today: date })).toEqual(check(structuredClone(doc), { today: date }));
      }),
      { numRuns: 100 },
    );
  });
});
