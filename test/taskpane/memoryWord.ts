/**
 * A plain in-memory `SpeechDeskWord` for component tests: the pane sees only the interface, so
 * this stands for Word. It records what the pane asked for, so tests can assert on it.
 */
import type { Finding, Localized } from '../../src/core';
import type {
  WordDocument,
  DocumentSettings,
  FixRequest,
  MarkOutcome,
  SpeechDeskWord,
  WordCapabilities,
  WordFixOutcome,
} from '../../src/word/api';

export class MemoryWord implements SpeechDeskWord {
  paragraphs: string[];
  selection: { paragraph: number; start: number; end: number } | null = null;
  marked: Finding[] = [];
  comments: Finding[] = [];
  trackedFixes = 0;
  settings: DocumentSettings = { ignored: [] };
  reads = 0;
  /** What readDocument and markFindings report to the pane, like the adapter's notes. */
  readNotes: Localized[] = [];
  markNotes: Localized[] = [];
  /** Set to make the next readDocument fail like a Word error. */
  failNextRead: Error | undefined;
  private readonly caps: WordCapabilities;

  constructor(text: string, capabilities: Partial<WordCapabilities> = {}) {
    this.paragraphs = text.split('\n');
    this.caps = {
      baseline: true,
      comments: true,
      trackChanges: true,
      critiques: false,
      ...capabilities,
    };
  }

  capabilities(): WordCapabilities {
    return this.caps;
  }

  async readDocument(): Promise<WordDocument> {
    this.reads += 1;
    if (this.failNextRead) {
      const error = this.failNextRead;
      this.failNextRead = undefined;
      throw error;
    }
    return {
      paragraphs: this.paragraphs.map((text) => ({ text })),
      ...(this.readNotes.length > 0 ? { notes: [...this.readNotes] } : {}),
    };
  }

  async markFindings(findings: readonly Finding[]): Promise<MarkOutcome> {
    this.marked = [...findings];
    return {
      mode: this.caps.critiques ? 'critique' : 'highlight',
      marked: findings.length,
      missing: [],
      ...(this.markNotes.length > 0 ? { notes: [...this.markNotes] } : {}),
    };
  }

  async clearMarks(): Promise<number> {
    const count = this.marked.length;
    this.marked = [];
    return count;
  }

  async goToFinding(finding: Finding): Promise<void> {
    this.selection = {
      paragraph: finding.paragraph,
      start: finding.offset,
      end: finding.offset + finding.length,
    };
  }

  /** Rule names the pane passed with the last addComments. */
  commentRuleNames: Readonly<Record<string, string>> | undefined;

  /** Like Word via the adapter: a finding already commented on gets no second comment. */
  async addComments(
    findings: readonly Finding[],
    options?: { ruleNames?: Readonly<Record<string, string>> },
  ): Promise<number> {
    this.commentRuleNames = options?.ruleNames;
    const key = (f: Finding) => `${f.rule}|${f.paragraph}|${f.offset}|${f.text}`;
    const done = new Set(this.comments.map(key));
    const fresh = findings.filter((f) => !done.has(key(f)));
    this.comments.push(...fresh);
    return fresh.length;
  }

  async removeOwnComments(): Promise<number> {
    const count = this.comments.length;
    this.comments = [];
    return count;
  }

  async applyFixes(
    requests: readonly FixRequest[],
    options: { trackChanges: boolean; paragraphTexts: readonly string[] },
  ): Promise<WordFixOutcome> {
    const applied: Finding[] = [];
    const stale: Finding[] = [];
    const before = [...this.paragraphs];
    // Right to left within a paragraph so earlier offsets stay valid.
    const ordered = [...requests].sort(
      (a, b) => a.finding.paragraph - b.finding.paragraph || b.finding.offset - a.finding.offset,
    );
    for (const { finding, replacement } of ordered) {
      const now = this.paragraphs[finding.paragraph];
      if (
        now === undefined ||
        before[finding.paragraph] !== options.paragraphTexts[finding.paragraph]
      ) {
        stale.push(finding);
        continue;
      }
      this.paragraphs[finding.paragraph] =
        now.slice(0, finding.offset) + replacement + now.slice(finding.offset + finding.length);
      applied.push(finding);
    }
    if (options.trackChanges) this.trackedFixes += applied.length;
    return { applied, stale };
  }

  async loadDocumentSettings(): Promise<DocumentSettings> {
    return { ...this.settings, ignored: [...this.settings.ignored] };
  }

  async saveDocumentSettings(settings: DocumentSettings): Promise<void> {
    this.settings = { ...settings, ignored: [...settings.ignored] };
  }
}
