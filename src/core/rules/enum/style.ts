/**
 * enum/style: one run of ordinals written in mixed forms, e.g. 一是要… 二是要… 三要…. The fix
 * rewrites the odd one out in the form most of the run uses, when most of the run agrees.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { formatOrdinal, type OrdinalForm } from '../../text/numerals';
import { ordinalRunsOf } from './runs';

export const enumStyle = defineRule({
  id: 'enum/style',
  title: { zh: '序数写法不统一', en: 'Mixed ordinal forms in one run' },
  description: {
    zh: '同一组文中序数混用不同写法，如“一是要……二是要……三要……”。',
    en: 'One run of in-text ordinals written in mixed forms, such as 一是要… 二是要… 三要….',
  },
  defaultSeverity: 'info',
  fixable: true,
  messages: {
    mixed: {
      zh: '同一组序数写法不统一：“{actual}”与本组其他各项的“{usual}”不一致',
      en: 'Mixed ordinal forms in one run: “{actual}” where the others use “{usual}”',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const reports: RuleReport[] = [];
    for (const run of ordinalRunsOf(doc, ctx)) {
      if (run.family !== 'numeral') continue;
      const counts = new Map<OrdinalForm, number>();
      for (const t of run.tokens) counts.set(t.form, (counts.get(t.form) ?? 0) + 1);
      if (counts.size < 2) continue;
      const [usual, usualCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [
        OrdinalForm,
        number,
      ];
      const hasMajority = usualCount * 2 > run.tokens.length;
      const reference = hasMajority ? usual : (run.tokens[0]?.form as OrdinalForm);
      const example = run.tokens.find((t) => t.form === reference);
      for (const token of run.tokens) {
        if (token.form === reference || token.number === undefined) continue;
        const replacement = formatOrdinal(token.number, reference);
        const report: RuleReport = {
          paragraph: token.paragraph,
          offset: token.offset,
          length: token.length,
          messageId: 'mixed',
          data: { actual: token.text, usual: example?.text ?? replacement },
        };
        if (hasMajority) report.fix = { replacement };
        else report.suggestions = [replacement];
        reports.push(report);
      }
    }
    return reports;
  },
});
