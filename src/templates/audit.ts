/**
 * Checks library content with our own engine, as CI does for the shipped library and as an
 * office can for its own file (`speechdesk templates check`): every skeleton at each allowed
 * number of sections and every phrase must give no findings except its fields to fill, and
 * every field must be one the placeholder rules flag (so none is left unfilled unnoticed).
 */
import { check, documentFromText, type AnyRule, type Finding } from '../core';
import type { Library } from './library';
import {
  findFields,
  renderPhrase,
  renderSkeleton,
  sectionRange,
  toPlainText,
  type RenderedParagraph,
} from './render';

export interface AuditProblem {
  kind: 'skeleton' | 'phrase';
  id: string;
  /** The section count the skeleton was rendered with. */
  sections?: number;
  paragraph: number;
  /** The paragraph's text, so the problem can be found without rendering again. */
  paragraphText: string;
  /** A finding of the engine, or undefined for a field the placeholder rules do not flag. */
  finding?: Finding;
  reason: string;
}

export interface AuditOptions {
  /** The speech date to check against (YYYY-MM-DD): the core has no clock. */
  speechDate: string;
  rules?: readonly AnyRule[];
}

function auditParagraphs(
  paragraphs: readonly RenderedParagraph[],
  where: Pick<AuditProblem, 'kind' | 'id' | 'sections'>,
  options: AuditOptions,
): AuditProblem[] {
  const doc = documentFromText(toPlainText(paragraphs));
  const { findings } = check(doc, {
    today: options.speechDate,
    speechDate: options.speechDate,
    rules: options.rules,
  });
  const problems: AuditProblem[] = [];
  const text = (i: number) => paragraphs[i]?.text ?? '';
  for (const finding of findings) {
    if (finding.rule.startsWith('placeholder/')) continue;
    problems.push({
      ...where,
      paragraph: finding.paragraph,
      paragraphText: text(finding.paragraph),
      finding,
      reason: `${finding.rule}: ${finding.message}`,
    });
  }
  paragraphs.forEach((p, index) => {
    for (const field of findFields(p.text)) {
      const flagged = findings.some(
        (f) =>
          f.rule.startsWith('placeholder/') &&
          f.paragraph === index &&
          f.offset < field.offset + field.length &&
          f.offset + f.length > field.offset,
      );
      if (!flagged) {
        problems.push({
          ...where,
          paragraph: index,
          paragraphText: p.text,
          reason: `field 【${field.name}】 is not flagged by the placeholder rules when left unfilled; name it with 名称, 姓名, 单位, 年份 or 数字`,
        });
      }
    }
  });
  return problems;
}

export function auditLibrary(library: Library, options: AuditOptions): AuditProblem[] {
  const problems: AuditProblem[] = [];
  for (const skeleton of library.skeletons) {
    const { min, max } = sectionRange(skeleton);
    for (let n = min; n <= max; n++) {
      const where = { kind: 'skeleton' as const, id: skeleton.id, sections: n };
      problems.push(...auditParagraphs(renderSkeleton(skeleton, { sections: n }), where, options));
    }
  }
  for (const phrase of library.phrases) {
    problems.push(
      ...auditParagraphs(renderPhrase(phrase), { kind: 'phrase', id: phrase.id }, options),
    );
  }
  return problems;
}

export function formatAuditProblem(p: AuditProblem): string {
  const where = p.sections === undefined ? p.id : `${p.id} (${p.sections} sections)`;
  return `${where}, paragraph ${p.paragraph}: ${p.reason}\n    ${p.paragraphText}`;
}
