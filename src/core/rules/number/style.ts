/**
 * number/style: one kind of figure written two ways in one document (GB/T 15835—2011 asks
 * for consistency): 一季度 beside 第一季度, 百分之十 beside 10%, 12,500 beside 12500. The
 * forms the document uses less often are flagged; the majority form is the document's style.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { matchesOf } from '../../text/patterns';

interface Occurrence {
  paragraph: number;
  offset: number;
  length: number;
  text: string;
}

interface StyleFamily {
  id: string;
  label: { zh: string; en: string };
  /** Form name → pattern; the first capture group (if any) is not used. */
  forms: Record<string, RegExp>;
}

// 前三季度, 上一季度, 各季度 are other things: not counted.
const NOT_QUARTER_PREFIX = '(?<![前后上下本各每近头末第])';

const FAMILIES: readonly StyleFamily[] = [
  {
    id: 'quarter',
    label: { zh: '季度', en: 'quarters' },
    forms: {
      第一季度: /第[一二三四]季度/gu,
      一季度: new RegExp(`${NOT_QUARTER_PREFIX}[一二三四]季度`, 'gu'),
    },
  },
  {
    id: 'percent',
    label: { zh: '百分数', en: 'percentages' },
    forms: {
      百分之十: /百分之(?!百)[零一二三四五六七八九十点几]+/gu,
      '10%': /\d+(?:\.\d+)?%/gu,
    },
  },
  {
    id: 'thousands',
    label: { zh: '千分位', en: 'thousands separators' },
    forms: {
      '12,500': /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/gu,
      '12500':
        /(?<![\d.,])\d{5,}(?=(?:\.\d+)?(?:元|人|户|吨|亩|个|家|辆|套|名|件|万|千|公里|平方米))/gu,
    },
  },
];

export const numberStyle = defineRule({
  id: 'number/style',
  title: { zh: '数字写法不一致', en: 'Numbers written inconsistently' },
  description: {
    zh: '同一文稿中同类数字写法不一致：“一季度”与“第一季度”并用，“百分之十”与“10%”并用，部分数字用千分位。按多数写法统一。',
    en: 'One kind of figure written two ways in one document: 一季度 beside 第一季度, 百分之十 beside 10%, thousands separators in some figures only.',
  },
  defaultSeverity: 'info',
  fixable: false,
  messages: {
    inconsistent: {
      zh: '本文{label}多写作“{major}”（{majorCount}处），此处写作“{text}”，宜统一',
      en: 'This document mostly writes {label} as "{major}" ({majorCount} times); here "{text}"',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    for (const family of FAMILIES) {
      const byForm = new Map<string, Occurrence[]>();
      doc.paragraphs.forEach((p, paragraph) => {
        for (const [form, re] of Object.entries(family.forms)) {
          for (const m of matchesOf(re, p.text)) {
            const list = byForm.get(form) ?? [];
            list.push({ paragraph, offset: m.index, length: m[0].length, text: m[0] });
            byForm.set(form, list);
          }
        }
      });
      if (byForm.size < 2) continue;
      const ranked = [...byForm.entries()].sort((a, b) => b[1].length - a[1].length);
      const [major, majorList] = ranked[0] as [string, Occurrence[]];
      for (const [, list] of ranked.slice(1)) {
        // An even split has no majority to follow: flag nothing rather than guess.
        if (list.length === majorList.length) continue;
        for (const o of list) {
          reports.push({
            paragraph: o.paragraph,
            offset: o.offset,
            length: o.length,
            messageId: 'inconsistent',
            data: { label: family.label, major, majorCount: majorList.length, text: o.text },
          });
        }
      }
    }
    return reports;
  },
});
