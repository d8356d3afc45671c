/**
 * date/past-deadline: a deadline or scheduled date already past on the speech date
 * (`于5月20日前提交` in a speech dated June). A deadline without its own year belongs to the
 * speech year unless its own sentence names another (a speech late in the year that plans the
 * next one sets next year's deadlines); deadlines told as done are history.
 */
import { clauseAround, findDeadlines, isStatedAsDone } from '../../date';
import { defineRule } from '../../engine/rule';
import { speechDateRange } from '../../engine/speechDate';
import type { RuleReport } from '../../engine/types';
import { profileOf, sectionsOf } from './shared';

export const pastDeadline = defineRule({
  id: 'date/past-deadline',
  title: { zh: '期限已过', en: 'Deadline already past' },
  description: {
    zh: '讲话中提出的期限或时间节点在讲话日期已经过去。',
    en: 'A deadline or scheduled date in the speech is already past on the speech date.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    past: {
      zh: '“{text}”的期限是{due}，讲话日期{date}时已经过去',
      en: '"{text}" falls due on {due}, already past on the speech date {date}',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const { planYear } = profileOf(doc, ctx);
    const sections = sectionsOf(doc, ctx);
    const speech = ctx.speechDate;
    const { earliest } = speechDateRange(speech);
    // December's work conference for next year: `1月20日前` is next January, not last.
    const plansNextYear =
      planYear === speech.year + 1 && speech.precision !== 'year' && speech.month >= 10;
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      if (sections[paragraph] === 'review') return;
      for (const d of findDeadlines(p.text, { defaultYear: speech.year })) {
        if (d.due >= earliest) continue;
        if (plansNextYear && !d.explicitYear && d.due.slice(0, 4) === String(speech.year)) continue;
        const end = d.offset + d.length;
        const context = clauseAround(p.text, d.offset, end) + clauseAround(p.text, end, end + 1);
        if (isStatedAsDone(context)) continue;
        const text = p.text.slice(d.offset, end);
        reports.push({
          paragraph,
          offset: d.offset,
          length: d.length,
          messageId: 'past',
          data: { text, due: d.due, date: speech.date },
        });
      }
    });
    return reports;
  },
});
