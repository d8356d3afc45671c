import { check, documentFromText } from '../../src/core';
import {
  PlacementError,
  placeSection,
  placeSubsection,
  type SectionPlacement,
} from '../../src/templates';

/** A short speech as it might stand in Word, written for this test. */
const speech = [
  '同志们：', // 0
  '今天，我们召开全县人社工作会议，主要任务是部署今年的重点工作。下面，我讲两点意见：', // 1
  '一、统一思想，提高认识', // 2
  '要把思想统一到县委的决策部署上来。', // 3
  '二、突出重点，狠抓落实', // 4
  '（一）抓好就业工作', // 5
  '要千方百计稳定和扩大就业。', // 6
  '（二）抓好社保工作', // 7
  '要持续扩大社会保险覆盖面。', // 8
  '同志们，让我们真抓实干，奋力完成全年目标任务！', // 9
  '谢谢大家！', // 10
];

/** Applies a placement the way the Word adapter does, for checking the result. */
function apply(texts: readonly string[], placement: SectionPlacement): string[] {
  const out = [...texts];
  for (const edit of placement.edits) {
    const text = out[edit.paragraph] as string;
    expect(text.slice(edit.offset, edit.offset + edit.find.length)).toBe(edit.find);
    out[edit.paragraph] =
      text.slice(0, edit.offset) + edit.replacement + text.slice(edit.offset + edit.find.length);
  }
  out.splice(placement.after + 1, 0, ...placement.paragraphs.map((p) => p.text));
  return out;
}

const newSection = {
  heading: '加强领导，强化保障',
  blocks: ['各单位主要负责同志要亲自抓、负总责。'],
};

test('a section added in the last section goes before the closing, numbered three, and the count says 三', () => {
  const placement = placeSection(speech, 8, newSection);
  expect(placement.number).toBe(3);
  expect(placement.after).toBe(8);
  const result = apply(speech, placement);
  expect(result[1]).toContain('下面，我讲三点意见：');
  expect(result.slice(9, 12)).toEqual([
    '三、加强领导，强化保障',
    '各单位主要负责同志要亲自抓、负总责。',
    '同志们，让我们真抓实干，奋力完成全年目标任务！',
  ]);
  expect(check(documentFromText(result.join('\n')), { today: '2026-03-01' }).findings).toEqual([]);
});

test('a section added inside the first one goes after it; later sections are renumbered', () => {
  const placement = placeSection(speech, 3, newSection);
  expect(placement.number).toBe(2);
  const result = apply(speech, placement);
  expect(result.filter((t) => /^[一二三四]、/.test(t))).toEqual([
    '一、统一思想，提高认识',
    '二、加强领导，强化保障',
    '三、突出重点，狠抓落实',
  ]);
  expect(result[1]).toContain('我讲三点意见');
  expect(check(documentFromText(result.join('\n')), { today: '2026-03-01' }).findings).toEqual([]);
});

test('a （一）-level block follows its neighbours and renumbers later ones in the same section only', () => {
  const sub = { heading: '抓好人才工作', blocks: ['要大力引进急需紧缺人才。'] };
  const placement = placeSubsection(speech, 6, sub);
  expect(placement.number).toBe(2);
  const result = apply(speech, placement);
  expect(result.filter((t) => /^（[一二三四]）/.test(t))).toEqual([
    '（一）抓好就业工作',
    '（二）抓好人才工作',
    '（三）抓好社保工作',
  ]);
  expect(result[1]).toContain('我讲两点意见');
  expect(check(documentFromText(result.join('\n')), { today: '2026-03-01' }).findings).toEqual([]);
});

test('a （一）-level block at the end of the last section goes before the closing', () => {
  const placement = placeSubsection(speech, 8, {
    heading: '抓好人才工作',
    blocks: ['要大力引进急需紧缺人才。'],
  });
  expect(placement.after).toBe(8);
  expect(placement.paragraphs[0]?.text).toBe('（三）抓好人才工作');
  expect(placement.edits).toEqual([]);
});

test('a （一）-level block needs a section around the cursor', () => {
  expect(() => placeSubsection(speech, 1, { heading: '甲', blocks: ['乙。'] })).toThrow(
    PlacementError,
  );
});

test('in an empty document a section becomes 一、', () => {
  const placement = placeSection([''], 0, newSection);
  expect(placement.paragraphs[0]?.text).toBe('一、加强领导，强化保障');
  expect(placement.after).toBe(0);
});
