/** A short excerpt around a finding, so the reviewer sees the words without opening the document. */
export interface Excerpt {
  before: string;
  text: string;
  after: string;
}

const CONTEXT = 14;

export function excerptOf(
  paragraphText: string,
  offset: number,
  length: number,
  context = CONTEXT,
): Excerpt {
  const start = Math.max(0, offset - context);
  const end = Math.min(paragraphText.length, offset + length + context);
  return {
    before: (start > 0 ? '…' : '') + paragraphText.slice(start, offset),
    text: paragraphText.slice(offset, offset + length),
    after: paragraphText.slice(offset + length, end) + (end < paragraphText.length ? '…' : ''),
  };
}
