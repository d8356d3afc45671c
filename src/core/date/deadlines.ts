/**
 * Deadlines and scheduled dates in running text: `于5月20日前提交`, `6月底前`, `年底前`,
 * `确保上半年完成`, `到2020年，…`. Each gets the last day it allows; the year comes from the
 * text when it says one, else from `今年/明年`, else from the year the document plans.
 */
import { sentenceAround } from './clause';
import { yearsIn } from './history';
import { endOfMonth, endOfQuarter, isoDate, validIsoDate } from './calendar';
import { parseCount, parseYearDigits } from '../text/numerals';
import { includesAny, matchesOf } from '../text/patterns';

export interface Deadline {
  offset: number;
  length: number;
  /** Last day the deadline allows (ISO). */
  due: string;
  /** Whether the year was written in the text (not inferred). */
  explicitYear: boolean;
}

const YEAR_PART =
  '(?:(\\d{4}|[〇零一二][〇零一二三四五六七八九]{3})年|(今年|明年|次年|去年|上年))?';
const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const BEFORE = '(?:前|之前|以前)';

const PATTERNS: {
  re: RegExp;
  /** Words the pattern cannot match without (one of them): most paragraphs skip the pattern. */
  needs: readonly string[];
  due: (m: RegExpExecArray, year: number) => string | undefined;
}[] = [
  {
    // 5月20日前, 2022年5月20日之前
    needs: ['月'],
    re: new RegExp(`${YEAR_PART}${NUM}月${NUM}日${BEFORE}`, 'gu'),
    due: (m, year) =>
      validIsoDate(year, parseCount(m[3] as string) ?? 0, parseCount(m[4] as string) ?? 0),
  },
  {
    // 6月底前, 6月末之前, 6月份前
    needs: ['月'],
    re: new RegExp(`${YEAR_PART}${NUM}月(?:底|末|份)${BEFORE}`, 'gu'),
    due: (m, year) => {
      const month = parseCount(m[3] as string) ?? 0;
      return month >= 1 && month <= 12 ? endOfMonth(year, month) : undefined;
    },
  },
  {
    // 6月底完成, 9月末全部到位: the month's end as the time of an action
    needs: ['月'],
    re: new RegExp(
      `${YEAR_PART}${NUM}月(?:底|末)(?:以前|之前|前)?(?:全面|全部|基本)?(?:完成|实现|到位|落实|建成|出台|启动|报送|提交|上报)`,
      'gu',
    ),
    due: (m, year) => {
      const month = parseCount(m[3] as string) ?? 0;
      return month >= 1 && month <= 12 ? endOfMonth(year, month) : undefined;
    },
  },
  {
    // 6月中旬前
    needs: ['旬'],
    re: new RegExp(`${YEAR_PART}${NUM}月(上|中|下)旬${BEFORE}`, 'gu'),
    due: (m, year) => {
      const month = parseCount(m[3] as string) ?? 0;
      if (month < 1 || month > 12) return undefined;
      const part = m[4] as string;
      return part === '上'
        ? isoDate(year, month, 10)
        : part === '中'
          ? isoDate(year, month, 20)
          : endOfMonth(year, month);
    },
  },
  {
    // 2021年底前, 年底前 (the latter is this year's, never past on its own)
    needs: ['年底', '年末'],
    re: new RegExp(
      `(?:(\\d{4}|[〇零一二][〇零一二三四五六七八九]{3})|(今年|明年|次年|去年|上年))?年(?:底|末)${BEFORE}`,
      'gu',
    ),
    due: (_m, year) => isoDate(year, 12, 31),
  },
  {
    // 第一季度末前, 上半年前, 二季度之前
    needs: ['季度', '上半年'],
    re: new RegExp(`${YEAR_PART}(第?[一二三四]季度|上半年)(?:末|底)?${BEFORE}`, 'gu'),
    due: (m, year) => periodEnd(m[3] as string, year),
  },
  {
    // 确保上半年完成, 力争一季度全部到位
    needs: ['季度', '上半年'],
    re: new RegExp(
      `(?:确保|力争|争取|务必|必须|要在|须在)(?:在)?${YEAR_PART}(第?[一二三四]季度|上半年)(?:内|末)?(?:全面|全部|基本)?(?:完成|实现|到位|落实|建成|出台|启动)`,
      'gu',
    ),
    due: (m, year) => periodEnd(m[3] as string, year),
  },
];

