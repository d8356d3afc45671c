/**
 * Browsing and searching the library: by speech type, theme and kind; by keyword; and by
 * pinyin, initials or full (`wy` or `wuyao` finds 五要), with pinyin-pro, which is pure JS
 * and runs in the task pane.
 */
import { pinyin } from 'pinyin-pro';
import type { Library } from './library';
import type { Phrase, Skeleton } from './schema';

export type LibraryItem = { kind: 'skeleton'; entry: Skeleton } | { kind: 'phrase'; entry: Phrase };

export interface SearchFilter {
  kind?: 'skeleton' | 'phrase';
  /** A SPEECH_TYPES id: skeletons of that type and phrases that suit it (or suit any). */
  speechType?: string;
  /** Phrases of this theme (skeletons have no theme and are left out when it is set). */
  theme?: string;
}

export function libraryItems(library: Library): LibraryItem[] {
  return [
    ...library.skeletons.map((entry): LibraryItem => ({ kind: 'skeleton', entry })),
    ...library.phrases.map((entry): LibraryItem => ({ kind: 'phrase', entry })),
  ];
}

function passesFilter(item: LibraryItem, filter: SearchFilter): boolean {
  if (filter.kind && item.kind !== filter.kind) return false;
  if (item.kind === 'skeleton') {
    if (filter.theme) return false;
    return !filter.speechType || item.entry.speechType === filter.speechType;
  }
  if (filter.theme && item.entry.theme !== filter.theme) return false;
  const types = item.entry.speechTypes;
  return !filter.speechType || types.length === 0 || types.includes(filter.speechType);
}

const HAN = /\p{Script=Han}/u;

/** Pinyin keys of a text: initials (jqswy) and full syllables (jingqishenwuyao), Han only. */
export function pinyinKeys(text: string): { initials: string; full: string } {
  const chars = [...text].filter((c) => HAN.test(c)).join('');
  if (chars === '') return { initials: '', full: '' };
  const initials = pinyin(chars, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
  const full = pinyin(chars, { toneType: 'none', type: 'array', v: true }).join('');
  return { initials, full };
}

const keyCache = new WeakMap<object, { initials: string[]; full: string[] }>();

function pinyinFields(item: LibraryItem): { initials: string[]; full: string[] } {
  const cached = keyCache.get(item.entry);
  if (cached) return cached;
  const keys = [item.entry.title, ...item.entry.tags].map(pinyinKeys);
  const result = { initials: keys.map((k) => k.initials), full: keys.map((k) => k.full) };
  keyCache.set(item.entry, result);
  return result;
}

/** Higher is better; 0 means no match. Title beats tags beats theme beats body text. */
function score(item: LibraryItem, query: string): number {
  const { entry } = item;
  const q = query.toLowerCase();
  if (/^[a-z]+$/.test(q)) {
    const keys = pinyinFields(item);
    if (keys.initials[0]?.includes(q) || keys.full[0]?.includes(q)) return 8;
    if (
      keys.initials.slice(1).some((k) => k.includes(q)) ||
      keys.full.slice(1).some((k) => k.includes(q))
    )
      return 6;
  }
  if (entry.title.toLowerCase().includes(q)) return 10;
  if (entry.tags.some((t) => t.toLowerCase().includes(q))) return 7;
  if (item.kind === 'phrase' && item.entry.theme.includes(query)) return 5;
  const body =
    item.kind === 'phrase'
      ? item.entry.text
      : `${item.entry.summary}\n${JSON.stringify(item.entry.sections)}`;
  return body.includes(query) ? 2 : 0;
}

/** Entries matching every word of the query (space-separated), best first; all when empty. */
export function searchLibrary(
  library: Library,
  query: string,
  filter: SearchFilter = {},
): LibraryItem[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  const candidates = libraryItems(library).filter((item) => passesFilter(item, filter));
  if (words.length === 0) return candidates;
  return candidates
    .map((item, index) => ({ item, index, score: words.map((w) => score(item, w)) }))
    .filter((r) => r.score.every((s) => s > 0))
    .map((r) => ({ ...r, total: r.score.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.index - b.index)
    .map((r) => r.item);
}

/** The phrase themes in library order, for the browse list. */
export function themesOf(library: Library): string[] {
  return [...new Set(library.phrases.map((p) => p.theme))];
}
