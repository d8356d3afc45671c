import { isAsciiLetter, isDigit, isHan } from '../../src/core/text/cjk';
import { DOUBLED_HAN_BLOCK_UNIT } from '../../src/core/rules/typo/repeated-char';

// The fast checks must answer exactly as the patterns that define them, for every UTF-16 unit.
const HAN = /^\p{Script=Han}$/u;
const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('character classes', () => {
  it('isHan agrees with \\p{Script=Han} on every UTF-16 unit, asked twice', () => {
    const disagree = units.filter((ch) => isHan(ch) !== HAN.test(ch) || isHan(ch) !== HAN.test(ch));
    expect(disagree).toEqual([]);
  });

  it('isHan takes whole characters outside the BMP and rejects longer strings', () => {
    expect(isHan('𠀀')).toBe(true); // U+20000, Extension B: a surrogate pair
    expect(isHan('\ud840')).toBe(false); // half of it
    expect(isHan('中国')).toBe(false);
    expect(isHan('')).toBe(false);
    expect(isHan(undefined)).toBe(false);
  });

  it('isAsciiLetter and isDigit agree with their patterns on every UTF-16 unit', () => {
    const letter = units.filter((ch) => isAsciiLetter(ch) !== /^[A-Za-z]$/.test(ch));
    const digit = units.filter((ch) => isDigit(ch) !== /^[0-9０-９]$/.test(ch));
    expect(letter).toEqual([]);
    expect(digit).toEqual([]);
    expect([isAsciiLetter('ab'), isDigit('12'), isDigit('８'), isAsciiLetter(undefined)]).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  it('the doubled-character pattern of typo/repeated-char covers every Han unit', () => {
    const missed = units.filter((ch) => {
      DOUBLED_HAN_BLOCK_UNIT.lastIndex = 0;
      return isHan(ch) && !DOUBLED_HAN_BLOCK_UNIT.test(ch + ch);
    });
    expect(missed).toEqual([]);
  });
});