/** 到2020年，… / 到2020年底: a target year. */
const TARGET_YEAR = /(?<![截])(?:到|至)(\d{4})年(?:底|末)?(?=[，,]|时|要|将|力争|基本|全面|实现)/gu;

function periodEnd(period: string, year: number): string {
  if (period === '上半年') return endOfMonth(year, 6);
  const q = parseCount(period.replace(/^第/u, '').replace('季度', '')) ?? 4;
  return endOfQuarter(year, q);
}

/** A deadline stated as a past fact (`已于5月20日前完成`) is history, not a requirement. */
export function isStatedAsDone(clause: string): boolean {
  return /已|均于|提前|[成交现位报结]了|截至|截止/u.test(clause);
}

export interface DeadlineContext {
  /** The year a deadline without its own year belongs to, unless its sentence names another. */
  defaultYear: number;
}

/**
 * The year a deadline without its own year belongs to: the year its sentence names before it
 * (`2023年要…，于5月20日前完成`), else the only year its sentence names, else the default.
 */
function sentenceYear(text: string, start: number, end: number, fallback: number): number {
  let s = start;
  while (s > 0 && !/[。！？；!?;]/u.test(text[s - 1] as string)) s--;
  const before = yearsIn(text.slice(s, start));
  if (before.length > 0) return before[before.length - 1] as number;
  const all = new Set(yearsIn(sentenceAround(text, start, end)));
  return all.size === 1 ? ([...all][0] as number) : fallback;
}

/**
 * `2005年底前注册营运的黄标车`: a date that marks out a group of things (followed by a verb and
 * 的) rather than setting a deadline.
 */
const QUALIFIER_AFTER = /^\p{Script=Han}{1,6}的(?!目标|要求|任务)/u;

/** Every pattern needs one of these: a paragraph with none has no deadline. */
const ANY_NEEDED = ['年', '月', '旬', '季度'];

export function findDeadlines(text: string, context: DeadlineContext): Deadline[] {
  const found: Deadline[] = [];
  if (!includesAny(text, ANY_NEEDED)) return found;
  const taken: [number, number][] = [];
  for (let p = 0; p < PATTERNS.length; p++) {
    const { re, needs, due } = PATTERNS[p] as (typeof PATTERNS)[number];
    if (!includesAny(text, needs)) continue;
    const matches = matchesOf(re, text);
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i] as RegExpExecArray;
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const written = m[1] ? parseYearDigits(m[1]) : undefined;
      const relative = m[2];
      if (relative === '去年' || relative === '上年') continue;
      if (QUALIFIER_AFTER.test(text.slice(end, end + 10))) continue;
      const year =
        written ??
        (relative === '明年' || relative === '次年'
          ? context.defaultYear + 1
          : relative === '今年'
            ? context.defaultYear
            : sentenceYear(text, start, end, context.defaultYear));
      const date = due(m as RegExpExecArray, year);
      if (!date) continue;
      taken.push([start, end]);
      found.push({
        offset: start,
        length: end - start,
        due: date,
        explicitYear: written !== undefined,
      });
    }
  }
  // 到2020年，… / 到2020年底: a target year, meant as future.
  if (!text.includes('年')) return found.sort((a, b) => a.offset - b.offset);
  for (const m of matchesOf(TARGET_YEAR, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    // Only a target told as future counts: `到2020年，要实现…`, not `到2020年底，累计建成…`.
    const rest = sentenceAround(text, start, end).slice(0);
    // 基本 is a target only in `到2035年基本实现…`; `至2024年底，…基本完成` reports the state then.
    const future =
      /要|将|力争|争取|确保|努力|目标|预计|计划/u.test(rest) ||
      (m[0].startsWith('到') && /基本实现|基本建成/u.test(rest));
    if (!future) continue;
    if (isStatedAsDone(rest) || /累计|共有|共计|全部完成/u.test(rest)) continue;
    found.push({
      offset: start,
      length: end - start,
      due: isoDate(Number(m[1]), 12, 31),
      explicitYear: true,
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
