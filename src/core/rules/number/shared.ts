/** Pieces the number/* rules share. */

/**
 * A heading-like paragraph (short, no sentence end): ranges and dates in titles such as
 * `1-2月工作安排` follow the house style of the title page, not running text, so they are left alone.
 */
export function isTitleLike(text: string): boolean {
  return text.length <= 30 && !/[。；！？]/u.test(text);
}

/** Full-width digits ０-９ as ASCII. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
