/** Chinese numerals as they appear in dates and counts: 二〇二二, 十二, 一百, 七十五. */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  Ｏ: 0,
  O: 0,
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

/** A year written digit by digit (二〇二二) or in Arabic figures, full-width included. */
export function parseYearDigits(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d{4}$/.test(ascii)) return Number(ascii);
  if (text.length !== 4) return undefined;
  let value = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** A count from 1 to 999 in Arabic figures or Chinese (十二, 二十, 一百零三, 百); undefined otherwise. */
export function parseCount(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d{1,3}$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return undefined;
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
