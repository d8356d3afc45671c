/**
 * In-text ordinals (一是…二是, 一要…二要, 第一…第二, 首先…其次…最后) and the runs they form.
 * Shared by enum/sequence, enum/style and count/mismatch through `ctx.shared(ORDINALS_KEY, …)`.
 *
 * A run lives inside one section: within a paragraph or across consecutive paragraphs, and a
 * heading ends it. Ordinals inside quotation marks or 《》 titles are not part of any run (slogans
 * such as “一要…，二要…” and titles such as 《…第一…》), nor are words that only look like
 * ordinals: 统一是, 第一书记, 第一、第三产业, 一是一、二是二, 三要素, 再次强调, 最后一公里.
 */
import type { SpeechDocument } from '../../engine/types';
import type { Outline } from '../../text/headings';
import { parseChineseNumeral, type OrdinalForm } from '../../text/numerals';
import { matchesOf } from '../../text/patterns';

export type OrdinalFamily = 'numeral' | 'di' | 'sequence-word';

export interface OrdinalToken {
  paragraph: number;
  offset: number;
  length: number;
  /** The ordinal as written: 三是, 第二, 其次. */
  text: string;
  form: OrdinalForm;
  family: OrdinalFamily;
  /** Position it stands for; undefined for 最后, which closes a run at any length. */
  number: number | undefined;
  /** Whether it opens its paragraph (after indentation): an item of the outer list. */
  atStart?: boolean;
}

export type RunProblemKind = 'skip' | 'repeat' | 'backwards';

export interface RunProblem {
  token: OrdinalToken;
  kind: RunProblemKind;
  /** The number that should have come here. */
  expected: number;
  /** The token before it in the run, if any. */
  previous?: OrdinalToken;
}

export interface OrdinalRun {
  family: OrdinalFamily;
  tokens: OrdinalToken[];
  problems: RunProblem[];
}

export const ORDINALS_KEY = 'enum/ordinals';

// What may stand right before an ordinal: start of text, punctuation, space or a closing bracket.
const BOUNDARY = /[\s\u3000。；;：:，,、！!？?）)」』\]】…—]/u;

const NUMERAL_ORDINAL = /([一二三四五六七八九十]{1,2})(是要|是|要)/gu;
const DI_ORDINAL = /第([一二三四五六七八九十]{1,2})(?=[，,：:]|、(?!第)|是)/gu;
const SEQUENCE_WORD = /首先|其次|再次(?=[，,：:是要])|最后(?=[，,：:是要还])/gu;
// Characters that make a word with a following 一: 统一, 唯一, 万一, 第一, 之一, 同一, 逐一 ….
const WORDS_ENDING_IN_ONE = /[统唯万第之同单专划归合初逐纯不如始周星礼拜十其择均惟整]/u;
// 三要素, 四要件, 五要点, 一要求: nouns, not ordinals.
const NOT_AFTER_YAO = /^[素件点求义领务冲塞闻道职员害]/u;

const QUOTE_CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '《': '》',
  '「': '」',
  '‘': '’',
  '"': '"',
};
const QUOTE_OPENER = /[“《「‘"]/g;

/** Ranges inside balanced “…” ‘…’ 《…》 「…」 in one paragraph, where ordinals are quoted, not listed. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Jump from opener to opener; a quotation's inside is skipped whole.
  QUOTE_OPENER.lastIndex = 0;
  for (let m = QUOTE_OPENER.exec(text); m; m = QUOTE_OPENER.exec(text)) {
    const end = text.indexOf(QUOTE_CLOSERS[m[0]] as string, m.index + 1);
    if (end > m.index) {
      ranges.push([m.index, end + 1]);
      QUOTE_OPENER.lastIndex = end + 1;
    }
  }
  return ranges;
}

function inRanges(ranges: Array<[number, number]>, at: number): boolean {
  return ranges.some(([start, end]) => at > start && at < end);
}

function atBoundary(text: string, at: number): boolean {
  return at === 0 || BOUNDARY.test(text[at - 1] as string);
}

/** `二是` after a boundary: what makes a 一是 without a comma before it an ordinal. */
const SECOND_AFTER_BOUNDARY: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['是要', '是', '要'].map((suffix) => [
    suffix,
    new RegExp(`[\\s\u3000。；;：:，,、！!？?]二${suffix}`, 'u'),
  ]),
);

