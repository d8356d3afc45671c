/**
 * Placeholders as blanks to fill one by one: each in its sentence, with what it expects
 * (人名/地名/数字/百分比/金额/日期), the blanks that are truly the same (same token in the same
 * phrase, e.g. every 全X in 全X人社系统) and a question when a value does not fit.
 *
 * Numbers are never "the same": two X万元 in one report are two different statistics.
 */
import type { Finding } from '../core';

export function isPlaceholderFinding(finding: Pick<Finding, 'rule'>): boolean {
  return finding.rule.startsWith('placeholder/');
}

export type ExpectedKind = 'person' | 'place' | 'number' | 'percent' | 'money' | 'date' | 'text';

export interface Blank {
  finding: Finding;
  /** The sentence around the blank, cut at sentence ends. */
  before: string;
  after: string;
  expected: ExpectedKind;
  /** Blanks with the same key are the same blank in the same phrase; undefined: unique. */
  sameKey?: string;
}

const SENTENCE_END = /[。！？；!?;]/u;
const CJK = /[\u4e00-\u9fff]/u;

function sentenceAround(text: string, offset: number, length: number) {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] as string)) start--;
  let end = offset + length;
  while (end < text.length && !SENTENCE_END.test(text[end] as string)) end++;
  if (end < text.length) end++;
  return { before: text.slice(start, offset), after: text.slice(offset + length, end) };
}

const PERCENT_AFTER = /^(?:[%％]|个百分点)/u;
const MONEY_AFTER = /^[万亿千百]*元/u;
const DATE_AFTER = /^[年月日号时]/u;
const NUMBER_AFTER =
  /^(?:[万亿千百十]*(?:人次|平方米|公里|公顷|千瓦|[人个家项次名户亩吨倍所条件座台辆套批期届场支]))/u;
const NUMBER_BEFORE =
  /(?:[第共约近达超逾增减降为至了和、]|达到|超过|完成|累计|新增|增长|下降|提高)$/u;
const PERSON_AROUND =
  /^(?:同志|书记|副?(?:县|市|区|省|乡|镇)长|主任|局长|部长|主席|委员|厅长|处长)/u;
const PLACE_AFTER =
  /^(?:[省市县区乡镇村]|委|政府|人大|政协|局|厅|办|部|中心|医院|学校|公司|集团|街道|社区)/u;
const PLACE_BEFORE = /[全本该各在赴]$/u;
const PLACE_TOKEN = /^[全本该各]/u;

/** What the blank stands for, from the words around it. */
export function expectedKind(finding: Finding, before: string, after: string): ExpectedKind {
  if (PERCENT_AFTER.test(after)) return 'percent';
  if (MONEY_AFTER.test(after)) return 'money';
  if (DATE_AFTER.test(after) || /\d{2}$/u.test(before)) return 'date';
  if (PERSON_AROUND.test(after)) return 'person';
  if (finding.rule === 'placeholder/number') return 'number';
  // 全X人社系统: the X is a place even though 人 could be a unit.
  if (PLACE_BEFORE.test(before) || PLACE_TOKEN.test(finding.text)) return 'place';
  if (NUMBER_AFTER.test(after)) return 'number';
  if (PLACE_AFTER.test(after)) return 'place';
  if (NUMBER_BEFORE.test(before) && NUMBER_AFTER.test(after)) return 'number';
  return 'text';
}

/** Up to `n` Chinese characters next to the blank, stopping at punctuation. */
function cjkRun(text: string, n: number, fromEnd: boolean): string {
  const chars = [...(fromEnd ? [...text].reverse() : text)];
  const run: string[] = [];
  for (const c of chars) {
    if (!CJK.test(c) || run.length >= n) break;
    run.push(c);
  }
  return (fromEnd ? run.reverse() : run).join('');
}

/** Names and places followed by the same words (at least 3 characters) are the same blank. */
function sameKeyOf(finding: Finding, expected: ExpectedKind, before: string, after: string) {
  if (finding.rule === 'placeholder/number' || (expected !== 'place' && expected !== 'text'))
    return undefined;
  const right = cjkRun(after, 4, false);
  if (right.length < 3) return undefined;
  return `${finding.text}${right}`;
}

/** The fillable placeholders in document order, each with its sentence and expected kind. */
export function blanksOf(findings: readonly Finding[], paragraphTexts: readonly string[]): Blank[] {
  return findings
    .filter((f) => isPlaceholderFinding(f) && f.length > 0)
    .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
    .map((finding) => {
      const text = paragraphTexts[finding.paragraph] ?? finding.text;
      const { before, after } = sentenceAround(text, finding.offset, finding.length);
      const expected = expectedKind(finding, before, after);
      return {
        finding,
        before,
        after,
        expected,
        sameKey: sameKeyOf(finding, expected, before, after),
      };
    });
}

/** The other blanks that are truly the same as `blank` (same token, same phrase). */
export function sameBlanks(blanks: readonly Blank[], blank: Blank): Blank[] {
  if (blank.sameKey === undefined) return [];
  return blanks.filter((b) => b !== blank && b.sameKey === blank.sameKey);
}

export type ValueQuestion =
  | { kind: 'notNumber'; expected: ExpectedKind }
  | { kind: 'notName'; expected: ExpectedKind }
  | { kind: 'repeats'; text: string };

const NUMERAL =
  /^[约近超逾]?(?:[\d０-９]+(?:[.,，．][\d０-９]+)*|[零〇一二三四五六七八九十百千万亿两半]+)(?:多|余)?$/u;
const DAY_OR_YEAR = /^(?:[\d０-９]{1,4}|[零〇一二三四五六七八九十]+)$/u;

/**
 * Why a value may not fit its blank (a name in a number blank, 全区 after 全, 12% before %),
 * or undefined when it fits. The writer may still fill it: this is a question, not a refusal.
 */
export function questionValue(blank: Blank, value: string): ValueQuestion | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const numeric =
    blank.expected === 'number' || blank.expected === 'percent' || blank.expected === 'money';
  if (numeric && !NUMERAL.test(v.replace(/[%％万亿元]+$/u, ''))) {
    return { kind: 'notNumber', expected: blank.expected };
  }
  if (blank.expected === 'date' && !DAY_OR_YEAR.test(v)) {
    return { kind: 'notNumber', expected: blank.expected };
  }
  if ((blank.expected === 'person' || blank.expected === 'place') && /^[\d０-９.%％]+$/u.test(v)) {
    return { kind: 'notName', expected: blank.expected };
  }
  // The text around already says it: 全 + 全区 → 全全区, 12% + % → 12%%.
  const last = blank.before.at(-1);
  if (last !== undefined && CJK.test(last) && v.startsWith(last))
    return { kind: 'repeats', text: last + v };
  const next = blank.after[0];
  if (next !== undefined && v.endsWith(next)) return { kind: 'repeats', text: v + next };
  return undefined;
}
