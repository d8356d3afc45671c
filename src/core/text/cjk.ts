/** Character classes the lexical rules share: Han characters, CJK punctuation, Latin, digits. */
import { matchesOf } from './patterns';

const HAN = /^\p{Script=Han}$/u;
// The answer for each UTF-16 unit, filled in on first sight (0 unknown, 1 Han, 2 not Han): the
// lexical rules ask about every character of a document, and a table lookup beats a regex test.
const hanByUnit = new Uint8Array(0x10000);

/** A Han (Chinese) character, simplified or traditional. */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length !== 1) return HAN.test(ch);
  const unit = ch.charCodeAt(0);
  let known = hanByUnit[unit];
  if (known === 0) {
    known = HAN.test(ch) ? 1 : 2;
    hanByUnit[unit] = known;
  }
  return known === 1;
}

/** Full-width Chinese punctuation and brackets (GB/T 15834), including quotes and the dash/ellipsis. */
const CJK_PUNCT = new Set('，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—·～％');

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT.has(ch);
}

/** Han or CJK punctuation: the neighbours that make a mark "Chinese context". */
export function isChineseContext(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** A-Z or a-z. */
export function isAsciiLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const lower = ch.charCodeAt(0) | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** 0-9 or the full-width ０-９. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const unit = ch.charCodeAt(0);
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0xff10 && unit <= 0xff19);
}

/** Chinese numerals, including the zero forms 〇 and ○ used in years (二○二四年). */
export const CHINESE_NUMERALS = '〇○零一二三四五六七八九十百千万亿两';

export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && CHINESE_NUMERALS.includes(ch);
}

/** Common surnames, for names such as 李某某 (anonymised) and 范玲玲 (a reduplicated given name). */
const COMMON_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

export function isCommonSurname(ch: string | undefined): boolean {
  return ch !== undefined && COMMON_SURNAMES.has(ch);
}

/** Spans of URLs, e-mail addresses and domain names, where ASCII punctuation is normal. */
export function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re =
    /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu)(?:\/[\x21-\x7e]*)?/g;
  for (const m of matchesOf(re, text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function insideSpans(spans: ReadonlyArray<[number, number]>, index: number): boolean {
  return spans.some(([start, end]) => index >= start && index < end);
}
