/** Which findings the list shows, and the summary counts the reviewer reads first. */
import type { Finding, Severity } from '../core';
import { categoryOf } from '../core/engine/config';
import { categoryOrder } from './i18n';

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** `undefined` shows every category. */
  category?: string;
  showIgnored: boolean;
}

export const ALL_SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  isIgnored: (finding: Finding) => boolean,
): Finding[] {
  return findings.filter(
    (f) =>
      filter.severities.has(f.severity) &&
      (filter.category === undefined || categoryOf(f.rule) === filter.category) &&
      (filter.showIgnored || !isIgnored(f)),
  );
}

export interface CategoryGroup {
  category: string;
  findings: Finding[];
}

function categoryRank(category: string): number {
  const rank = categoryOrder.indexOf(category);
  return rank < 0 ? categoryOrder.length : rank;
}

/** Grouped in catalog order; findings keep document order inside a group. */
export function groupByCategory(findings: readonly Finding[]): CategoryGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const category = categoryOf(f.rule);
    groups.set(category, [...(groups.get(category) ?? []), f]);
  }
  return [...groups.entries()]
    .map(([category, list]) => ({ category, findings: list }))
    .sort(
      (a, b) =>
        categoryRank(a.category) - categoryRank(b.category) || (a.category < b.category ? -1 : 1),
    );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * What a reviewer judges a finding as, in the order 检查 shows them: the problems that need
 * judgement first (dates, counts, numbering, leftovers, wording, figures, punctuation);
 * placeholders are counted apart and folded into one group that leads to 占位符.
 */
export type FindingKind =
  | 'date'
  | 'count'
  | 'numbering'
  | 'residue'
  | 'wording'
  | 'figures'
  | 'punct'
  | 'placeholder'
  | 'other';

export const KIND_ORDER: readonly FindingKind[] = [
  'date',
  'count',
  'numbering',
  'residue',
  'wording',
  'figures',
  'punct',
  'other',
];

const KIND_OF_CATEGORY: Record<string, FindingKind> = {
  date: 'date',
  count: 'count',
  heading: 'numbering',
  enum: 'numbering',
  residue: 'residue',
  term: 'wording',
  typo: 'wording',
  number: 'figures',
  punct: 'punct',
  placeholder: 'placeholder',
};

export function kindOf(finding: Pick<Finding, 'rule'>): FindingKind {
  return KIND_OF_CATEGORY[categoryOf(finding.rule)] ?? 'other';
}

export type FindingOrder = 'kind' | 'document';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byDocument(a: Finding, b: Finding): number {
  return a.paragraph - b.paragraph || a.offset - b.offset;
}

/** Kind order (then severity, then document order), or plain document order. */
export function sortFindings(findings: readonly Finding[], order: FindingOrder): Finding[] {
  if (order === 'document') return [...findings].sort(byDocument);
  const rank = (f: Finding) => KIND_ORDER.indexOf(kindOf(f));
  return [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      byDocument(a, b),
  );
}

/** Counts per kind in KIND_ORDER, kinds with none left out. */
export function countByKind(
  findings: readonly Finding[],
): Array<{ kind: FindingKind; count: number }> {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(kindOf(f), (counts.get(kindOf(f)) ?? 0) + 1);
  return KIND_ORDER.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
}

/** Rules whose finding is about one word the user may want to keep: 忽略此词 offers to allow it. */
const WORD_RULES: ReadonlySet<string> = new Set(['typo/confusable', 'term/office', 'term/title']);

export function offersIgnoreWord(finding: Pick<Finding, 'rule' | 'length'>): boolean {
  return WORD_RULES.has(finding.rule) && finding.length > 0;
}
