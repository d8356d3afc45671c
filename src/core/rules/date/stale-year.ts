/**
 * date/stale-year: a year earlier than the speech year used as if it were current or planned
 * (`2021年工作任务` in a 2022 speech; `今年是2020年`). History is left alone.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { profileOf, sectionsOf } from './shared';

export const staleYear = defineRule({
  id: 'date/stale-year',
  title: { zh: '过时的年份', en: 'Stale year' },
  description: {
    zh: '早于讲话年份的年份被当作今年或计划年份使用，多见于沿用旧稿。',
    en: 'A year earlier than the speech year used as the current or planned year, typical of a reused draft.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    plan: {
      zh: '“{text}”作为今年或计划年份使用，但讲话日期在{speechYear}年，是否沿用了旧稿？',
      en: '"{text}" is used as the current or planned year, but the speech is dated {speechYear}: left over from an older draft?',
    },
    thisYear: {
      zh: '“今年是{year}年”与讲话日期（{speechYear}年）不符',
      en: '"今年是{year}年" does not match the speech year {speechYear}',
    },
    review: {
      zh: '回顾的是{year}年，而讲话日期已在{speechYear}年，应回顾{expected}年',
      en: 'Reviews {year}, but the speech is dated {speechYear}; the year under review should be {expected}',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const speechYear = ctx.speechDate.year;
    const reports: RuleReport[] = [];
    const { mentions, planYear, reviewYear } = profileOf(doc, ctx);
    const sections = sectionsOf(doc, ctx);
    for (const m of mentions) {
      const base = { paragraph: m.paragraph, offset: m.offset, length: m.length };
      const text = `${m.year}年`;
      // In a review section even `围绕2022年工作目标` is history.
      const inReview = sections[m.paragraph] === 'review';
      if ((m.role === 'plan' || m.role === 'goal') && m.year < speechYear && !inReview) {
        reports.push({
          ...base,
          messageId: 'plan',
          data: { text, speechYear },
          suggestions: [`${speechYear}年`],
        });
      } else if (m.role === 'thisYear' && m.year !== speechYear) {
        reports.push({
          ...base,
          messageId: 'thisYear',
          data: { year: m.year, speechYear },
          suggestions: [`${speechYear}年`],
        });
      } else if (m.role === 'review' && !m.partial && m.year < speechYear - 1) {
        // A review of the plan year itself is date/year-mismatch's finding.
        if (m.year === planYear && reviewYear !== undefined && reviewYear < m.year) continue;
        const expected = speechYear - 1;
        reports.push({
          ...base,
          messageId: 'review',
          data: { year: m.year, speechYear, expected },
          suggestions: [`${expected}年`],
        });
      }
    }
    return reports;
  },
});