/** Every ordinal token in one paragraph, in text order. */
export function findOrdinals(text: string, paragraph: number): OrdinalToken[] {
  const tokens: OrdinalToken[] = [];
  // Most paragraphs hold no ordinal: the quotations are found only when a candidate needs them.
  let quoted: Array<[number, number]> | undefined;

  const numerals = matchesOf(NUMERAL_ORDINAL, text);
  for (let i = 0; i < numerals.length; i++) {
    const m = numerals[i] as RegExpExecArray;
    const at = m.index;
    const numeral = m[1] as string;
    const suffix = m[2] as string;
    const number = parseChineseNumeral(numeral);
    if (number === undefined || number === 0) continue;
    quoted ??= quotedRanges(text);
    if (inRanges(quoted, at)) continue;
    // 工作一是靠苦干 has no comma before 一是; take it when a 二是 follows at a boundary,
    // unless 一 belongs to the word before (统一是, 之一是, 唯一要).
    const firstWithoutBoundary =
      number === 1 &&
      !atBoundary(text, at) &&
      !WORDS_ENDING_IN_ONE.test(text[at - 1] as string) &&
      (SECOND_AFTER_BOUNDARY[suffix] as RegExp).test(text.slice(at));
    // `…奠定了组织基础二是…` (a full stop lost): the next item of this paragraph's run still counts.
    // Numerals are collected first, so the last token so far is the previous numeral.
    const previous = tokens[tokens.length - 1];
    const nextWithoutBoundary =
      number > 1 &&
      previous?.number === number - 1 &&
      previous.text.endsWith(suffix) &&
      !/[第之唯]/u.test(text[at - 1] as string);
    if (!atBoundary(text, at) && !firstWithoutBoundary && !nextWithoutBoundary) continue;
    const after = text.slice(at + m[0].length);
    if (suffix === '要' && NOT_AFTER_YAO.test(after)) continue;
    // 三是要素流动: 三是 before the noun 要素, not the ordinal 三是要.
    if (suffix === '是要' && NOT_AFTER_YAO.test(after)) {
      tokens.push({
        paragraph,
        offset: at,
        length: numeral.length + 1,
        text: `${numeral}是`,
        form: 'shi',
        family: 'numeral',
        number,
      });
      continue;
    }
    // 一是一、二是二 is an idiom; 一是一体化推进 is the ordinal 一是 before 一体化.
    if (suffix.startsWith('是') && new RegExp(`^${numeral}(?:[、，,。；;”’」]|$)`, 'u').test(after))
      continue;
    const form: OrdinalForm = suffix === '是要' ? 'shiyao' : suffix === '是' ? 'shi' : 'yao';
    tokens.push({
      paragraph,
      offset: at,
      length: m[0].length,
      text: m[0],
      form,
      family: 'numeral',
      number,
    });
  }
  const dis = matchesOf(DI_ORDINAL, text);
  for (let i = 0; i < dis.length; i++) {
    const m = dis[i] as RegExpExecArray;
    const number = parseChineseNumeral(m[1] as string);
    if (number === undefined || number === 0 || !atBoundary(text, m.index)) continue;
    quoted ??= quotedRanges(text);
    if (inRanges(quoted, m.index)) continue;
    tokens.push({
      paragraph,
      offset: m.index,
      length: m[0].length,
      text: m[0],
      form: 'di',
      family: 'di',
      number,
    });
  }
  const words = matchesOf(SEQUENCE_WORD, text);
  for (let i = 0; i < words.length; i++) {
    const m = words[i] as RegExpExecArray;
    if (!atBoundary(text, m.index)) continue;
    quoted ??= quotedRanges(text);
    if (inRanges(quoted, m.index)) continue;
    const word = m[0];
    const number = word === '首先' ? 1 : word === '其次' ? 2 : word === '再次' ? 3 : undefined;
    tokens.push({
      paragraph,
      offset: m.index,
      length: word.length,
      text: word,
      form: 'sequence-word',
      family: 'sequence-word',
      number,
    });
  }
  const indent = /^[\s\u3000]*/u.exec(text)?.[0].length ?? 0;
  for (const token of tokens) if (token.offset === indent) token.atStart = true;
  return tokens.length > 1 ? tokens.sort((a, b) => a.offset - b.offset) : tokens;
}

