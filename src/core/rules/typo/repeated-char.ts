/**
 * typo/repeated-char: an accidentally doubled Han character (从时间来来看). Precision first: a
 * doubled character is left alone when it is a real reduplication (人人, 认认真真, 一项项), a
 * numeral (十五五, 一一), part of a longer run (行行行), or two words meeting at a word boundary
 * (农民工工资, 工作作风, 共产党党和国家) per the boundary table or the runtime's word dictionary
 * (Intl.Segmenter: 低空|空域, 集团|团结; 可可盖, 乐融融 as one word).
 */
import { defineRule } from '../../engine/rule';
import { tableOf } from '../../data/table';
import type { RuleReport } from '../../engine/types';
import { insideBookTitle } from '../../date/clause';
import { isChineseNumeral, isCommonSurname, isHan } from '../../text/cjk';
import { matchesOf } from '../../text/patterns';
import { wordRanges } from '../../text/words';
import { reduplicationsTable, wordBoundariesTable, type WordBoundary } from './tables';

export interface RepeatedCharLexicon {
  reduplications: readonly string[];
  boundaries: ReadonlyMap<string, WordBoundary>;
}

// The phrases that hold each character, per loaded table: a doubled character is then checked
// against the few phrases that can cover it, not the whole table.
const phrasesByChar = new WeakMap<readonly string[], Map<string, string[]>>();

function phrasesWith(phrases: readonly string[], ch: string): readonly string[] {
  let index = phrasesByChar.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      for (const unit of new Set(phrase.split(''))) {
        const list = index.get(unit);
        if (list) list.push(phrase);
        else index.set(unit, [phrase]);
      }
    }
    phrasesByChar.set(phrases, index);
  }
  return index.get(ch) ?? [];
}

function coveredByPhrase(text: string, at: number, phrases: readonly string[]): boolean {
  const ch = text[at] as string;
  for (const phrase of phrasesWith(phrases, ch)) {
    // The doubled pair must sit inside an occurrence of the phrase.
    for (let k = phrase.indexOf(ch); k >= 0; k = phrase.indexOf(ch, k + 1)) {
      const start = at - k;
      if (start >= 0 && text.startsWith(phrase, start) && at + 2 <= start + phrase.length)
        return true;
    }
  }
  return false;
}

function isBoundary(text: string, at: number, entry: WordBoundary | undefined): boolean {
  if (!entry) return false;
  const endsHere = entry.ends.some(
    (w) => w === entry.char || text.startsWith(w, at + 1 - w.length),
  );
  const startsHere = entry.starts.some((w) => w === entry.char || text.startsWith(w, at + 1));
  return endsHere && startsHere;
}

/**
 * Words the runtime's dictionary makes up across a slip (落实实到位 → 落实|实到|位): not words a
 * writer uses, so they never show that a doubled character is two words meeting.
 */
const ODD_DICTIONARY_WORDS = new Set(['实到']);

/** Whether `at` lies inside “…” of at most six characters: a quoted term, not running text. */
function insideShortQuote(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || at - open > 6) return false;
  const close = text.indexOf('”', at);
  return close > at && close - open - 1 <= 6 && !text.slice(open, close).includes('”');
}

/** Characters of context the segmenter sees on each side of a doubled pair. */
const SEGMENT_WINDOW = 8;

function lastWordLength(text: string): number {
  const ranges = wordRanges(text);
  const last = ranges?.[ranges.length - 1];
  return last ? last[1] - last[0] : 0;
}

function firstWordLength(text: string): number {
  const first = wordRanges(text)?.[0];
  return first ? first[1] - first[0] : 0;
}

/** Characters that are words on their own (要|推|推进 is a slip after 要, not a broken name). */
const WORD_ON_ITS_OWN =
  /[要的了是在和与及把对从将为也都就还被让使向于以而并或不很更最再又才只已正各每该此其之等着过地得个们我你他她它这那有无没会能可应须需]/u;

/**
 * What the runtime's word dictionary says about the pair at `at`: one word holding both copies
 * (可可盖, 乐融融, 兢兢业业) or two words of two or more characters meeting there (低空|空域,
 * 集团|团结, 会议|议题) when the boundary table has no entry for the character. A slip leaves a
 * one-character word on one side (推|推进, 要|要, 来|来看).
 */
function endsLongWord(
  ranges: [number, number][],
  leftIndex: number,
  second: number,
  window: string,
): boolean {
  const leftWord = ranges[leftIndex];
  return (
    (leftWord !== undefined && leftWord[1] === second && leftWord[1] - leftWord[0] >= 2) ||
    lastWordLength(window.slice(0, second)) >= 2
  );
}

