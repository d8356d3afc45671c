/**
 * Checks library content with our own engine, as CI does for the shipped library and as an
 * office can for its own file (`speechdesk templates check`): every skeleton at each allowed
 * number of sections and every phrase must give no findings except its fields to fill, and
 * every field must be one the placeholder rules flag (so none is left unfilled unnoticed).
 * Library-wide wording checks (shared sentences, unkept announcements, literals that should be
 * fields) come from ./wording; the date window of each entry is ./validity's concern.
 */
import { check, documentFromText, type AnyRule, type Finding } from '../core';
import type { Library } from './library';
import type { Phrase, Skeleton } from './schema';
import { isBlocking, validityOn } from './validity';
import { auditWording } from './wording';
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

/**
 * The date an entry is checked at: the speech date, or for a seasonal entry used out of season
 * the 15th of its first month that year (a 半年 speech is checked as if given in June). Undefined
 * when the entry is outside its validFrom–validUntil window: `templates check` reports that instead.
 */
export function auditDateFor(entry: Skeleton | Phrase, speechDate: string): string | undefined {
  const issue = validityOn(entry, speechDate);
  if (issue === undefined) return speechDate;
  if (isBlocking(issue)) return undefined;
  const month = String(entry.season?.[0] ?? 1).padStart(2, '0');
  return `${speechDate.slice(0, 4)}-${month}-15`;
}

/** Rules whose findings are the writer's to resolve when using the text, not defects in it. */
export function isWritersReminder(rule: string, entry: Skeleton | Phrase): boolean {
  if (rule.startsWith('placeholder/')) return true;
  // 时间过半 and the like are reminders to check the date; a seasonal entry states its window.
  return rule === 'date/relative' && entry.season !== undefined;
}

function auditParagraphs(
  paragraphs: readonly RenderedParagraph[],
  where: Pick<AuditProblem, 'kind' | 'id' | 'sections'>,
  options: AuditOptions,
  entry: Skeleton | Phrase,
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
    if (isWritersReminder(finding.rule, entry)) continue;
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
    const speechDate = auditDateFor(skeleton, options.speechDate);
    if (speechDate === undefined) continue;
    const { min, max } = sectionRange(skeleton);
    for (let n = min; n <= max; n++) {
      const where = { kind: 'skeleton' as const, id: skeleton.id, sections: n };
      const paragraphs = renderSkeleton(skeleton, { sections: n });
      problems.push(...auditParagraphs(paragraphs, where, { ...options, speechDate }, skeleton));
    }
  }
  for (const phrase of library.phrases) {
    const speechDate = auditDateFor(phrase, options.speechDate);
    if (speechDate === undefined) continue;
    const where = { kind: 'phrase' as const, id: phrase.id };
    problems.push(
      ...auditParagraphs(renderPhrase(phrase), where, { ...options, speechDate }, phrase),
    );
  }
  problems.push(...auditWording(library));
  return problems;
}

export function formatAuditProblem(p: AuditProblem): string {
  const where = p.sections === undefined ? p.id : `${p.id} (${p.sections} sections)`;
  return `${where}, paragraph ${p.paragraph}: ${p.reason}\n    ${p.paragraphText}`;
}
