/**
 * term/office: a word the office's own list requires to be written another way — the
 * `require` pairs of an office library or of the CLI's --config (`{"wrong": "高新区",
 * "right": "高新技术产业开发区", "note": "全称"}`). An occurrence of `wrong` inside an
 * occurrence of a `right` form (of any pair) is sanctioned wording and is left alone.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';

function coveredByRight(text: string, at: number, wrong: string, right: string): boolean {
  const inner = right.indexOf(wrong);
  for (let i = inner; i >= 0; i = right.indexOf(wrong, i + 1)) {
    const start = at - i;
    if (start >= 0 && text.startsWith(right, start)) return true;
  }
  return false;
}

export const termOffice = defineRule({
  id: 'term/office',
  title: { zh: '本单位规范用语', en: 'Office wording' },
  description: {
    zh: '本单位词表要求改写的用语（单位词库或 --config 中的 require 词对）。',
    en: 'A word the office list requires written another way (require pairs in an office library or --config).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    required: {
      zh: '本单位规定“{text}”写作“{right}”',
      en: 'The office writes "{right}" for "{text}"',
    },
    requiredWithNote: {
      zh: '本单位规定“{text}”写作“{right}”：{note}',
      en: 'The office writes "{right}" for "{text}": {note}',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const pairs = ctx.require ?? [];
    const reports: RuleReport[] = [];
    if (pairs.length === 0) return reports;
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      for (const { wrong, right, note } of pairs) {
        for (let at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + wrong.length)) {
          // Any pair's right form is sanctioned wording: 开发区 inside 高新技术产业开发区 stays.
          if (pairs.some((other) => coveredByRight(text, at, wrong, other.right))) continue;
          reports.push({
            paragraph,
            offset: at,
            length: wrong.length,
            messageId: note ? 'requiredWithNote' : 'required',
            data: note ? { text: wrong, right, note } : { text: wrong, right },
            fix: { replacement: right },
          });
        }
      }
    });
    return reports;
  },
});