function dictionarySaysFine(
  text: string,
  at: number,
  curated: boolean,
  startsKnown: boolean,
): boolean {
  const from = Math.max(0, at - SEGMENT_WINDOW);
  const window = text.slice(from, at + 2 + SEGMENT_WINDOW);
  const ranges = wordRanges(window);
  if (!ranges) return false;
  const first = at - from;
  const second = first + 1;
  if (ranges.some(([s, e]) => s <= first && e >= second + 1)) return true;
  const leftIndex = ranges.findIndex(([s, e]) => s <= first && e > first);
  const rightIndex = ranges.findIndex(([s, e]) => s <= second && e > second);
  const leftWord = ranges[leftIndex];
  const rightWord = ranges[rightIndex];
  // A name or term the dictionary lacks falls apart into single characters (艾|滋|病|病毒,
  // 中|煤|煤炭, 客运|量|双|双): a copy standing alone right after such a fragment is part of it.
  const fragment = (index: number) => {
    const r = ranges[index];
    return (
      r !== undefined &&
      r[1] - r[0] === 1 &&
      isHan(window[r[0]]) &&
      !WORD_ON_ITS_OWN.test(window[r[0]] as string)
    );
  };
  if (fragment(leftIndex) && fragment(leftIndex - 1)) return true;
  // Two content characters each standing alone (客运量|双|双, 产业|链|链|主, 市|市|监局) are a
  // reduplication or an abbreviation; a slip doubles a word of its own (要|要, 的|的).
  if (fragment(leftIndex) && fragment(rightIndex)) return true;
  // Where the boundary table lists the words after a character, a listed word settles it
  // (超收|收入, 寄宿生|生活); a word it lacks still goes to the dictionary below, since no table
  // lists every word (汽车|车路云, 消费品|品质).
  if (curated && startsKnown && endsLongWord(ranges, leftIndex, second, window)) return true;
  // The dictionary's odd words (落实|实到|位 for 落实实到位) are no evidence of a word after.
  if (rightWord !== undefined && ODD_DICTIONARY_WORDS.has(window.slice(rightWord[0], rightWord[1])))
    return false;
  // The whole window, and each side alone: the dictionary's longest match on one side can swallow
  // the other side's first character.
  const leftLong =
    (leftWord !== undefined && leftWord[1] === second && leftWord[1] - leftWord[0] >= 2) ||
    lastWordLength(window.slice(0, second)) >= 2;
  const rightLong =
    (rightWord !== undefined && rightWord[0] === second && rightWord[1] - rightWord[0] >= 2) ||
    firstWordLength(window.slice(second)) >= 2;
  if (!leftLong) return false;
  if (rightLong) return true;
  // A word ends at the first copy and the second stands alone (国库|库|款, 新四军|军|部 — words the
  // dictionary lacks — or 推进|进|改革, a slip). Take the second copy out: a slip leaves whole
  // words or a pause after the first (推进|改革, 推进|。); a real word leaves a stray character
  // (国库|款), which shows the second copy belonged to the word after.
  return leavesStray(window, second);
}

/** Whether `window` without the character at `at` has a lone content character there. */
function leavesStray(window: string, at: number): boolean {
  const repaired = window.slice(0, at) + window.slice(at + 1);
  const ranges = wordRanges(repaired);
  const next = ranges?.find(([s, e]) => s <= at && e > at);
  if (!next || next[1] - next[0] !== 1) return false;
  const ch = repaired[at] as string;
  return isHan(ch) && !WORD_ON_ITS_OWN.test(ch);
}

/** 市市通高铁, 村村通, 校校通: every place or unit reached. */
function isDistributive(text: string, at: number): boolean {
  return text[at + 2] === '通';
}

/** 广汕汕高铁, 京沪沪昆铁路: two abbreviated place names joined into a route's name. */
const ROUTE_AFTER = /^\p{Script=Han}{0,2}?(?:高铁|高速|铁路|城际|客专|动车|公路|快速路|轨道)/u;

function isRouteName(text: string, at: number): boolean {
  return isHan(text[at - 1]) && ROUTE_AFTER.test(text.slice(at + 2, at + 8));
}

/** 认认真真 (AABB), 一项项 (一 + reduplicated measure word) and 稳稳地 (AA地). */
function isPatternedReduplication(text: string, at: number): boolean {
  const aabbAfter =
    isHan(text[at + 2]) && text[at + 2] === text[at + 3] && text[at + 2] !== text[at];
  const aabbBefore =
    isHan(text[at - 1]) && text[at - 1] === text[at - 2] && text[at - 1] !== text[at];
  // 稳稳地做、实实地干: an AA地 adverb.
  return (
    aabbAfter ||
    aabbBefore ||
    text[at - 1] === '一' ||
    text[at + 2] === '地' ||
    inParallelReduplication(text, at)
  );
}

