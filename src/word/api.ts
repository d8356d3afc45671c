/**
 * The contract between the task pane and Word. The pane only ever sees this interface (through
 * React context), never `Word` itself: the Office.js implementation lives in src/word, tests and
 * the preview pass other implementations.
 */
import type { Finding, Localized, SpeechDocument } from '../core';
import { hashKey } from './hash';

/** What the user's Word can do, from `Office.context.requirements.isSetSupported`. */
export interface WordCapabilities {
  /** WordApi 1.3: reading, list labels, highlights, selection. The baseline. */
  baseline: boolean;
  /** WordApi 1.4: comments. */
  comments: boolean;
  /** WordApi 1.4: change tracking (修订) for fixes. */
  trackChanges: boolean;
  /** WordApi 1.7: Editor-style critiques (`Paragraph.insertAnnotations`). */
  critiques: boolean;
}

export type MarkMode = 'critique' | 'highlight';

/** The document as read from Word, with what the user should know about the reading. */
export interface WordDocument extends SpeechDocument {
  /**
   * E.g. tracked changes were read as accepted, or list numbers could not be read. For the pane
   * to show above the findings.
   */
  notes?: Localized[];
}

export interface MarkOutcome {
  mode: MarkMode;
  marked: number;
  /** Findings whose text could not be located in the current document. */
  missing: Finding[];
  /**
   * Highlight mode only: findings left unmarked because their text already carries several
   * highlight colours, which clearing could not restore with one colour.
   */
  skipped?: Finding[];
  /** Why the marks are not what was asked (critiques fell back to highlights, tracked changes…). */
  notes?: Localized[];
}

export type FixOutcomeKind = 'applied' | 'stale';

export interface FixRequest {
  finding: Finding;
  /** The chosen replacement: the finding's fix or one of its suggestions. */
  replacement: string;
}

export interface WordFixOutcome {
  applied: Finding[];
  /** The paragraph no longer reads as it did when checked: re-check instead of writing. */
  stale: Finding[];
}

/** Per-document settings saved with the document (`Office.context.document.settings`). */
export interface DocumentSettings {
  /** The user's speech date, YYYY-MM-DD. */
  speechDate?: string;
  /** Keys of findings the user chose to ignore (see `findingKey`). */
  ignored: string[];
}

/** How comments are written. */
export interface CommentOptions {
  /** The rule's Chinese name by rule id, shown at the head of each comment (过时提法). */
  ruleNames?: Readonly<Record<string, string>>;
}

export interface SpeechDeskWord {
  capabilities(): WordCapabilities;
  /** The whole document as the engine wants it, in a fixed number of syncs. */
  readDocument(): Promise<WordDocument>;
  /**
   * Shows findings in the document: critiques where supported (unless `highlight` is asked for),
   * otherwise highlights by severity. Constant number of syncs, whatever the count.
   */
  markFindings(findings: readonly Finding[], options?: { mode?: MarkMode }): Promise<MarkOutcome>;
  /** Removes exactly the marks SpeechDesk made, restoring prior highlights. Returns how many. */
  clearMarks(): Promise<number>;
  /** Selects the finding's text and scrolls to it. */
  goToFinding(finding: Finding): Promise<void>;
  /**
   * Adds a Word comment per finding (WordApi 1.4), skipping findings SpeechDesk already commented
   * on. Returns how many were added.
   */
  addComments(findings: readonly Finding[], options?: CommentOptions): Promise<number>;
  /** Deletes the comments SpeechDesk added, and no other. Returns how many. */
  removeOwnComments?(): Promise<number>;
  /**
   * Writes replacements after confirming each paragraph still reads as it did when checked.
   * `paragraphTexts` are the texts at check time, by paragraph index.
   */
  applyFixes(
    requests: readonly FixRequest[],
    options: { trackChanges: boolean; paragraphTexts: readonly string[] },
  ): Promise<WordFixOutcome>;
  loadDocumentSettings(): Promise<DocumentSettings>;
  saveDocumentSettings(settings: DocumentSettings): Promise<void>;
}

/**
 * A finding's identity that survives re-checks of unchanged text: a hash of rule, offset, slice
 * and paragraph text. Keys are saved in the document's settings, which must hold no speech text
 * (deleted text would stay in the file): only the hash is kept.
 */
export function findingKey(finding: Finding, paragraphText: string): string {
  return hashKey([finding.rule, String(finding.offset), finding.text, paragraphText]);
}
