/**
 * Renders one list counter in a Word `w:numFmt`, the way Word displays it
 * (chineseCounting 十一, chineseCountingThousand 一百一十, decimalFullWidth １２, …).
 */

const ZH_DIGITS = '〇一二三四五六七八九';
const ZH_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

interface CountingUnits {
  digits: string;
  ten: string;
  hundred: string;
  thousand: string;
  tenThousand: string;
  zero: string;
}

const SIMPLIFIED: CountingUnits = {
  digits: ZH_DIGITS,
  ten: '十',
  hundred: '百',
  thousand: '千',
  tenThousand: '万',
  zero: '零',
};
const TRADITIONAL: CountingUnits = { ...SIMPLIFIED, tenThousand: '萬' };
const LEGAL: CountingUnits = {
  digits: ZH_LEGAL_DIGITS,
  ten: '拾',
  hundred: '佰',
  thousand: '仟',
  tenThousand: '万',
  zero: '零',
};

/**
 * Chinese counting below 100,000,000: 十一 (a leading 一十 becomes 十 only when `shortTeens`
 * and the number is 10–19), 一百零一, 一百一十, 一千零一十.
 */
function countChinese(n: number, units: CountingUnits, shortTeens: boolean): string {
  if (n === 0) return units.digits[0]!;
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    const head = countChinese(high, units, shortTeens) + units.tenThousand;
    if (low === 0) return head;
    return head + (low < 1000 ? units.zero : '') + countChinese(low, units, false);
  }
  const places = [units.thousand, units.hundred, units.ten, ''];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const digit = digits[i]!;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += units.zero;
    pendingZero = false;
    out += units.digits[digit]! + places[i]!;
  }
  if (shortTeens && n >= 10 && n < 20) out = out.slice(1);
  return out;
}

function letters(n: number, base: string): string {
  // Word repeats the letter: a … z, aa … zz, aaa …
  const letter = base[(n - 1) % 26]!;
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function digitByDigit(n: number, digits: string): string {
  return String(n).replace(/[0-9]/g, (digit) => digits[Number(digit)]!);
}

/** Formats `n` in the numFmt `format`; unknown formats fall back to decimal, as Word does. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return fullWidth(String(n));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      // ① … ⑳, then ㉑ … ㉟ and ㊱ … ㊿ (as LibreOffice renders them), then plain digits.
      if (n <= 20) return enclosed(n, 0x2460, 20);
      if (n <= 35) return String.fromCodePoint(0x3251 + n - 21);
      return n <= 50 ? String.fromCodePoint(0x32b1 + n - 36) : String(n);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle':
      return enclosed(n, 0x3280, 10);
    case 'ideographParenthesized':
      return enclosed(n, 0x3220, 10);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'chineseCounting':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      return countChinese(n, SIMPLIFIED, true);
    case 'chineseCountingThousand':
      return countChinese(n, SIMPLIFIED, true);
    case 'taiwaneseCountingThousand':
    case 'japaneseCountingThousand':
      return countChinese(n, TRADITIONAL, true);
    case 'chineseLegalSimplified':
      return countChinese(n, LEGAL, false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitByDigit(n, ZH_DIGITS);
    case 'ideographTraditional':
      // 甲 … 癸; past the ten stems Word and LibreOffice fall back to digits.
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    default:
      return String(n);
  }
}

/** Bullet glyphs that Word stores as Symbol/Wingdings private-use characters. */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf06e': '■',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
  '\uf076': '❖',
  '\uf0a8': '◆',
};

export function bulletText(lvlText: string): string {
  return lvlText.replace(/[\uf000-\uf0ff]/g, (char) => SYMBOL_BULLETS[char] ?? char);
}
