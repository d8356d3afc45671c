/** Word's plain (non-wildcard) search over one paragraph, as the fake runs it. */
import { FakeOfficeError } from './clientObject';
import type { ParagraphModel } from './model';

const QUOTES: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
};

/** What a character compares as under the stand-in's folding modes (modes.ts). */
function folded(ch: string, folds: SearchFolds | undefined): string {
  let out = ch;
  if (folds?.width) {
    const code = out.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out = ' ';
  }
  if (folds?.quotes) out = QUOTES[out] ?? out;
  return out;
}

function charMatcher(
  matchCase: boolean,
  folds: SearchFolds | undefined,
): (ch: string, expected: string) => boolean {
  return (ch, expected) => {
    if (expected === '\u0000any') return true;
    if (expected === '\u0000digit') return /[0-9]/.test(ch);
    if (expected === '\u0000letter') return /\p{L}/u.test(ch);
    const a = folded(ch, folds);
    const b = folded(expected, folds);
    return matchCase ? a === b : a.toLowerCase() === b.toLowerCase();
  };
}

export interface SearchFolds {
  quotes: boolean;
  width: boolean;
}

/** Word's plain (non-wildcard) search: `^^` is a caret, `^t` a tab, `^?` any character. */
function searchTokens(key: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < key.length; i++) {
    const ch = key[i] as string;
    if (ch !== '^') {
      tokens.push(ch);
      continue;
    }
    const next = key[++i];
    const special: Record<string, string> = {
      '^': '^',
      t: '\t',
      '?': '\u0000any',
      '#': '\u0000digit',
      $: '\u0000letter',
      s: '\u00a0',
      l: '\u000b',
      p: '\u0000para',
    };
    const token = next === undefined ? undefined : special[next];
    if (token === undefined) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `^${next ?? ''} is not a valid special character.`,
      );
    }
    tokens.push(token);
  }
  return tokens;
}

export interface FakeSearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  /** Not an Office.js option: how this stand-in's search folds characters (modes.ts). */
  folds?: SearchFolds;
}

/** Word's matches of `key` in [start, end) of a paragraph: left to right, non-overlapping. */
export function searchSpan(
  para: ParagraphModel,
  start: number,
  end: number,
  key: string,
  options: FakeSearchOptions,
): Array<[number, number]> {
  if (key.length === 0) throw new FakeOfficeError('InvalidArgument', 'Empty search string.');
  if (key.length > 255) {
    throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'The search string is too long.');
  }
  if (options.matchWildcards || options.ignorePunct || options.ignoreSpace) {
    throw new FakeOfficeError('NotImplemented', 'The fake does not model these search options.');
  }
  const tokens = searchTokens(key);
  const same = charMatcher(options.matchCase ?? false, options.folds);
  const text = para.text;
  const found: Array<[number, number]> = [];
  if (tokens.includes('\u0000para')) return found;
  let i = start;
  while (i + tokens.length <= end) {
    if (tokens.every((t, k) => same(text[i + k] as string, t))) {
      found.push([i, i + tokens.length]);
      i += tokens.length;
    } else i++;
  }
  return found;
}
