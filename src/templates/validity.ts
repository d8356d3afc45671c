/**
 * Whether an entry may be used on a given date: dated wording (二十大 formulas valid until the
 * next congress) and seasonal text (a spring opening, New Year wishes). `templates check --date`
 * reports entries outside their window; the pane warns before a writer inserts one.
 */
import type { Phrase, Skeleton } from './schema';

type Dated = Pick<Skeleton | Phrase, 'validFrom' | 'validUntil' | 'season'>;

export type ValidityIssue =
  | { kind: 'not-yet'; validFrom: string }
  | { kind: 'expired'; validUntil: string }
  | { kind: 'out-of-season'; season: readonly number[] };

/** What is wrong with using `entry` on `date` (YYYY-MM-DD); undefined when it fits. */
export function validityOn(entry: Dated, date: string): ValidityIssue | undefined {
  if (entry.validFrom !== undefined && date < entry.validFrom)
    return { kind: 'not-yet', validFrom: entry.validFrom };
  if (entry.validUntil !== undefined && date > entry.validUntil)
    return { kind: 'expired', validUntil: entry.validUntil };
  const month = Number(date.slice(5, 7));
  if (entry.season !== undefined && !entry.season.includes(month))
    return { kind: 'out-of-season', season: entry.season };
  return undefined;
}

/** Expired or not yet valid wording must be replaced; a season only advises. */
export function isBlocking(issue: ValidityIssue): boolean {
  return issue.kind !== 'out-of-season';
}

export function describeValidity(issue: ValidityIssue, locale: 'zh-CN' | 'en-US'): string {
  const months = (s: readonly number[]) => s.map((m) => `${m}月`).join('、');
  if (locale === 'en-US') {
    switch (issue.kind) {
      case 'not-yet':
        return `not current until ${issue.validFrom}`;
      case 'expired':
        return `may be out of date: current until ${issue.validUntil}; check the wording`;
      case 'out-of-season':
        return `seasonal: meant for months ${issue.season.join(', ')}`;
    }
  }
  switch (issue.kind) {
    case 'not-yet':
      return `${issue.validFrom} 起才适用`;
    case 'expired':
      return `可能已过时：适用至 ${issue.validUntil}，请核对现行表述后再用`;
    case 'out-of-season':
      return `时令素材，适用于${months(issue.season)}`;
  }
}
