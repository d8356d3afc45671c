/**
 * An office's word lists: `allow` words nothing flags and `require` pairs term/office enforces.
 * They come from an untrusted file (the CLI's --config, an office library): every bad entry is
 * a problem naming the file, the entry and the reason, and everything valid still loads.
 */
import type { RequirePair } from './types';

export interface WordLists {
  allow: string[];
  require: RequirePair[];
}

export interface WordListProblem {
  file: string;
  /** `allow[3]`, `require[0]`, or `allow` for the list as a whole. */
  entry: string;
  reason: string;
}

export function formatWordListProblem(p: WordListProblem): string {
  return `${p.file}: ${p.entry}: ${p.reason}`;
}

/** Longest word an office may list: a phrase, not a paragraph. */
const MAX_WORD = 40;

function wordProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'expected a string';
  if (value.trim() === '') return 'empty word';
  if (value !== value.trim()) return 'leading or trailing spaces';
  if (value.length > MAX_WORD) return `longer than ${MAX_WORD} characters`;
  if (/[\r\n]/u.test(value)) return 'a word cannot span lines';
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates `allow` and `require` as given in a config file or office library (either may be absent). */
export function parseWordLists(
  raw: { allow?: unknown; require?: unknown },
  file: string,
): { lists: WordLists; problems: WordListProblem[] } {
  const lists: WordLists = { allow: [], require: [] };
  const problems: WordListProblem[] = [];
  if (raw.allow !== undefined) {
    if (!Array.isArray(raw.allow)) {
      problems.push({ file, entry: 'allow', reason: 'expected an array of words' });
    } else {
      const seen = new Set<string>();
      raw.allow.forEach((word: unknown, index) => {
        const reason = wordProblem(word);
        if (reason) problems.push({ file, entry: `allow[${index}]`, reason });
        else if (!seen.has(word as string)) {
          seen.add(word as string);
          lists.allow.push(word as string);
        }
      });
    }
  }
  if (raw.require !== undefined) {
    if (!Array.isArray(raw.require)) {
      problems.push({
        file,
        entry: 'require',
        reason: 'expected an array of {"wrong", "right", "note"} pairs',
      });
    } else {
      const seen = new Set<string>();
      raw.require.forEach((pair: unknown, index) => {
        const entry = `require[${index}]`;
        if (!isPlainObject(pair)) {
          problems.push({ file, entry, reason: 'expected an object {"wrong", "right", "note"}' });
          return;
        }
        const extra = Object.keys(pair).filter((k) => !['wrong', 'right', 'note'].includes(k));
        const wrong = wordProblem(pair.wrong);
        const right = wordProblem(pair.right);
        let reason: string | undefined;
        if (extra.length > 0) reason = `unknown key "${extra[0]}"; expected wrong, right, note`;
        else if (wrong) reason = `wrong: ${wrong}`;
        else if (right) reason = `right: ${right}`;
        else if (pair.wrong === pair.right) reason = 'wrong and right are the same';
        else if (pair.note !== undefined && (typeof pair.note !== 'string' || !pair.note.trim()))
          reason = 'note: expected a non-empty string';
        else if (seen.has(pair.wrong as string))
          reason = `duplicate wrong "${String(pair.wrong)}" in this file`;
        if (reason) {
          problems.push({ file, entry, reason });
          return;
        }
        seen.add(pair.wrong as string);
        const good: RequirePair = { wrong: pair.wrong as string, right: pair.right as string };
        if (typeof pair.note === 'string') good.note = pair.note;
        lists.require.push(good);
      });
    }
  }
  return { lists, problems };
}

/** Later lists add words; a later `require` pair for the same wrong word replaces an earlier one. */
export function mergeWordLists(...lists: readonly Partial<WordLists>[]): WordLists {
  const allow = new Set<string>();
  const require = new Map<string, RequirePair>();
  for (const list of lists) {
    for (const word of list.allow ?? []) allow.add(word);
    for (const pair of list.require ?? []) require.set(pair.wrong, pair);
  }
  return { allow: [...allow], require: [...require.values()] };
}

/**
 * The ranges [start, end) of a paragraph covered by allowed words. A finding inside one of them
 * is dropped; the engine asks this once per paragraph that has findings.
 */
export function allowedRanges(text: string, allow: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of allow) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      ranges.push([at, at + word.length]);
    }
  }
  return ranges;
}

/** Whether [offset, offset+length) lies inside one allowed range (a zero-length finding too). */
export function insideAllowed(
  ranges: readonly [number, number][],
  offset: number,
  length: number,
): boolean {
  return ranges.some(([start, end]) => offset >= start && offset + length <= end);
}
