/**
 * date/stale-year: a year earlier than the speech year used as if it were current or planned
 * (`2021年工作任务` in a 2022 speech; `今年是2020年`), or a five-year plan's goals named as current
 * after the plan ended (`“十三五”时期主要目标` in 2021). History is left alone.
 */
import { readsAsHistory, reviewsYear, sentenceAround } from '../../date';
import { defineRule } from '../../engine/rule';
import type { RuleReport, SpeechDocument } from '../../engine/types';
import { matchesOf } from '../../text/patterns';
import { profileOf, sectionsOf } from './shared';
import type { SectionKind } from '../../date';

/** The last year of each five-year plan. */
const PLAN_END: Record<string, number> = {
  十一五: 2010,
  十二五: 2015,
  十三五: 2020,
  十四五: 2025,
  十五五: 2030,
};

/** `“十三五”时期主要目标`, `十三五规划的目标任务`: a five-year plan's goals named as current. */
const PLAN_GOALS =
  /[“"]?(十一五|十二五|十三五|十四五|十五五)[”"]?(?:时期|规划(?:纲要)?)(?:的)?(?:经济社会发展|发展)?(?:主要目标|目标任务|主要任务|重点任务|发展目标|各项目标|奋斗目标)/gu;

/** `…主要目标任务全面完成`: the goals told as met. */
const TOLD_AS_MET = /^[^，,。；;]{0,6}?(?:完成|实现|收官|达成|超额)/u;

function staleFiveYearPlans(
  doc: SpeechDocument,
  speechYear: number,
  sections: readonly SectionKind[],
): RuleReport[] {
  const reports: RuleReport[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    if (!p.text.includes('五') || sections[paragraph] === 'review') return;
    for (const m of matchesOf(PLAN_GOALS, p.text)) {
      const plan = m[1] as string;
      const end = PLAN_END[plan] as number;
      if (speechYear <= end) continue;
      const stop = m.index + m[0].length;
      if (TOLD_AS_MET.test(p.text.slice(stop, stop + 8))) continue;
      if (readsAsHistory(p.text, m.index, stop, end)) continue;
      reports.push({
        paragraph,
        offset: m.index,
        length: m[0].length,
        messageId: 'fiveYearPlan',
        data: { text: m[0].replace(/[“”"]/gu, ''), plan, end, speechYear },
      });
    }
  });
  return reports;
}

/**
 * A year's plan is stale only where the text sets out work with it: a heading (`二、2023年重点工作`)
 * or a sentence that asks or promises (`要…`, `确保2023年…`). A plan year named in a sentence that
 * only reports (`对照2023年工作要点，各项任务均已落实`) recounts it.
 */
function setsOutWork(text: string, start: number, end: number): boolean {
  if (text.trim().length <= 40 && !/[。！？]/u.test(text)) return true;
  const sentence = sentenceAround(text, start, end);
  return /(?<![重主需纲首只紧扼])要(?![点求素件闻害领务])|将|确保|力争|争取|务必|必须|拟|计划|部署/u.test(
    sentence,
  );
}

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
    fiveYearPlan: {
      zh: '“{text}”当作现行目标使用，但“{plan}”规划已于{end}年结束，讲话日期在{speechYear}年，是否沿用了旧稿？',
      en: '"{text}" is used as a current goal, but the {plan} plan ended in {end} and the speech is dated {speechYear}: left over from an older draft?',
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
      const paragraphText = (doc.paragraphs[m.paragraph] as { text: string }).text;
      // `2021年，班子…着眼学校2021年度工作要点…`: last year's plan recounted, not reused.
      const recounted = () => {
        const sentence = sentenceAround(paragraphText, m.offset, m.offset + m.length);
        // A document that is itself the review of that year (2021年度…述职报告, …工作总结).
        if (reviewsYear(doc, m.year)) return true;
        return (
          new RegExp(`^[\\s\u3000]*${m.year}年[，,]`, 'u').test(sentence) ||
          readsAsHistory(paragraphText, m.offset, m.offset + m.length)
        );
      };
      if (
        (m.role === 'plan' || m.role === 'goal') &&
        m.year < speechYear &&
        !inReview &&
        setsOutWork(paragraphText, m.offset, m.offset + m.length) &&
        !recounted()
      ) {
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
    reports.push(...staleFiveYearPlans(doc, speechYear, sections));
    return reports;
  },
});
