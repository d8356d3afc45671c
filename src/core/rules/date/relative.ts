/**
 * date/relative: statements that count time from the day of speaking (`第一季度再有20来天
 * 时间就结束了`, `还有X天`): right once, wrong when the text is reused.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { matchesOf } from '../../text/patterns';

/** A number, in figures or Chinese, or a template's X (`还有X天`). */
const COUNT = '(?:\\d+|[一二两三四五六七八九十百半]+|[XxＸ]{1,2})';
const PATTERNS: RegExp[] = [
  new RegExp(
    `(?:再有|还有|只有|仅有|只剩|仅剩|只剩下|仅剩下|剩下不到|剩下)${COUNT}(?:来|多)?(?:天|周|个星期|个月)(?:时间)?`,
    'gu',
  ),
  new RegExp(`倒计时${COUNT}天`, 'gu'),
  /时间(?:已经|已)?过半/gu,
  new RegExp(`(?:已经|已)过去(?:了)?${COUNT}(?:个月|周|天)`, 'gu'),
];
/** Words every pattern above starts from: a paragraph without one is skipped. */
const ANY_CUE = /再有|还有|只有|仅有|只剩|仅剩|剩下|倒计时|过半|过去/u;

export const relative = defineRule({
  id: 'date/relative',
  title: { zh: '相对时间表述', en: 'Time-relative statement' },
  description: {
    zh: '以讲话当天为基准的时间表述，沿用旧稿时容易出错，请核对。',
    en: 'A statement counted from the day of speaking; it goes wrong when the text is reused.',
  },
  defaultSeverity: 'info',
  fixable: false,
  messages: {
    relative: {
      zh: '“{text}”以讲话当天为基准（讲话日期{date}），沿用旧稿时请核对',
      en: '"{text}" counts from the day of speaking ({date}); check it when reusing the text',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      if (!ANY_CUE.test(p.text)) return;
      const taken: number[] = [];
      for (const re of PATTERNS) {
        for (const m of matchesOf(re, p.text)) {
          if (taken.some((t) => t >= m.index && t < m.index + m[0].length)) continue;
          taken.push(m.index);
          reports.push({
            paragraph,
            offset: m.index,
            length: m[0].length,
            messageId: 'relative',
            data: { text: m[0], date: ctx.speechDate.date },
          });
        }
      }
    });
    return reports;
  },
});
