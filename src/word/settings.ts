/**
 * Per-document state saved with the document (`Office.context.document.settings`): the speech
 * date, ignored findings, and the record of SpeechDesk's own marks (so clearing them works
 * after the document is closed and reopened).
 */
import type { DocumentSettings } from './api';
import { WordAdapterError, messageFor } from './errors';
import { isHashKey, migrateOldKey } from './hash';

const SPEECH_DATE = 'speechdesk.speechDate';
const IGNORED = 'speechdesk.ignored';
const MARKS = 'speechdesk.marks.v1';

/** One highlighted span: where it was, what colour was there before, what we applied. */
export interface HighlightRecord {
  paragraph: number;
  /** fnv1a of the paragraph text when marked, to find the paragraph again if others moved. */
  paragraphHash: string;
  start: number;
  end: number;
  text: string;
  previous: string | null;
  applied: string;
}

export interface MarkRecords {
  highlights: HighlightRecord[];
  /** Ids returned by `insertAnnotations`. */
  critiques: string[];
}

/** FNV-1a over UTF-16 units: a short fingerprint of a paragraph, not a security hash. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The document's own settings store (saved inside the .docx). */
export function settings(): Office.Settings {
  return Office.context.document.settings;
}

/** Saves the document's settings; a failure is a SettingsNotSaved adapter error. */
export function save(): Promise<void> {
  return new Promise((resolve, reject) => {
    settings().saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(
          new WordAdapterError('SettingsNotSaved', messageFor('SettingsNotSaved'), {
            cause: result.error,
          }),
        );
      } else resolve();
    });
  });
}

/**
 * The settings, with ignore keys of the old format (which held paragraph text) turned into hash
 * keys, or dropped when unreadable, and saved back at once so no speech text stays in the file.
 */
export async function loadDocumentSettings(): Promise<DocumentSettings> {
  const date = settings().get(SPEECH_DATE) as unknown;
  const raw = settings().get(IGNORED) as unknown;
  const stored = Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
  const ignored = [
    ...new Set(stored.flatMap((k) => (isHashKey(k) ? [k] : (migrateOldKey(k) ?? [])))),
  ];
  if (stored.some((k) => !isHashKey(k))) {
    settings().set(IGNORED, ignored);
    await save();
  }
  return {
    ...(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { speechDate: date } : {}),
    ignored,
  };
}

export function saveDocumentSettings(value: DocumentSettings): Promise<void> {
  if (value.speechDate) settings().set(SPEECH_DATE, value.speechDate);
  else settings().remove(SPEECH_DATE);
  // Only hash keys (findingKey) are stored: never speech text.
  settings().set(IGNORED, value.ignored.filter(isHashKey));
  return save();
}

export function loadMarkRecords(): MarkRecords {
  const raw = settings().get(MARKS) as Partial<MarkRecords> | null;
  return {
    highlights: Array.isArray(raw?.highlights) ? raw.highlights : [],
    critiques: Array.isArray(raw?.critiques) ? raw.critiques : [],
  };
}

export function saveMarkRecords(records: MarkRecords): Promise<void> {
  if (records.highlights.length === 0 && records.critiques.length === 0) settings().remove(MARKS);
  else settings().set(MARKS, records);
  return save();
}
