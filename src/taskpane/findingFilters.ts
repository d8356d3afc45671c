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
