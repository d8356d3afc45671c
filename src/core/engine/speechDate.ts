/**
 * Chooses the speech date as RULES.md says: the user's date, else a year the document states
 * in its title or opening, else today. The result says where it came from.
 */
import type { SpeechDate, SpeechDateSource, SpeechDocument } from './types';

export class DateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DateError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly (real calendar dates only). */
export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(value);
  if (!m) throw new DateError(`"${value}" is not a date in the form YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new DateError(`"${value}" is not a calendar date`);
  }
  return { year, month, day };
}

export function makeSpeechDate(date: string, source: SpeechDateSource, notes: string[] = []): SpeechDate {
  const { year, month, day } = parseIsoDate(date);
  return { date, year, month, day, source, notes };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How many leading non-empty paragraphs count as title and opening. */
const OPENING_PARAGRAPHS = 6;

/** A year that names the meeting or the speech: 在2020年全X…工作会议上的讲话, 召开…2022年工作务虚会. */
const MEETING_YEAR =
  /(\d{4})\s*年(?:度)?[^。！？\n]{0,40}?(?:会议|大会|务虚会|推进会|座谈会|讲话|报告|动员会|部署会)/u;

export interface DocumentYear {
  year: number;
  paragraph: number;
  text: string;
}

/** Years stated by the title or opening of the document, in order of appearance. */
export function documentYears(doc: SpeechDocument): DocumentYear[] {
  const found: DocumentYear[] = [];
  let seen = 0;
  for (let i = 0; i < doc.paragraphs.length && seen < OPENING_PARAGRAPHS; i++) {
    const text = (doc.paragraphs[i] as { text: string }).text;
    if (text.trim() === '') continue;
    seen++;
    const m = MEETING_YEAR.exec(text);
    if (m) {
      const year = Number(m[1]);
      if (year >= 1949 && year <= 2200) found.push({ year, paragraph: i, text: m[0] });
    }
  }
  return found;
}

export interface SpeechDateInput {
  userDate?: string;
  today: string;
}

export function resolveSpeechDate(doc: SpeechDocument, input: SpeechDateInput): SpeechDate {
  if (input.userDate !== undefined) return makeSpeechDate(input.userDate, 'option');
  const today = parseIsoDate(input.today);
  const years = documentYears(doc);
  const first = years[0];
  if (!first) return makeSpeechDate(input.today, 'today');
  const notes = [`第${first.paragraph + 1}段“${first.text}”`];
  const others = [...new Set(years.map((y) => y.year))].filter((y) => y !== first.year);
  if (others.length > 0) notes.push(`开头另有年份：${others.join('、')}`);
  // The same year as today: today is the best guess; otherwise the start of that year.
  const date = first.year === today.year ? input.today : isoDate(first.year, 1, 1);
  return makeSpeechDate(date, 'document', notes);
}
