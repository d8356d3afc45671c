/** What a .docx says about itself: core properties and a dated signature near the end. */
import { validIsoDate } from '../core/date/calendar';
import { parseArabicNumeral, parseChineseNumeral, parseYearDigits } from '../core/text/numerals';
import { childrenOf, innerText, nameOf, type XmlNode } from './xml';

export interface CoreProperties {
  title?: string;
  subject?: string;
  creator?: string;
  lastModifiedBy?: string;
  /** ISO timestamps as stored (W3CDTF), e.g. "2024-03-01T08:00:00Z". */
  created?: string;
  modified?: string;
}

const CORE_FIELDS: Record<string, keyof CoreProperties> = {
  'dc:title': 'title',
  'dc:subject': 'subject',
  'dc:creator': 'creator',
  'cp:lastModifiedBy': 'lastModifiedBy',
  'dcterms:created': 'created',
  'dcterms:modified': 'modified',
};

export function parseCoreProperties(root: XmlNode): CoreProperties {
  const out: CoreProperties = {};
  for (const node of childrenOf(root)) {
    const field = CORE_FIELDS[nameOf(node)];
    const value = innerText(node).trim();
    if (field !== undefined && value !== '') out[field] = value;
  }
  return out;
}

export interface DatedLine {
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** 0-based paragraph index (body) or line index (header/footer text). */
  paragraph: number;
  text: string;
}

/** A month or day: 3, ３, 三, 十二, 三十一; the 一十… that some signatures write reads as 十…. */
function monthOrDay(text: string): number | undefined {
  return parseArabicNumeral(text) ?? parseChineseNumeral(text.replace(/^一十/u, '十'));
}

const DATE_LINE =
  /^\s*(?:[（(]?)([12][0-9]{3}|[12０-９]{4}|[〇零ОＯo一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?\s*$/;

/** A paragraph that is only a date, as under a signature: `2024年3月1日`, `二〇二四年三月一日`. */
export function parseDateLine(text: string): string | undefined {
  const match = DATE_LINE.exec(text);
  if (!match) return undefined;
  const year = parseYearDigits(match[1]!);
  const month = monthOrDay(match[2]!);
  const day = monthOrDay(match[3]!);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return validIsoDate(year, month, day);
}

/** The last date-only paragraph among the final non-empty paragraphs (a dated signature). */
export function findSignatureDate(texts: readonly string[], window = 6): DatedLine | undefined {
  let seen = 0;
  for (let i = texts.length - 1; i >= 0 && seen < window; i--) {
    const text = texts[i]!;
    if (text.trim() === '') continue;
    seen++;
    const date = parseDateLine(text);
    if (date !== undefined) return { date, paragraph: i, text };
  }
  return undefined;
}

/** The first date-only line in header or footer texts. */
export function findDatedLine(texts: readonly string[]): DatedLine | undefined {
  for (let i = 0; i < texts.length; i++) {
    for (const line of texts[i]!.split(/[\v\n\t]/)) {
      const date = parseDateLine(line);
      if (date !== undefined) return { date, paragraph: i, text: texts[i]! };
    }
  }
  return undefined;
}
