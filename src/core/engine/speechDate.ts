/**
 * Chooses the speech date as RULES.md says: the user's date, else what the document says, else
 * today. The document's signals, strongest first: a dated signature (from the host or the last
 * lines), a dated header (from the host), a dateline under the title, the year of the meeting in
 * the title or opening, the year the body plans, the file's own metadata. The result says where
 * the date came from, whether only its year is known, and which signals disagree.
 */
import { isoDate, validIsoDate } from '../date/calendar';
import { parseCount, parseYearDigits } from '../text/numerals';
import { yearProfile, type YearProfile } from '../date/years';
import { bodyYear } from '../date/bodyYear';
import type { MetadataDate, SpeechDate, SpeechDateSource, SpeechDocument } from './types';

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
  if (validIsoDate(year, month, day) === undefined) {
    throw new DateError(`"${value}" is not a calendar date`);
  }
  return { year, month, day };
}

export function makeSpeechDate(
  date: string,
  source: SpeechDateSource,
  notes: string[] = [],
  precision: 'day' | 'year' = 'day',
): SpeechDate {
  const { year, month, day } = parseIsoDate(date);
  return precision === 'year'
    ? { date, year, month, day, source, precision, notes }
    : { date, year, month, day, source, notes };
}

/** The earliest and latest day the speech may be on: one day, or a whole year when only the year is known. */
export function speechDateRange(speechDate: SpeechDate): { earliest: string; latest: string } {
  if (speechDate.precision === 'year') {
    return { earliest: isoDate(speechDate.year, 1, 1), latest: isoDate(speechDate.year, 12, 31) };
  }
  return { earliest: speechDate.date, latest: speechDate.date };
}

/** How many leading non-empty paragraphs count as title and opening. */
const OPENING_PARAGRAPHS = 6;

/**
 * A meeting or speech named with its year(s): 在2023年全市…工作会议上的讲话, 2023年度绩效考评暨
 * 2024年重点工作推进会议. Not a year told as history (`2024年以来，…贯彻…工作会议`).
 */
