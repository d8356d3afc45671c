/** Where a finding sits, in the units people read: line, column in characters, a short excerpt. */
import type { Finding, SpeechDocument } from '../core';

/** Characters (code points) in a string: a column counts characters, not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export interface Position {
  /** 1-based: paragraph + 1. */
  line: number;
  /** 1-based, in characters. */
  column: number;
}

export function positionOf(
  doc: SpeechDocument,
  finding: Pick<Finding, 'paragraph' | 'offset'>,
): Position {
  const text = doc.paragraphs[finding.paragraph]?.text ?? '';
  return { line: finding.paragraph + 1, column: characterCount(text.slice(0, finding.offset)) + 1 };
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** Text was cut before `before` / after `after`. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Takes up to `count` characters from the end (or start) without splitting a surrogate pair. */
function tail(text: string, count: number): string {
  const chars = Array.from(text);
  return chars.slice(Math.max(0, chars.length - count)).join('');
}
function head(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('');
}

export interface ExcerptOptions {
  /** Characters of context on each side. */
  context?: number;
  /** Longer matches keep their start and end with an ellipsis between. */
  maxMatch?: number;
}

export function excerptOf(
  paragraphText: string,
  offset: number,
  length: number,
  options: ExcerptOptions = {},
): Excerpt {
  const context = options.context ?? 16;
  const maxMatch = options.maxMatch ?? 60;
  const beforeAll = paragraphText.slice(0, offset);
  const afterAll = paragraphText.slice(offset + length);
  let match = paragraphText.slice(offset, offset + length);
  if (characterCount(match) > maxMatch) {
    const half = Math.floor(maxMatch / 2);
    match = `${head(match, half)}…${tail(match, half)}`;
  }
  const before = tail(beforeAll, context);
  const after = head(afterAll, context);
  return {
    before,
    match,
    after,
    clippedBefore: before.length < beforeAll.length,
    clippedAfter: after.length < afterAll.length,
  };
}