/** Groups tokens of one section into runs and records where a run skips, repeats or runs backwards. */
function runsOfSection(tokens: readonly OrdinalToken[]): OrdinalRun[] {
  const runs: OrdinalRun[] = [];
  const open: OrdinalRun[] = [];
  // The number a run's last item stands for when it was a slip (一要 二要 三要 三要 五要: the
  // second 三要 stands for 四), so the item after a slip is judged from what was meant.
  const meant = new Map<OrdinalRun, number>();
  const setAside = new Set<OrdinalRun>();
  const lastToken = (run: OrdinalRun) => run.tokens[run.tokens.length - 1] as OrdinalToken;
  const lastNumber = (run: OrdinalRun) => lastToken(run).number ?? 0;
  // The number of the last item that opened a paragraph, per run: `二是…（a sub-list 二是、三是 in
  // its paragraph）` then a paragraph opening with 三是 continues the outer list.
  const lastAtStart = new Map<OrdinalRun, number>();
  // Only when that paragraph holds a list of its own (a number again at or below its opening one):
  // `二是…。三是…` then a paragraph `三是` is a repeat, not a sub-list.
  const heldSubList = (run: OrdinalRun) => {
    const opening = [...run.tokens].reverse().find((t) => t.atStart);
    return (
      opening?.number !== undefined &&
      run.tokens.some(
        (t) =>
          t !== opening &&
          t.paragraph === opening.paragraph &&
          t.number !== undefined &&
          t.number <= (opening.number as number),
      )
    );
  };
  const follows = (run: OrdinalRun, n: number, token?: OrdinalToken) =>
    lastNumber(run) === n - 1 ||
    meant.get(run) === n - 1 ||
    (token?.atStart === true && lastAtStart.get(run) === n - 1 && heldSubList(run));
  const start = (token: OrdinalToken, problems: RunProblem[] = []) => {
    const started: OrdinalRun = { family: token.family, tokens: [token], problems };
    runs.push(started);
    open.push(started);
    if (token.atStart && token.number !== undefined) lastAtStart.set(started, token.number);
  };
  const record = (run: OrdinalRun, token: OrdinalToken, kind: RunProblemKind, expected: number) => {
    run.problems.push({ token, kind, expected, previous: lastToken(run) });
    run.tokens.push(token);
    meant.set(run, expected);
  };

  for (const token of tokens) {
    const family = token.family;
    const sameFamily = open.filter((r) => r.family === family);
    if (family === 'sequence-word') {
      const run = sameFamily[sameFamily.length - 1];
      if (token.number === 1) {
        start(token);
      } else if (run) {
        const last = lastNumber(run);
        if (token.number === undefined) {
          run.tokens.push(token);
          open.splice(open.indexOf(run), 1); // 最后 closes the run
        } else if (token.number === last) record(run, token, 'repeat', last + 1);
        else if (token.number > last + 1) record(run, token, 'skip', last + 1);
        else run.tokens.push(token);
      }
      // 其次 or 最后 with no 首先 before it is ordinary prose.
      continue;
    }

    const n = token.number as number;
    if (n === 1) {
      // A new 一是 in a later paragraph sets aside a finished run of the same form (results
      // 一是…五是, a paragraph, then another 一是…): the two are separate lists. The older run
      // may still take its own next item (a sub-list in the paragraph of 二是, then 三是), but
      // never another list's slip.
      for (const r of sameFamily)
        if (
          r.tokens.length > 1 &&
          r.tokens[0]?.form === token.form &&
          lastToken(r).paragraph < token.paragraph
        )
          setAside.add(r);
      start(token);
      continue;
    }
    const continuing = sameFamily.filter((r) => follows(r, n, token));
    const active = continuing.filter((r) => !setAside.has(r));
    const pick = (list: OrdinalRun[]) =>
      [...list].reverse().find((r) => r.tokens[0]?.form === token.form) ?? list.at(-1);
    const target = pick(active) ?? pick(continuing);
    if (target) {
      target.tokens.push(token);
      meant.delete(target);
      setAside.delete(target);
      if (token.atStart) lastAtStart.set(target, n);
      continue;
    }
    // A slip belongs to the latest run written the same way; a run in another form joins it only
    // in the same paragraph (一要…二要…一是…四是 is the 是 run's slip, not the 要 run's).
    const candidates = sameFamily.filter((r) => !setAside.has(r));
    const sameForm = [...candidates].reverse().find((r) => r.tokens[0]?.form === token.form);
    const nearby = candidates.at(-1);
    const fallback =
      sameForm ?? (nearby && lastToken(nearby).paragraph === token.paragraph ? nearby : undefined);
    if (!fallback) {
      // 名列第六、第七 is a ranking, not a list: only 一是/一要 runs are expected to start at 一.
      if (family === 'di') continue;
      // A run that starts at 二 or later: its first item is missing.
      start(token, [{ token, kind: 'skip', expected: 1 }]);
      continue;
    }
    const last = meant.get(fallback) ?? lastNumber(fallback);
    const kind: RunProblemKind =
      n === lastNumber(fallback) ? 'repeat' : n < last ? 'backwards' : 'skip';
    record(fallback, token, kind, last + 1);
  }
  return runs;
}

/** All ordinal runs of a document, section by section (a heading ends every open run). */
export function findOrdinalRuns(doc: SpeechDocument, outline: Outline): OrdinalRun[] {
  const runs: OrdinalRun[] = [];
  let section: OrdinalToken[] = [];
  // Plain loops rather than push(...spread): called once per paragraph, mostly with nothing.
  const flush = () => {
    if (section.length === 0) return;
    const sectionRuns = runsOfSection(section);
    for (let i = 0; i < sectionRuns.length; i++) runs.push(sectionRuns[i] as OrdinalRun);
    section = [];
  };
  doc.paragraphs.forEach((p, index) => {
    if (outline.isHeading(index)) flush();
    const tokens = findOrdinals(p.text, index);
    for (let i = 0; i < tokens.length; i++) section.push(tokens[i] as OrdinalToken);
  });
  flush();
  return runs;
}
