/**
 * Review and plan sections. A work-conference speech reviews last year under one heading and
 * plans this year under the next; what a review section says is history, whatever its words.
 */
import type { SpeechDocument } from '../engine/types';

export type SectionKind = 'review' | 'plan' | 'other';

const HEADING_MARK =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[部章节])/u;
const REVIEW_HEADING =
  /回顾|总结|成绩|成效|主要工作|工作(?:开展|完成|推进|落实|进展)?情况|过去[的这]?(?:一年|五年)|取得的/u;
const PLAN_HEADING = /任务|安排|部署|打算|思路|要求|目标|重点|举措|措施|形势|努力|今年|明年/u;

/**
 * A report's section titles often stand alone without a number (`“十四五”时期工作回顾`,
 * `2026年重点工作`): a short line without punctuation that ends like a section title.
 */
const UNMARKED_REVIEW = /(?:工作回顾|工作总结|工作成绩)$/u;
const UNMARKED_PLAN = /(?:重点工作|工作安排|主要任务|工作任务|总体部署|总体要求|工作建议)$/u;

function unmarkedSection(text: string): SectionKind | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > 24 || /[，,。；;：:！？!?、（）()]/u.test(t)) return undefined;
  if (UNMARKED_REVIEW.test(t)) return 'review';
  if (UNMARKED_PLAN.test(t)) return 'plan';
  return undefined;
}

function isHeading(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && HEADING_MARK.test(t) && !/[。；]$/u.test(t);
}

/** The kind of section each paragraph sits in, decided by the nearest top-level heading above it. */
export function sectionKinds(doc: SpeechDocument): SectionKind[] {
  let current: SectionKind = 'other';
  return doc.paragraphs.map((p) => {
    const text = p.text;
    const topLevel = /^\s*[一二三四五六七八九十]+[、.．]/u.test(text) || p.outlineLevel === 1;
    if ((topLevel && isHeading(text)) || (p.outlineLevel === 1 && text.trim().length <= 40)) {
      if (REVIEW_HEADING.test(text) && !PLAN_HEADING.test(text.replace(/目标任务完成/u, '')))
        current = 'review';
      else if (PLAN_HEADING.test(text)) current = 'plan';
      else current = 'other';
    } else {
      current = unmarkedSection(text) ?? current;
    }
    return current;
  });
}

/** The first line with text: a document's title. */
function titleOf(doc: SpeechDocument): string {
  return doc.paragraphs.find((p) => p.text.trim() !== '')?.text ?? '';
}

/** Whether the title (first line with text) presents the document as the review of `year`. */
export function reviewsYear(doc: SpeechDocument, year: number): boolean {
  // `2021年度…述职报告`, `2022年度工作报告`, `2024年工作总结`; not `2022年政府工作报告`, given in 2022.
  return new RegExp(
    `${year}年度[^。！？]{0,24}(?:述职|总结|工作报告|情况报告)|${year}年[^。！？度]{0,24}(?:述职|工作总结|年度总结)`,
    'u',
  ).test(titleOf(doc));
}

/** The year a document presents itself as the review of (2019年度…述职报告), judged by the title's first year. */
export function reviewedYear(doc: SpeechDocument): number | undefined {
  const m = /(\d{4})年度?/u.exec(titleOf(doc));
  const year = m ? Number(m[1]) : undefined;
  return year !== undefined && reviewsYear(doc, year) ? year : undefined;
}
