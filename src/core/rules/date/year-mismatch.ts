/**
 * date/year-mismatch: the document contradicts itself about the year it reviews or plans
 * (`总结2022年工作` beside `一、2021年工作回顾` and `二、2022年工作任务`).
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { profileOf } from './shared';

export const yearMismatch = defineRule({
  id: 'date/year-mismatch',
  title: { zh: '年份前后矛盾', en: 'Contradictory years' },
  description: {
    zh: '文稿回顾或部署的年份前后不一：多数地方说一个年份，个别地方说另一个。',
    en: 'The document names the year it reviews or plans inconsistently: most places say one year, a few another.',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    reviewIsPlanYear: {
      zh: '此处总结{year}年工作，而文中部署的正是{year}年，回顾的是{expected}年',
      en: 'Reviews {year}, the very year the document plans; elsewhere it reviews {expected}',
    },
    reviewOther: {
      zh: '此处回顾{year}年，文中其余各处回顾的是{expected}年',
      en: 'Reviews {year}; the rest of the document reviews {expected}',
    },
    planOther: {
      zh: '此处部署{year}年工作，文中其余各处部署的是{expected}年',
      en: 'Plans {year}; the rest of the document plans {expected}',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const { mentions, reviewYear, planYear } = profileOf(doc, ctx);
    const speechYear = ctx.speechDate.year;
    const reports: RuleReport[] = [];
    for (const m of mentions) {
      const base = { paragraph: m.paragraph, offset: m.offset, length: m.length };
      if (m.role === 'review' && !m.partial) {
        if (
          planYear !== undefined &&
          m.year === planYear &&
          reviewYear !== undefined &&
          reviewYear < planYear
        ) {
          reports.push({
            ...base,
            messageId: 'reviewIsPlanYear',
            data: { year: m.year, expected: reviewYear },
            suggestions: [`${reviewYear}年`],
          });
        } else if (reviewYear !== undefined && m.year !== reviewYear && m.year >= speechYear - 1) {
          // Older reviews are date/stale-year's business.
          reports.push({
            ...base,
            messageId: 'reviewOther',
            data: { year: m.year, expected: reviewYear },
            suggestions: [`${reviewYear}年`],
          });
        }
      } else if (
        (m.role === 'plan' || m.role === 'thisYear') &&
        planYear !== undefined &&
        m.year !== planYear
      ) {
        // A plan year before the speech year is date/stale-year's business.
        if (m.year < speechYear) continue;
        reports.push({
          ...base,
          messageId: 'planOther',
          data: { year: m.year, expected: planYear },
          suggestions: [`${planYear}年`],
        });
      }
    }
    return reports;
  },
});
