/**
 * The engine's public types. Every host (Word, .docx, .txt, templates) builds a
 * SpeechDocument; every rule reports against {paragraph, offset, length} in UTF-16 units.
 */

import type { AnyTableSpec } from '../data/table';

/** One paragraph, with `text` exactly as Word's `Paragraph.text` reports it. */
export interface SpeechParagraph {
  text: string;
  /** Style name as the host reports it, e.g. "Heading 1" or "标题 1". */
  style?: string;
  /** 1-based outline level when the host knows one (Heading 1 → 1). */
  outlineLevel?: number;
  /** Word's automatic list number exactly as displayed, e.g. "（二）"; not part of `text`. */
  listLabel?: string;
  /** 0-based list level of that automatic number. */
  listLevel?: number;
}

export interface SpeechDocument {
  paragraphs: SpeechParagraph[];
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh-CN' | 'en-US';

/** A text in both UI languages; zh-CN first. */
export interface Localized {
  zh: string;
  en: string;
}

/** Values a message template can interpolate as `{name}`; a Localized value is picked per locale. */
export type MessageData = Record<string, string | number | Localized>;

export interface Fix {
  replacement: string;
}

/** What a rule reports: only what the rule knows. The engine adds id, severity and message. */
export interface RuleReport {
  paragraph: number;
  offset: number;
  length: number;
  messageId: string;
  data?: MessageData;
  /** Present only when the replacement for the reported text is certain. */
  fix?: Fix;
  /** Possible replacements when the rule cannot be certain. */
  suggestions?: string[];
}

export type SpeechDateSource = 'option' | 'document' | 'today';

export interface SpeechDate {
  /** ISO date YYYY-MM-DD. */
  date: string;
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
  source: SpeechDateSource;
  /**
   * 'year' when only the year is known (a title such as `2022年工作会议`): `date` is then a
   * stand-in and date rules judge against the whole year. Absent means 'day'.
   */
  precision?: 'day' | 'year';
  /** Human-readable note on where the date came from and any conflicting signals. */
  notes: string[];
}

/** Knowledge tables the rules read. Loaded and validated by `src/core/data`. */
export type KnowledgeTables = Record<string, unknown>;

export interface RuleContext<Options> {
  options: Options;
  speechDate: SpeechDate;
  /** Today's date (YYYY-MM-DD), passed in by the host: the core has no clock. */
  today: string;
  /** Validated knowledge tables by name (see src/core/data). */
  tables: KnowledgeTables;
  /** Memoised analyses shared between rules in one check, e.g. the parsed heading outline. */
  shared<T>(key: string, compute: () => T): T;
  /** The office's `require` pairs (config and office libraries); term/office enforces them. */
  require?: readonly RequirePair[];
}

export interface Rule<Options = Record<string, unknown>> {
  /** `<category>/<name>`; a public name that never changes once shipped. */
  id: string;
  title: Localized;
  description: Localized;
  defaultSeverity: Severity;
  /** Whether the rule may attach a certain `fix`. */
  fixable: boolean;
  /**
   * False for a rule that ships switched off (its measured precision is below the bar): it runs
   * only when config names it or its category. Absent means on.
   */
  enabledByDefault?: boolean;
  /** Message templates by messageId; `{name}` is replaced from the report's data. */
  messages: Record<string, Localized>;
  defaultOptions: Options;
  /** Knowledge tables the rule reads through `tableOf(ctx, spec)`; loaded and validated by the engine. */
  tables?: readonly AnyTableSpec[];
  /** Validates user options (merged over the defaults); throws an Error that says what is wrong. */
  validateOptions?(options: unknown): Options;
  check(doc: SpeechDocument, ctx: RuleContext<Options>): RuleReport[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** A finding as hosts and formatters see it. */
export interface Finding {
  rule: string;
  severity: Severity;
  paragraph: number;
  offset: number;
  length: number;
  text: string;
  message: string;
  messageId: string;
  fix?: Fix;
  suggestions?: string[];
}

export interface CheckResult {
  speechDate: string;
  speechDateSource: SpeechDateSource;
  speechDateNotes: string[];
  /** 'year' when only the year is known (the rules then judge against the whole year). */
  speechDatePrecision: 'day' | 'year';
  paragraphs: number;
  findings: Finding[];
}

/** `"off"`, a severity, or `[severity, options]`, keyed by rule id or category. */
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

/** An office's required wording: `wrong` is always to be written `right`. */
export interface RequirePair {
  wrong: string;
  right: string;
  /** Why, in the office's words: shown with the finding. */
  note?: string;
}

export interface Config {
  rules?: Record<string, RuleSetting>;
  /** Extra entries for knowledge tables, by table name (validated like the shipped ones). */
  tables?: Record<string, unknown[]>;
  /**
   * Words nothing flags (place names, people, local programmes): a finding whose range lies
   * inside an occurrence of one of them is dropped, whatever the rule.
   */
  allow?: readonly string[];
  /** Required wording, enforced by term/office. */
  require?: readonly RequirePair[];
}

/** A date the host read outside the text: a dated signature, a header, the file's metadata. */
export interface MetadataDate {
  source: 'signature' | 'header' | 'metadata';
  /** YYYY-MM-DD */
  date: string;
}

export interface CheckOptions {
  config?: Config;
  /** The user's speech date (YYYY-MM-DD); wins over what the document says. */
  speechDate?: string;
  /** `year` when only the year of `speechDate` is known (its rules then judge the whole year). */
  speechDatePrecision?: 'day' | 'year';
  /** Dates the host found outside the text (signature, header, file metadata), any order. */
  metadataDates?: MetadataDate[];
  /** Today (YYYY-MM-DD): used when neither the user nor the document gives a date. */
  today: string;
  locale?: Locale;
  /** Rules to run; defaults to every registered rule. */
  rules?: readonly AnyRule[];
  /** Preloaded tables (e.g. with an office's extra entries); defaults to the shipped tables. */
  tables?: KnowledgeTables;
}
