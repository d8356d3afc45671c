/**
 * Numbers typed as text (GB/T 9704: 一、 （一）), the counts a speech announces (三点意见),
 * and the update of a stated count when a section is added. Word's list numbering cannot
 * produce these forms, so the library renders them itself.
 */

import { formatChineseNumeral, parseChineseNumeral } from '../core/text/numerals';

export { parseChineseNumeral };

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  return formatChineseNumeral(n);
}

/** The count as spoken before a measure word: 两点意见, not 二点意见. */
export function countWord(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}

export function sectionNumber(n: number): string {
  return `${chineseNumeral(n)}、`;
}

export function subsectionNumber(n: number): string {
  return `（${chineseNumeral(n)}）`;
}

/** Replaces `{n}` in a template with the count in words. */
export function fillCount(template: string, n: number): string {
  return template.replaceAll('{n}', countWord(n));
}

const SECTION_HEADING = /^([一二三四五六七八九十]+)、/u;
const SUBSECTION_HEADING = /^（([一二三四五六七八九十]+)）/u;

/** The number of a top-level heading (一、 → 1), or undefined. */
export function sectionHeadingNumber(text: string): number | undefined {
  const m = SECTION_HEADING.exec(text);
  return m ? parseChineseNumeral(m[1] as string) : undefined;
}

/** The number of a second-level heading (（二） → 2), or undefined. */
export function subsectionHeadingNumber(text: string): number | undefined {
  const m = SUBSECTION_HEADING.exec(text);
  return m ? parseChineseNumeral(m[1] as string) : undefined;
}

/** 讲三点意见 / 谈两点体会 / 强调四个方面 / 提三点要求: the announced count of sections. */
// 讲三点意见, 谈两点认识, 作三点表态, 从四个方面汇报, 分四个部分, 有三项议程, 体会主要有三点.
const STATED_COUNT =
  /(?<verb>讲|谈|提|强调|说|作|从|分|有)(?<count>[一二两三四五六七八九十]+)(?<unit>点|项|个方面|方面|个部分)(?<noun>意见|要求|体会|看法|想法|认识|表态|议程|的意见|的要求)?/u;

export interface StatedCount {
  /** UTF-16 offset of the numeral in the paragraph. */
  offset: number;
  length: number;
  count: number;
}

/** Finds the stated count of sections in a paragraph such as 下面，我讲三点意见： */
export function findStatedCount(text: string): StatedCount | undefined {
  const m = STATED_COUNT.exec(text);
  if (!m?.groups) return undefined;
  const count = parseChineseNumeral(m.groups.count as string);
  if (count === undefined) return undefined;
  return {
    offset: m.index + (m.groups.verb as string).length,
    length: (m.groups.count as string).length,
    count,
  };
}

/** The paragraph with its stated count set to `count` (三点意见 → 四点意见), or unchanged. */
export function updateStatedCount(text: string, count: number): string {
  const stated = findStatedCount(text);
  if (!stated) return text;
  return (
    text.slice(0, stated.offset) + countWord(count) + text.slice(stated.offset + stated.length)
  );
}
