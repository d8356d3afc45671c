/** Signature dates in a .docx, read with the core's numerals (src/core/text/numerals). */
import { parseDateLine } from '../../src/docx/metadata';

describe('parseDateLine', () => {
  it.each([
    ['2024年3月1日', '2024-03-01'],
    ['２０２４年１２月３１日', '2024-12-31'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['（二〇二五年一月二十日）', '2025-01-20'],
    // Typists put letters for 〇: full-width Ｏ, Cyrillic О, Latin o.
    ['二Ｏ二四年三月十二日', '2024-03-12'],
    ['二О二四年三月十二日', '2024-03-12'],
    ['二o二四年三月十二日', '2024-03-12'],
    // Some signatures spell ten as 一十.
    ['二〇二四年一十月一十八日', '2024-10-18'],
  ])('%s is %s', (text, date) => expect(parseDateLine(text)).toBe(date));

  it.each([
    '二〇二四年二月三十日',
    '二〇二四年十三月一日',
    '二〇二四年三月二二日',
    '二〇二四年三月十十日',
    '二〇二四年三月一日在全县工作会议上',
  ])('%s is not a date line', (text) => expect(parseDateLine(text)).toBeUndefined());
});
