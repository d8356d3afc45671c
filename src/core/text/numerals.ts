/**
 * Chinese numerals as speeches use them: 一…九十九, 两 and 〇/零, in plain, counting (两个方面)
 * and ordinal forms (一是/一要/第一/首先…最后); years written digit by digit (二〇二二) and
 * counts up to 999 (一百零三). Pure functions, no host dependencies: the core, the templates
 * and the .docx reader all read numerals here.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const DIGIT_CHARS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Characters that can appear in a Chinese numeral up to 99 (for building regexes). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十';

/**
 * Parses a Chinese numeral from 〇 to 九十九 (一, 十二, 二十, 两, 〇). Returns undefined for
 * anything else, including empty strings, 百 and malformed forms such as 十十 or 二二.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0 || text.length > 3) return undefined;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) {
    return text.length === 1 ? DIGITS[text] : undefined;
  }
  if (text.indexOf('十', tenAt + 1) >= 0) return undefined;
  const before = text.slice(0, tenAt);
  const after = text.slice(tenAt + 1);
  const tens = before === '' ? 1 : DIGITS[before];
  const ones = after === '' ? 0 : DIGITS[after];
  // 两 only counts (两个); it is not written inside a compound numeral such as 二十.
  if (tens === undefined || ones === undefined || tens === 0 || before === '两' || after === '两')
    return undefined;
  if (before !== '' && tens === 1) return undefined; // 一十 is not how a speech writes 10
  if (after === '〇' || after === '零') return undefined;
  return tens * 10 + ones;
}

export interface FormatOptions {
  /** Counting form: 2 is written 两 (两个方面, 两点). Ordinal and plain forms write 二. */
  counting?: boolean;
}

/** Formats 0…99 as a Chinese numeral: 3 → 三, 12 → 十二, 20 → 二十, counting 2 → 两. */
export function formatChineseNumeral(n: number, options: FormatOptions = {}): string {
  if (!Number.isInteger(n) || n < 0 || n > 99)
    throw new RangeError(`cannot format ${n} as a Chinese numeral (0…99)`);
  if (n === 2 && options.counting) return '两';
  if (n < 10) return DIGIT_CHARS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (
    (tens === 1 ? '' : (DIGIT_CHARS[tens] as string)) +
    '十' +
    (ones === 0 ? '' : (DIGIT_CHARS[ones] as string))
  );
}

/** The value of a run of ASCII or full-width digits the caller has already matched. */
function digitsValue(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    n = n * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return n;
}

/** Parses ASCII or full-width digits ("12", "１２"); undefined when not all digits. */
export function parseArabicNumeral(text: string): number | undefined {
  return /^[0-9０-９]{1,3}$/u.test(text) ? digitsValue(text) : undefined;
}

/** Letters typed for 〇 in years (Ｏ, Latin O and o, Cyrillic О); callers' patterns decide which they admit. */
const ZERO_LOOKALIKES: ReadonlySet<string> = new Set(['Ｏ', 'O', 'o', 'О']);

/** A year written digit by digit (二〇二二) or in Arabic figures, full-width included. */
export function parseYearDigits(text: string): number | undefined {
  if (/^[0-9０-９]{4}$/u.test(text)) return digitsValue(text);
  if (text.length !== 4) return undefined;
  let value = 0;
  for (const ch of text) {
    const d = ZERO_LOOKALIKES.has(ch) ? 0 : DIGITS[ch];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** A count from 1 to 999 in Arabic figures or Chinese (十二, 二十, 一百零三, 百); undefined otherwise. */
export function parseCount(text: string): number | undefined {
  const arabic = parseArabicNumeral(text);
  if (arabic !== undefined) return arabic;
  if (!/^[〇零一二两三四五六七八九十百]+$/u.test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGITS[ch] ?? 0;
    }
  }
  total += current;
  return total > 0 ? total : undefined;
}

/** The forms an in-text ordinal takes. */
export type OrdinalForm =
  /** 一是、二是 */
  | 'shi'
  /** 一是要、二是要 */
  | 'shiyao'
  /** 一要、二要 */
  | 'yao'
  /** 第一、第二 */
  | 'di'
  /** 首先、其次、再次、最后 */
  | 'sequence-word';

/** Word ordinals in their usual order; 最后 closes a run whatever its length. */
export const SEQUENCE_WORDS = ['首先', '其次', '再次', '最后'] as const;
export type SequenceWord = (typeof SEQUENCE_WORDS)[number];

/** The position a sequence word stands for; 最后 has no fixed number. */
export function sequenceWordNumber(word: SequenceWord): number | undefined {
  return word === '最后' ? undefined : SEQUENCE_WORDS.indexOf(word) + 1;
}

/** Writes an ordinal of a form: (3, 'shi') → 三是, (2, 'di') → 第二, (2, 'sequence-word') → 其次. */
export function formatOrdinal(n: number, form: OrdinalForm): string {
  const numeral = formatChineseNumeral(n);
  switch (form) {
    case 'shi':
      return `${numeral}是`;
    case 'shiyao':
      return `${numeral}是要`;
    case 'yao':
      return `${numeral}要`;
    case 'di':
      return `第${numeral}`;
    case 'sequence-word':
      return SEQUENCE_WORDS[n - 1] ?? `第${numeral}`;
  }
}
