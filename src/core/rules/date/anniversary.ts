/**
 * date/anniversary: `N周年` of a known event that does not fit the speech year
 * (`改革开放40周年` is right only in 2018). A mention of a past celebration
 * (`在庆祝改革开放40周年大会上的讲话`) or one dated in its own sentence is not flagged. Any other
 * `建校N周年`, `成立N周年`, `诞辰N周年` is checked against the founding or birth year the speech
 * itself gives (`学校始建于1958年`); offices add their own events to the table.
 */
import { parseCount, sentenceAround, yearsIn } from '../../date';
import { anniversariesTable, type Anniversary } from '../../data/anniversaries';
import { tableOf } from '../../data/table';
import { defineRule } from '../../engine/rule';
import type { RuleReport, SpeechDocument } from '../../engine/types';
import { anyText, includesAny, matchesOf } from '../../text/patterns';
import { phrasePattern, requiredText, sectionsOf } from './shared';

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–999 in Chinese as used in anniversaries: 七十五, 一百, 一百一十. */
export function chineseCount(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += CN_DIGITS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : CN_DIGITS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += CN_DIGITS[ones];
  return out;
}

interface CompiledEvent {
  entry: Anniversary;
  re: RegExp;
  /** Text every match of `re` holds (one of them): the needed part of a name. */
  needs: string[];
}

interface CompiledTable {
  events: CompiledEvent[];
  /** Matches wherever a needed part of any name occurs: a paragraph it misses has nothing to report. */
  anyName: RegExp;
}

/** Every pattern ends in 周年 or 百年: a paragraph with neither is skipped at once. */
const ANNIVERSARY_WORDS = ['周年', '百年'];

const compiled = new WeakMap<readonly Anniversary[], CompiledTable>();

function compile(entries: readonly Anniversary[]): CompiledTable {
  const cached = compiled.get(entries);
  if (cached) return cached;
  const events = entries.map((entry): CompiledEvent => {
    const names = [...entry.names]
      .sort((a, b) => b.length - a.length)
      .map(phrasePattern)
      .join('|');
    return {
      entry,
      re: new RegExp(
        `(?:${names})[”"’]?(\\d{1,3}|[一二三四五六七八九十百零]+)周年|(?:${names})(百年)`,
        'gu',
      ),
      needs: entry.names.map(requiredText),
    };
  });
  const out = { events, anyName: anyText(events.flatMap((e) => e.needs)) };
  compiled.set(entries, out);
  return out;
}

/** Words that put the anniversary in the present: 今年是…, 值此…之际, 今天我们隆重集会. */
const NOW_CUE = /今年|正值|值此|恰逢|欣逢|今天|隆重集会/u;
const CURRENT_CUE = /今年|正值|值此|恰逢|欣逢|今天|隆重集会|喜迎|迎来|之际/u;
const PAST_EVENT_AFTER =
  /^[”"’]?(?:大会|纪念大会|庆祝大会|座谈会|重要讲话|讲话|期间|时|前夕|活动中)/u;

/** Whether a count that lands in `anniversaryYear` is told as this year's (and so can be wrong). */
function toldAsThisYear(
  text: string,
  start: number,
  end: number,
  anniversaryYear: number,
  speechYear: number,
  inReview: boolean,
): boolean {
  // A review section recounts past years: an earlier anniversary there is history (a 2026 report
  // reviewing the five years that celebrated 新中国成立75周年 in 2024).
  if (inReview && anniversaryYear < speechYear) return false;
  const sentence = sentenceAround(text, start, end);
  if (yearsIn(sentence).includes(anniversaryYear)) return false;
  if (/明年/u.test(sentence) && anniversaryYear === speechYear + 1) return false;
  if (/去年/u.test(sentence) && anniversaryYear === speechYear - 1) return false;
  // Only a count the sentence presents as this year's is checked; past celebrations are history.
  const cue = anniversaryYear > speechYear ? NOW_CUE : CURRENT_CUE;
  if (!cue.test(sentence)) return false;
  if (
    anniversaryYear < speechYear &&
    PAST_EVENT_AFTER.test(text.slice(end)) &&
    !NOW_CUE.test(sentence)
  )
    return false;
  return true;
}

/**
 * `建校65周年`, `成立30周年`, `诞辰120周年` of whatever the speech is about: checked against the
 * year the speech itself gives (`学校始建于1958年`, `生于1898年`), when it gives one.
 */
const GENERIC =
  /(建校|建院|建馆|建厂|建所|建站|建局|建县|建市|建区|建镇|建园|建社|建团|建队|办学|成立|创刊|开馆|创建|创办|组建|诞辰)(\d{1,3}|[一二三四五六七八九十百零]+)周年/gu;
const FOUNDED_IN =
  /(?:始建|创建|创办|组建|成立|建立|创立|兴建|设立|建校|建院|诞生|出生|生)于(\d{4})年|(\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:建校|创办|始建|成立|组建|建院|创建|诞生|出生)/gu;
const LIFESPAN = /[（(](\d{4})(?:年)?[—–\-－~～至](?:\d{4})(?:年)?[）)]/gu;

interface StatedYear {
  paragraph: number;
  offset: number;
  year: number;
  birth: boolean;
}

function statedYears(doc: SpeechDocument): StatedYear[] {
  const found: StatedYear[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    if (!/\d{4}/u.test(p.text)) return;
    for (const m of matchesOf(FOUNDED_IN, p.text)) {
      const year = Number(m[1] ?? m[2]);
      found.push({ paragraph, offset: m.index, year, birth: /生/u.test(m[0]) });
    }
    for (const m of matchesOf(LIFESPAN, p.text))
      found.push({ paragraph, offset: m.index, year: Number(m[1]), birth: true });
  });
  return found;
}

