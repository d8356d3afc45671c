/** Helpers for rules that run many patterns over every paragraph. */

// A backreference or a named group would change meaning once its pattern sits among others.
const NOT_COMBINABLE = /\\[1-9k]|\(\?<[^=!]/;

/**
 * One pattern that matches wherever any of `patterns` does (as a whole: `source` and the `u`
 * flag), so that a rule can skip at once the many paragraphs none of them can match. Undefined
 * when there is nothing to combine or a pattern cannot be combined; then no paragraph is skipped.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp | undefined {
  if (patterns.length === 0 || patterns.some((re) => NOT_COMBINABLE.test(re.source))) {
    return undefined;
  }
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'u');
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/**
 * Every match of a global pattern, like `[...text.matchAll(re)]` but without the copy of the
 * pattern and the iterator that matchAll makes on each call: rules call this for every paragraph.
 * Starts at 0 and leaves `re.lastIndex` at 0.
 */
export function matchesOf(re: RegExp, text: string): readonly RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return NO_MATCHES;
  const found: RegExpExecArray[] = [];
  while (m) {
    found.push(m);
    // An empty match must not stall the search: step over one character (code point with `u`).
    if (m[0] === '') re.lastIndex = stepOver(text, re.lastIndex, re.unicode);
    m = re.exec(text);
  }
  return found;
}

function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const unit = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return index + (pair ? 2 : 1);
}

/** Whether `text` contains any of `words`: a cheap test before running a pattern that needs one. */
export function includesAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i] as string)) return true;
  return false;
}

function escapeText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern that matches wherever any of `words` occurs, as plain text. */
export function anyText(words: readonly string[]): RegExp {
  return new RegExp([...new Set(words)].map(escapeText).join('|'), 'u');
}