/** 出出主意、动动嘴皮: another reduplicated verb one clause away shows the style is deliberate. */
function inParallelReduplication(text: string, at: number): boolean {
  const after = text.slice(at + 2, at + 9);
  const before = text.slice(Math.max(0, at - 7), at);
  return (
    /^[^、，,。；]{1,3}[、，,](\p{Script=Han})\1/u.test(after) ||
    /(\p{Script=Han})\1[^、，,。；]{1,3}[、，,]$/u.test(before)
  );
}

const AFTER_NAME = /^(?:同志|书记|主任|局长|老师|同学|教授|先生|女士|等)/u;

/** 范玲玲、王冰冰同志: a surname and a reduplicated given name, before a pause or a title. */
function isReduplicatedName(text: string, at: number): boolean {
  if (!isCommonSurname(text[at - 1])) return false;
  return !isHan(text[at + 2]) || AFTER_NAME.test(text.slice(at + 2));
}

/**
 * A UTF-16 unit of a block with Han characters, twice: every unit `isHan` accepts lies in these
 * blocks (radicals, 々〇, Hangzhou numerals, Extension A, the unified and compatibility ideographs).
 */
export const DOUBLED_HAN_BLOCK_UNIT =
  /([\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\1/g;

/** Offsets of doubled characters in `text` that look like typos. */
export function findRepeatedChars(text: string, lexicon: RepeatedCharLexicon): number[] {
  const found: number[] = [];
  // Only a doubled unit can be reported; the pattern finds those without a loop over every unit.
  // A pair inside a longer run is never looked at on its own: the run is skipped at its start.
  const pairs = matchesOf(DOUBLED_HAN_BLOCK_UNIT, text);
  let next = 0;
  for (let i = 0; i < pairs.length; i++) {
    let at = (pairs[i] as RegExpExecArray).index;
    if (at < next) continue;
    next = at + 1;
    const ch = text[at] as string;
    if (!isHan(ch)) continue;
    // Runs of three or more (三百六十行行行出状元) are deliberate.
    if (text[at - 1] === ch || text[at + 2] === ch) {
      while (text[at + 1] === ch) at++;
      next = at + 1;
      continue;
    }
    if (isChineseNumeral(ch)) continue;
    // A title in 《》 is a name as published (民族歌剧《柳柳州》); a short coinage in quotation
    // marks is written on purpose (坚定孩子“科学学”的清醒).
    if (insideBookTitle(text, at) || insideShortQuote(text, at)) continue;
    if (coveredByPhrase(text, at, lexicon.reduplications)) continue;
    if (isPatternedReduplication(text, at) || isReduplicatedName(text, at)) continue;
    const boundary = lexicon.boundaries.get(ch);
    if (isBoundary(text, at, boundary)) continue;
    const startsKnown =
      boundary !== undefined && boundary.starts.some((w) => w !== ch && text.startsWith(w, at + 1));
    if (isRouteName(text, at) || isDistributive(text, at)) continue;
    if (dictionarySaysFine(text, at, boundary !== undefined, startsKnown)) continue;
    found.push(at);
  }
  return found;
}

export const typoRepeatedChar = defineRule({
  id: 'typo/repeated-char',
  title: { zh: '重复字', en: 'Doubled character' },
  description: {
    zh: '同一个字误打了两遍（从时间来来看）。真正的叠词（人人、层层、认认真真）和两个词相接处的重字（农民工工资、工作作风）不算。',
    en: 'A character typed twice by accident (从时间来来看). Real reduplications (人人, 层层, 认认真真) and two words meeting (农民工工资, 工作作风) are not flagged.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    repeated: {
      zh: '“{text}”疑似多打了一个“{char}”。',
      en: '"{text}" looks like "{char}" typed twice.',
    },
  },
  defaultOptions: {},
  tables: [reduplicationsTable, wordBoundariesTable],
  check(doc, ctx) {
    const lexicon = ctx.shared('typo/repeated-char/lexicon', (): RepeatedCharLexicon => ({
      reduplications: tableOf(ctx, reduplicationsTable),
      boundaries: new Map(tableOf(ctx, wordBoundariesTable).map((e) => [e.char, e])),
    }));
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const at of findRepeatedChars(p.text, lexicon)) {
        const char = p.text[at] as string;
        reports.push({
          paragraph,
          offset: at,
          length: 2,
          messageId: 'repeated',
          data: { text: char + char, char },
          suggestions: [char],
        });
      }
    });
    return reports;
  },
});