/** The year the speech gives for what `N周年` counts from: the nearest one before, else the only one. */
function foundingFor(
  stated: readonly StatedYear[],
  paragraph: number,
  offset: number,
  birth: boolean,
): number | undefined {
  const kind = stated.filter((s) => s.birth === birth);
  const before = kind.filter(
    (s) => s.paragraph < paragraph || (s.paragraph === paragraph && s.offset < offset),
  );
  const nearest = before[before.length - 1];
  if (nearest) return nearest.year;
  const distinct = new Set(kind.map((s) => s.year));
  return distinct.size === 1 ? kind[0]?.year : undefined;
}

function genericReports(
  doc: SpeechDocument,
  speechYear: number,
  covered: ReadonlySet<string>,
  inReview: (paragraph: number) => boolean,
): RuleReport[] {
  const reports: RuleReport[] = [];
  let stated: StatedYear[] | undefined;
  doc.paragraphs.forEach((p, paragraph) => {
    const text = p.text;
    if (!text.includes('周年')) return;
    for (const m of matchesOf(GENERIC, text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered.has(`${paragraph}:${end}`)) continue;
      const count = parseCount(m[2] as string);
      if (count === undefined) continue;
      stated ??= statedYears(doc);
      const founded = foundingFor(stated, paragraph, start, m[1] === '诞辰');
      if (founded === undefined) continue;
      const anniversaryYear = founded + count;
      if (anniversaryYear === speechYear) continue;
      if (!toldAsThisYear(text, start, end, anniversaryYear, speechYear, inReview(paragraph)))
        continue;
      const expected = speechYear - founded;
      if (expected <= 0) continue;
      const countText = m[2] as string;
      const arabic = /\d/.test(countText);
      reports.push({
        paragraph,
        offset: start,
        length: m[0].length,
        messageId: 'wrongCountStated',
        data: { founded, text: m[0], anniversaryYear, speechYear, expected },
        suggestions: [m[0].replace(countText, arabic ? String(expected) : chineseCount(expected))],
      });
    }
  });
  return reports;
}

export const anniversary = defineRule({
  id: 'date/anniversary',
  title: { zh: '周年数不符', en: 'Anniversary count does not fit' },
  description: {
    zh: '重大事件的周年数与讲话年份不符（据随产品提供的事件日期表）。',
    en: 'An anniversary count of a known event that does not fit the speech year (from a table of event dates).',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    wrongCountStated: {
      zh: '文中所述起始年份为{founded}年，“{text}”对应{anniversaryYear}年，讲话日期在{speechYear}年，应为{expected}周年',
      en: 'The text gives {founded} as the start; "{text}" falls in {anniversaryYear}, but the speech is dated {speechYear}: the count should be {expected}',
    },
    wrongCount: {
      zh: '{event}于{eventYear}年，“{text}”对应{anniversaryYear}年，讲话日期在{speechYear}年，应为{expected}周年',
      en: '{event} was in {eventYear}; "{text}" falls in {anniversaryYear}, but the speech is dated {speechYear}: the count should be {expected}',
    },
  },
  defaultOptions: {},
  tables: [anniversariesTable],
  check(doc, ctx) {
    const speechYear = ctx.speechDate.year;
    const reports: RuleReport[] = [];
    const { events, anyName } = compile(tableOf(ctx, anniversariesTable));
    // Ends of the counts the table recognised: the generic check leaves those alone.
    const covered = new Set<string>();
    const inReview = (paragraph: number) => sectionsOf(doc, ctx)[paragraph] === 'review';
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (!includesAny(text, ANNIVERSARY_WORDS) || !anyName.test(text)) return;
      for (const { entry, re, needs } of events) {
        if (!includesAny(text, needs)) continue;
        for (const m of matchesOf(re, text)) {
          // Every count the table recognises is its business alone, right or wrong.
          covered.add(`${paragraph}:${m.index + m[0].length}`);
          const countText = m[2] ? '一百' : (m[1] as string);
          const count = m[2] ? 100 : parseCount(countText);
          if (count === undefined) continue;
          const eventYear = Number(entry.date.slice(0, 4));
          const anniversaryYear = eventYear + count;
          if (anniversaryYear === speechYear) continue;
          const start = m.index;
          const end = start + m[0].length;
          if (!toldAsThisYear(text, start, end, anniversaryYear, speechYear, inReview(paragraph)))
            continue;
          const expected = speechYear - eventYear;
          if (expected <= 0) continue;
          const arabic = /\d/.test(countText);
          reports.push({
            paragraph,
            offset: start,
            length: m[0].length,
            messageId: 'wrongCount',
            data: {
              event: entry.names[0] as string,
              eventYear,
              text: m[0],
              anniversaryYear,
              speechYear,
              expected,
            },
            suggestions: [
              m[0].replace(
                m[2] ? '百年' : countText,
                (arabic ? String(expected) : chineseCount(expected)) + (m[2] ? '周年' : ''),
              ),
            ],
          });
        }
      }
    });
    reports.push(...genericReports(doc, speechYear, covered, inReview));
    return reports;
  },
});
