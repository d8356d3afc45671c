/**
 * Personal phrases: a writer saves a selection as a phrase, edits and deletes it, and exports
 * or imports them as a library file. Host-free: the storage is injected (localStorage in the
 * task pane, a Map in tests). Ids are deterministic (personal-1, personal-2, …): no randomness.
 */
import * as v from 'valibot';
import { loadLibrary, type LibraryProblem } from './library';
import { PhraseSchema, type Phrase } from './schema';

/** The subset of the Web Storage API the store needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PERSONAL_THEME = '我的常用语';
const DEFAULT_KEY = 'speechdesk.personalPhrases.v1';

export interface PhraseDraft {
  title: string;
  text: string;
  theme?: string;
  tags?: string[];
  speechTypes?: string[];
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  problems: LibraryProblem[];
}

export class PersonalPhraseStore {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStorage,
    options: { key?: string } = {},
  ) {
    this.key = options.key ?? DEFAULT_KEY;
  }

  /** The saved phrases; entries damaged in storage are skipped rather than losing the rest. */
  list(): Phrase[] {
    const raw = this.storage.getItem(this.key);
    if (raw === null) return [];
    try {
      return loadLibrary(JSON.parse(raw), { file: this.key }).library.phrases;
    } catch {
      return [];
    }
  }

  get(id: string): Phrase | undefined {
    return this.list().find((p) => p.id === id);
  }

  /** Saves text (e.g. the Word selection) as a new phrase; the title defaults to its opening. */
  save(draft: PhraseDraft): Phrase {
    const phrases = this.list();
    const phrase = this.validate({
      id: nextId(phrases),
      title: draft.title.trim() || defaultTitle(draft.text),
      theme: draft.theme?.trim() || PERSONAL_THEME,
      text: normaliseText(draft.text),
      tags: draft.tags ?? [],
      speechTypes: draft.speechTypes ?? [],
    });
    this.write([...phrases, phrase]);
    return phrase;
  }

  update(id: string, patch: Partial<PhraseDraft>): Phrase {
    const phrases = this.list();
    const index = phrases.findIndex((p) => p.id === id);
    if (index < 0) throw new Error(`no personal phrase "${id}"`);
    const current = phrases[index] as Phrase;
    const updated = this.validate({
      ...current,
      ...patch,
      id,
      text: patch.text === undefined ? current.text : normaliseText(patch.text),
    });
    phrases[index] = updated;
    this.write(phrases);
    return updated;
  }

  /** Deletes a phrase; false when there was none with that id. */
  remove(id: string): boolean {
    const phrases = this.list();
    const kept = phrases.filter((p) => p.id !== id);
    if (kept.length === phrases.length) return false;
    this.write(kept);
    return true;
  }

  /** A library file (same schema as an office's) holding the personal phrases. */
  exportJson(): string {
    return `${JSON.stringify({ version: 1, phrases: this.list() }, null, 2)}\n`;
  }

  /** Imports a library file's phrases: same id replaces, new ids are added, bad entries reported. */
  importJson(json: string, options: { file: string }): ImportOutcome {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      return {
        added: 0,
        replaced: 0,
        problems: [
          { file: options.file, entry: 'file', reason: `not JSON: ${(error as Error).message}` },
        ],
      };
    }
    const { library, problems } = loadLibrary(parsed, options);
    const phrases = this.list();
    let added = 0;
    let replaced = 0;
    for (const phrase of library.phrases) {
      const index = phrases.findIndex((p) => p.id === phrase.id);
      if (index >= 0) {
        phrases[index] = phrase;
        replaced++;
      } else {
        phrases.push(phrase);
        added++;
      }
    }
    this.write(phrases);
    return { added, replaced, problems };
  }

  private validate(candidate: unknown): Phrase {
    const result = v.safeParse(PhraseSchema, candidate);
    if (!result.success) throw new Error(result.issues.map((i) => i.message).join('; '));
    return result.output;
  }

  private write(phrases: Phrase[]): void {
    this.storage.setItem(this.key, JSON.stringify({ version: 1, phrases }));
  }
}

function nextId(phrases: readonly Phrase[]): string {
  const used = phrases.map((p) => /^personal-(\d+)$/.exec(p.id)).map((m) => (m ? Number(m[1]) : 0));
  return `personal-${Math.max(0, ...used) + 1}`;
}

/** Word selections end paragraphs with \r; the library separates paragraphs with \n. */
function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

function defaultTitle(text: string): string {
  const first = normaliseText(text).split('\n')[0] ?? '';
  const chars = [...first];
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : first;
}
