/** Sentence and clause boundaries around a match, for judging the context a date sits in. */

const SENTENCE_END = /[。！？；!?;]/u;
const CLAUSE_END = /[，,。！？；!?;：:]/u;

function span(
  text: string,
  start: number,
  end: number,
  boundary: RegExp,
): { start: number; end: number } {
  let s = start;
  while (s > 0 && !boundary.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && !boundary.test(text[e] as string)) e++;
  return { start: s, end: e };
}

/** The sentence (up to 。！？；) that contains text[start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  const s = span(text, start, end, SENTENCE_END);
  return text.slice(s.start, s.end);
}

/** The clause (up to any comma-level mark) that contains text[start, end). */
export function clauseAround(text: string, start: number, end: number): string {
  const s = span(text, start, end, CLAUSE_END);
  return text.slice(s.start, s.end);
}

/** Whether text[offset] lies inside a 《…》 title (a document's name is not a use of its words). */
export function insideBookTitle(text: string, offset: number): boolean {
  const open = text.lastIndexOf('《', offset);
  if (open < 0) return false;
  const close = text.lastIndexOf('》', offset);
  return close < open && text.indexOf('》', offset) >= 0;
}
