/**
 * Loading and merging libraries. An office's file is untrusted: each bad entry becomes a
 * problem (file, entry, reason) and everything valid still loads. The shipped library is
 * loaded the same way, but a problem there is a programming error and throws.
 */
import * as v from 'valibot';
import { describeIssues } from '../core/data/table';
import { mergeWordLists, parseWordLists } from '../core/engine/wordLists';
import type { RequirePair } from '../core/engine/types';
import phrasesData from './data/phrases.json';
import skeletonsData from './data/skeletons.json';
import {
  LibraryFileSchema,
  PhraseSchema,
  SkeletonSchema,
  type Phrase,
  type Skeleton,
} from './schema';

export interface Library {
  skeletons: Skeleton[];
  phrases: Phrase[];
  /** The office's words nothing flags (engine Config `allow`). */
  allow?: string[];
  /** The office's required wording (engine Config `require`, enforced by term/office). */
  require?: RequirePair[];
}

export interface LibraryProblem {
  file: string;
  /** `skeletons[2]` or `phrases[5]`, with the entry's id when it has one: `phrases[5] (wu-yao)`. */
  entry: string;
  reason: string;
}

export class LibraryError extends Error {
  constructor(readonly problems: LibraryProblem[]) {
    super(problems.map(formatLibraryProblem).join('\n'));
    this.name = 'LibraryError';
  }
}

export function formatLibraryProblem(p: LibraryProblem): string {
  return `${p.file}: ${p.entry}: ${p.reason}`;
}

function entryName(list: string, index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `${list}[${index}] (${id})` : `${list}[${index}]`;
}

function loadEntries<T extends { id: string }>(
  list: 'skeletons' | 'phrases',
  schema: v.GenericSchema<unknown, T>,
  raw: readonly unknown[],
  file: string,
  problems: LibraryProblem[],
): T[] {
  const good: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const entry = entryName(list, index, item);
    const result = v.safeParse(schema, item);
    if (!result.success) {
      problems.push({ file, entry, reason: describeIssues(result.issues) });
    } else if (seen.has(result.output.id)) {
      problems.push({ file, entry, reason: `duplicate id "${result.output.id}" in this file` });
    } else {
      seen.add(result.output.id);
      good.push(result.output);
    }
  });
  return good;
}

/** Reads a library file's parsed JSON: valid entries load, each bad one is a problem. */
export function loadLibrary(
  json: unknown,
  options: { file: string },
): { library: Library; problems: LibraryProblem[] } {
  const { file } = options;
  const problems: LibraryProblem[] = [];
  const top = v.safeParse(LibraryFileSchema, json);
  if (!top.success) {
    return {
      library: { skeletons: [], phrases: [] },
      problems: [{ file, entry: 'file', reason: describeIssues(top.issues) }],
    };
  }
  const skeletons = loadEntries(
    'skeletons',
    SkeletonSchema,
    top.output.skeletons ?? [],
    file,
    problems,
  );
  const phrases = loadEntries('phrases', PhraseSchema, top.output.phrases ?? [], file, problems);
  const library: Library = { skeletons, phrases };
  if (top.output.allow !== undefined || top.output.require !== undefined) {
    const words = parseWordLists(top.output, file);
    problems.push(...words.problems);
    library.allow = words.lists.allow;
    library.require = words.lists.require;
  }
  return { library, problems };
}

/** Later libraries win: an office entry with a shipped id replaces the shipped one in place. */
export function mergeLibraries(...libraries: readonly Library[]): Library {
  const merge = <T extends { id: string }>(lists: readonly T[][]): T[] => {
    const byId = new Map<string, T>();
    for (const list of lists) for (const entry of list) byId.set(entry.id, entry);
    return [...byId.values()];
  };
  const merged: Library = {
    skeletons: merge(libraries.map((l) => l.skeletons)),
    phrases: merge(libraries.map((l) => l.phrases)),
  };
  if (libraries.some((l) => l.allow !== undefined || l.require !== undefined)) {
    const words = mergeWordLists(...libraries);
    merged.allow = words.allow;
    merged.require = words.require;
  }
  return merged;
}

let shipped: Library | undefined;

/** The library shipped with SpeechDesk; throws LibraryError if its data is invalid. */
export function shippedLibrary(): Library {
  if (shipped) return shipped;
  const parts = [
    loadLibrary(skeletonsData, { file: 'src/templates/data/skeletons.json' }),
    loadLibrary(phrasesData, { file: 'src/templates/data/phrases.json' }),
  ];
  const problems = parts.flatMap((p) => p.problems);
  if (problems.length > 0) throw new LibraryError(problems);
  shipped = mergeLibraries(...parts.map((p) => p.library));
  return shipped;
}

/**
 * A personal word list as an office library file (`{"version": 1, "allow", "require"}`), the form
 * an administrator merges into the office library: what 忽略此词（本单位） collects, exported.
 */
export function wordListLibraryFile(lists: {
  allow?: readonly string[];
  require?: readonly RequirePair[];
}): { version: 1; allow: string[]; require: RequirePair[] } {
  const words = mergeWordLists({
    allow: [...(lists.allow ?? [])],
    require: [...(lists.require ?? [])],
  });
  return {
    version: 1,
    allow: [...words.allow].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    require: words.require,
  };
}

export function findSkeleton(library: Library, id: string): Skeleton | undefined {
  return library.skeletons.find((s) => s.id === id);
}

export function findPhrase(library: Library, id: string): Phrase | undefined {
  return library.phrases.find((p) => p.id === id);
}
