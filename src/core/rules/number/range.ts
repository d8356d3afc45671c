/**
 * number/range: a numeric range written against GB/T 15835—2011 (数值范围) and GB/T 15834—2011
 * 4.13.3.2: the members are joined by `～` (or `—`), not by a hyphen (`1-2月`, `10-20%`), and
 * `%`, `万`, `亿` stay on both members (`15%～30%`, `9亿～16亿`, not `15～30%`, `9～16亿`).
 * Phone numbers, standard numbers (GB/T 15835-2011), room numbers (3-2-101), list references
 * (表1-2) and times carry no unit after them, or a letter, slash or colon beside them: left alone.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { matchesOf } from '../../text/patterns';
import { isTitleLike } from './shared';

/** Units and counters after which `a-b` is plainly a range of quantities or dates. */
const UNIT =
  '%|‰|[年月日天周岁倍个项次件名户家元万亿吨亩米度辆台套所座条篇页章节期批届级层栋床人小时分钟公里千克公斤平方季]';

// `(?<![\w./:：-])` keeps out GB/T 15835-2011, 0871-1234567 after a letter, 3-2-101, 9:00-11:00.
const HYPHEN_RANGE = new RegExp(
  `(?<![\\w.:：/－-])(\\d+(?:\\.\\d+)?)[-](\\d+(?:\\.\\d+)?)(?![\\d.:：－-])(${UNIT})`,
  'gu',
);

/**
 * `9～16亿`: 万/亿 dropped from the first member, which then reads as a bare 9. A dropped `%`
 * (`10～20%`) changes no meaning and is allowed (RULES.md).
 */
const DROPPED_MULTIPLIER = /(?<![\w.])(\d+(?:\.\d+)?)([～~—])(\d+(?:\.\d+)?)(万|亿)/gu;

/**
 * Years (`2021-2035年`), months (`1-2月`) and days are the start and end of a span of time, which
 * GB/T 15834—2011 4.13.3.2 joins with the 一字线 `—` (`2021—2035年`, `1—2月`); quantities
 * (`3-5年` of effort, `10-20%`) are a numeric range, joined with the 浪纹线 `～` (4.13.3.3).
 */
function isTimeSpan(first: string, second: string, unit: string): boolean {
  if (unit === '月' || unit === '日') return true;
  return unit === '年' && /^(?:19|20)\d\d$/u.test(first) && /^(?:19|20)\d\d$/u.test(second);
}

function looksLikePhone(first: string, second: string): boolean {
  return (first.startsWith('0') && first.length >= 3) || second.length >= 5 || first.length >= 5;
}

export const numberRange = defineRule({
  id: 'number/range',
  title: { zh: '数值范围写法', en: 'Numeric range form' },
  description: {
    zh: '数值范围不合 GB/T 15835—2011：用短横线连接（1-2月、10-20%），或前一数值省略了“%”“万”“亿”（15～30%）。',
    en: 'A numeric range against GB/T 15835—2011: joined by a hyphen (1-2月, 10-20%), or %, 万 or 亿 dropped from the first member (15～30%).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    hyphen: {
      zh: '数值范围“{text}”应用浪纹线连接：{replacement}',
      en: 'Join the range "{text}" with a wave dash: {replacement}',
    },
    timeSpan: {
      zh: '时间起止“{text}”应用一字线连接：{replacement}',
      en: 'Join the span of time "{text}" with an em dash: {replacement}',
    },
    dropped: {
      zh: '数值范围“{text}”前一数值的“{unit}”不能省略：{replacement}',
      en: 'Keep "{unit}" on both members of the range "{text}": {replacement}',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (isTitleLike(text)) return;
      for (const m of matchesOf(HYPHEN_RANGE, text)) {
        const [, first, second, unit] = m as unknown as [string, string, string, string];
        if (looksLikePhone(first, second)) continue;
        // A descending pair is no range (a score 3-1, a code 12-5).
        if (Number(first) >= Number(second) && unit !== '%') continue;
        const keep = unit === '%' || unit === '‰' || unit === '万' || unit === '亿' ? unit : '';
        const span = isTimeSpan(first, second, unit);
        const replacement = span ? `${first}—${second}` : `${first}${keep}～${second}`;
        const length = first.length + 1 + second.length;
        reports.push({
          paragraph,
          offset: m.index,
          length,
          messageId: span ? 'timeSpan' : 'hyphen',
          data: { text: text.slice(m.index, m.index + length), replacement: replacement + unit },
          fix: { replacement },
        });
      }
      for (const m of matchesOf(DROPPED_MULTIPLIER, text)) {
        const [whole, first, dash, second, unit] = m as unknown as [
          string,
          string,
          string,
          string,
          string,
        ];
        // `3～5万` where 5万 is a count of ten-thousands is exactly what 15835 forbids.
        const replacement = `${first}${unit}${dash}${second}${unit}`;
        reports.push({
          paragraph,
          offset: m.index,
          length: whole.length,
          messageId: 'dropped',
          data: { text: whole, unit, replacement },
          fix: { replacement },
        });
      }
    });
    return reports;
  },
});
