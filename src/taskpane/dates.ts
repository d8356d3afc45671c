/** The pane's clock: the core has none, so the host passes today in. */
import { isoDate, validIsoDate } from '../core/date/calendar';

export function localIsoDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * A speech date as people type it: 2022-3-10, 2022/3/10, 2022.3.10 or 2022年3月10日 (full-width
 * digits too). Returns YYYY-MM-DD, or undefined when it is not a real calendar date.
 */
export function parseSpeechDate(input: string): string | undefined {
  const text = input
    .trim()
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '');
  const m =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(text) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/u.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validIsoDate(year, month, day);
}
