/**
 * date/anniversary: `N周年` of a known event that does not fit the speech year
 * (`改革开放40周年` is right only in 2018). A mention of a past celebration
 * (`在庆祝改革开放40周年大会上的讲话`) or one dated in its own sentence is not flagged.
 */
import { parseCount, sentenceAround, yearsIn } from '../../date';
import { anniversariesTable, type Anniversary } from '../../data/anniversaries';
import { tableOf } from '../../data/table';
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { anyText, includesAny, matchesOf } from '../../text/patterns';
import { phrasePattern, requiredText } from './shared';

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
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (!includesAny(text, ANNIVERSARY_WORDS) || !anyName.test(text)) return;
      for (const { entry, re, needs } of events) {
        if (!includesAny(text, needs)) continue;
        for (const m of matchesOf(re, text)) {
          const countText = m[2] ? '一百' : (m[1] as string);
          const count = m[2] ? 100 : parseCount(countText);
          if (count === undefined) continue;
          const eventYear = Number(entry.date.slice(0, 4));
          const anniversaryYear = eventYear + count;
          if (anniversaryYear === speechYear) continue;
          const start = m.index;
          const end = start + m[0].length;
          const sentence = sentenceAround(text, start, end);
          if (yearsIn(sentence).includes(anniversaryYear)) continue;
          if (/明年/u.test(sentence) && anniversaryYear === speechYear + 1) continue;
          if (/去年/u.test(sentence) && anniversaryYear === speechYear - 1) continue;
          // Only a count the sentence presents as this year's is checked; past celebrations are history.
          const cue = anniversaryYear > speechYear ? NOW_CUE : CURRENT_CUE;
          if (!cue.test(sentence)) continue;
          if (
            anniversaryYear < speechYear &&
            PAST_EVENT_AFTER.test(text.slice(end)) &&
            !NOW_CUE.test(sentence)
          )
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
    return reports;
  },
});
