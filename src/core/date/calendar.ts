/** Calendar arithmetic on ISO dates (YYYY-MM-DD): the core has no clock, so dates are strings. */

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The last day of quarter 1-4. */
export function endOfQuarter(year: number, quarter: number): string {
  return endOfMonth(year, quarter * 3);
}

/** A real calendar date, or undefined (5月32日 is not a deadline). */
export function validIsoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return isoDate(year, month, day);
}

/** ISO strings compare correctly as text. */
export function isBefore(a: string, b: string): boolean {
  return a < b;
}