const MEETING_NAME =
  /(?:\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年(?:度)?(?!以来|来|底|末|[，,、])[^。！？\n]{0,40}?(?:会议|大会|务虚会|推进会|座谈会|讲话|报告|动员会|部署会|生活会|表彰会|总结会|述职|工作计划|工作思路|工作打算|工作要点)/u;
const REVIEW_MEETING =
  /民主生活会|组织生活会|述职|述责述廉|表彰|总结会|考核|工作报告|工作情况|情况的?报告|工作总结/u;
/** The meeting being held: 今天我们召开, 这次会议, 本次大会. */
const HELD_NOW = /今天|这次|本次|此次|现在|今年|刚才|隆重召开|召开全[县市区省局]/u;

/** A title or dateline: short and without a sentence's full stop. */
function titleLike(text: string): boolean {
  return text.trim().length <= 60 && !/[。！？；]/u.test(text);
}
const YEAR_IN_NAME = /(\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年/gu;

export interface DocumentYear {
  year: number;
  paragraph: number;
  text: string;
}

/**
 * Years stated by the title or opening of the document, in order of appearance. A meeting
 * that names two years (reviews one, plans the next) is held in the later one; one that only
 * reviews a year (`2019年度民主生活会`, `2019年度述职报告`) in the year after.
 */
export function documentYears(doc: SpeechDocument): DocumentYear[] {
  const found: DocumentYear[] = [];
  let seen = 0;
  for (let i = 0; i < doc.paragraphs.length && seen < OPENING_PARAGRAPHS; i++) {
    const text = (doc.paragraphs[i] as { text: string }).text;
    if (text.trim() === '') continue;
    seen++;
    const m = MEETING_NAME.exec(text);
    if (!m) continue;
    // In running text only the meeting being held now names the speech's year (今天我们召开
    // 2023年…会议); `2015年在延安召开…座谈会`, `二是…召开2024年…工作会` recount earlier ones.
    if (!titleLike(text) && !HELD_NOW.test(text.slice(0, m.index + m[0].length))) continue;
    const years = [...m[0].matchAll(YEAR_IN_NAME)]
      .map((y) => parseYearDigits(y[1] as string))
      .filter((y): y is number => y !== undefined && y >= 1949 && y <= 2200);
    if (years.length === 0) continue;
    // 2019年度民主生活会, 2019年度述职报告: the year under review; the meeting is held after it.
    const reviewOnly = years.length === 1 && /年度/u.test(m[0]) && REVIEW_MEETING.test(m[0]);
    const year = Math.max(...years) + (reviewOnly ? 1 : 0);
    found.push({ year, paragraph: i, text: m[0] });
  }
  return found;
}

export interface SpeechDateInput {
  userDate?: string;
  /** `year` when only the year of `userDate` is known. */
  userDatePrecision?: 'day' | 'year';
  today: string;
  /** Dates the host found (the .docx reader: signature, header, core.xml created/modified). */
  metadataDates?: MetadataDate[];
  /** The document's year profile, when the caller shares one with the date rules. */
  yearProfile?: () => YearProfile;
}

/** The ISO date a match spells in groups 1–3 (year, month, day), or undefined when it is none. */
function matchedDate(m: RegExpExecArray): string | undefined {
  const year = parseYearDigits(m[1] as string);
  const month = parseCount(m[2] as string);
  const day = parseCount(m[3] as string);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return validIsoDate(year, month, day);
}

const DATE_LINE =
  /^\s*(\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*$/u;

/** A date standing alone on one of the last lines: the signature date of a .txt speech. */
export function signatureDate(
  doc: SpeechDocument,
): { date: string; paragraph: number } | undefined {
  let seen = 0;
  for (let i = doc.paragraphs.length - 1; i >= 0 && seen < 5; i--) {
    const text = (doc.paragraphs[i] as { text: string }).text;
    if (text.trim() === '') continue;
    seen++;
    const m = DATE_LINE.exec(text);
    const date = m ? matchedDate(m) : undefined;
    if (date) return { date, paragraph: i };
  }
  return undefined;
}

const OPENING_DATE =
  /(\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:在|于)[^。\n]{0,60}?(?:会议|大会|典礼|仪式)(?:上)?/u;

/** A date alone in brackets under the title: `（2018年1月2日）`, `（2020年11月27日，北京）`. */
const BRACKETED_DATE =
  /^\s*[（(]\s*(\d{4}|[〇零一二][〇零一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*(?:[，,、]\s*\p{Script=Han}{1,8}\s*)?[）)]\s*$/u;

/** A date alone on a line under the title in figures: `2022.12.31`, `2022/12/31`. */
const FIGURE_DATE_LINE = /^\s*(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})\s*$/u;

/** A dateline in the title block: `——2026年1月25日在…代表大会第四次会议上`, `（2018年1月2日）`. */
export function openingDate(
  doc: SpeechDocument,
): { date: string; paragraph: number; text: string } | undefined {
  let seen = 0;
  for (let i = 0; i < doc.paragraphs.length && seen < OPENING_PARAGRAPHS; i++) {
    const text = (doc.paragraphs[i] as { text: string }).text;
    if (text.trim() === '') continue;
    seen++;
    const m = OPENING_DATE.exec(text) ?? BRACKETED_DATE.exec(text) ?? FIGURE_DATE_LINE.exec(text);
    const date = m ? matchedDate(m) : undefined;
    if (m && date) return { date, paragraph: i, text: m[0] };
  }
  return undefined;
}

interface Signal {
  /** Where it came from, for the notes. */
  label: string;
  year: number;
  /** A full date, when the signal has one. */
  date?: string;
}

const METADATA_LABEL: Record<MetadataDate['source'], string> = {
  signature: '落款日期',
  header: '页眉日期',
  metadata: '文件属性日期',
};

/** The document's own date signals, strongest first. */
function documentSignals(
  doc: SpeechDocument,
  metadataDates: readonly MetadataDate[],
  profile: () => YearProfile,
): Signal[] {
  const signals: Signal[] = [];
  const fromHost = (source: MetadataDate['source']) =>
    metadataDates
      .filter((d) => d.source === source)
      .map((d) => ({
        label: `${METADATA_LABEL[source]}${d.date}`,
        year: parseIsoDate(d.date).year,
        date: d.date,
      }));
  signals.push(...fromHost('signature'));
  const signature = signatureDate(doc);
  if (signature) {
    signals.push({
      label: `第${signature.paragraph + 1}段落款日期${signature.date}`,
      year: parseIsoDate(signature.date).year,
      date: signature.date,
    });
  }
  signals.push(...fromHost('header'));
  const dateline = openingDate(doc);
  if (dateline)
    signals.push({
      label: `第${dateline.paragraph + 1}段“${dateline.text}”`,
      year: parseIsoDate(dateline.date).year,
      date: dateline.date,
    });
  for (const y of documentYears(doc))
    signals.push({ label: `第${y.paragraph + 1}段“${y.text}”`, year: y.year });
  const body = bodyYear(doc, profile());
  if (body) signals.push({ label: body.label, year: body.year });
  signals.push(...fromHost('metadata'));
  return signals;
}

export function resolveSpeechDate(doc: SpeechDocument, input: SpeechDateInput): SpeechDate {
  if (input.userDate !== undefined)
    return makeSpeechDate(input.userDate, 'option', [], input.userDatePrecision ?? 'day');
  for (const d of input.metadataDates ?? []) parseIsoDate(d.date);
  const today = parseIsoDate(input.today);
  const signals = documentSignals(
    doc,
    input.metadataDates ?? [],
    input.yearProfile ?? (() => yearProfile(doc)),
  );
  const first = signals[0];
  if (!first) return makeSpeechDate(input.today, 'today');
  const notes = [`依据：${first.label}`];
  const disagreeing = signals.filter((s) => s.year !== first.year);
  if (disagreeing.length > 0) {
    notes.push(
      `文档自身的日期线索不一致：${disagreeing.map((s) => `${s.label}（${s.year}年）`).join('；')}`,
    );
  }
  // A year alone: a full date of the same year from a weaker signal, else today if it is
  // that year, else the year's first day.
  const sameYearDate = signals.find((s) => s.year === first.year && s.date !== undefined)?.date;
  if (first.date ?? sameYearDate)
    return makeSpeechDate((first.date ?? sameYearDate) as string, 'document', notes);
  const date = first.year === today.year ? input.today : isoDate(first.year, 1, 1);
  notes.push(`只知年份（${first.year}年），按全年判断`);
  return makeSpeechDate(date, 'document', notes, 'year');
}
