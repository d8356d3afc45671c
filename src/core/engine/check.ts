/**
 * Runs the rules over a SpeechDocument. The engine distrusts rules: every report is validated
 * (range inside its paragraph, declared messageId, fix only from a fixable rule) and a bad one
 * throws a RuleError naming the rule, as markdownlint checks every onError call.
 */
import { loadTables, type AnyTableSpec } from '../data/table';
import { YEAR_PROFILE_KEY, yearProfile } from '../date/years';
import { allRules } from '../rules';
import { resolveRules } from './config';
import { formatMessage, pickLocale } from './messages';
import { resolveSpeechDate } from './speechDate';
import { allowedRanges, insideAllowed } from './wordLists';
import type {
  AnyRule,
  CheckOptions,
  CheckResult,
  Finding,
  KnowledgeTables,
  Locale,
  RuleContext,
  RuleReport,
  Severity,
  SpeechDocument,
} from './types';

export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    reason: string,
  ) {
    super(`rule ${ruleId}: ${reason}`);
    this.name = 'RuleError';
  }
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** What is wrong with a report, or undefined when it is valid. */
function reportProblem(rule: AnyRule, doc: SpeechDocument, report: RuleReport): string | undefined {
  if (!isIndex(report.paragraph) || report.paragraph >= doc.paragraphs.length) {
    return 'paragraph index out of range';
  }
  const text = (doc.paragraphs[report.paragraph] as { text: string }).text;
  if (!isIndex(report.offset) || !isIndex(report.length))
    return 'offset and length must be integers ≥ 0';
  if (report.offset + report.length > text.length) return 'range ends outside its paragraph';
  if (!Object.hasOwn(rule.messages, report.messageId))
    return `undeclared messageId "${report.messageId}"`;
  if (report.fix !== undefined) {
    if (!rule.fixable) return 'a fix from a rule that is not fixable';
    if (typeof report.fix.replacement !== 'string') return 'fix.replacement must be a string';
  }
  if (report.suggestions !== undefined && !report.suggestions.every((s) => typeof s === 'string')) {
    return 'suggestions must be strings';
  }
  return undefined;
}

function validateReport(rule: AnyRule, doc: SpeechDocument, report: RuleReport): void {
  const problem = reportProblem(rule, doc, report);
  if (problem !== undefined) {
    throw new RuleError(rule.id, `${problem} (report ${JSON.stringify(report)})`);
  }
}

/** Every table the given rules declare, loaded from the shipped data. */
export function shippedTables(rules: readonly AnyRule[]): KnowledgeTables {
  const specs: AnyTableSpec[] = rules.flatMap((r) => r.tables ?? []);
  return loadTables(specs).tables;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.paragraph - b.paragraph ||
    a.offset - b.offset ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.length - b.length ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * One rule's reports as findings: validated, duplicates dropped. A function of its own, apart
 * from check(), because reports of each rule have their own shape: when V8 re-optimizes this
 * loop for a new shape, it recompiles only this small function.
 */
function addFindings(
  rule: AnyRule,
  severity: Severity,
  reports: readonly RuleReport[],
  doc: SpeechDocument,
  locale: Locale,
  seen: Set<string>,
  findings: Finding[],
  allowed: (paragraph: number) => readonly [number, number][],
): void {
  for (const report of reports) {
    validateReport(rule, doc, report);
    // The office's allow list: one filter for every rule, so no rule can forget it.
    if (insideAllowed(allowed(report.paragraph), report.offset, report.length)) continue;
    const key = `${report.paragraph}:${report.offset}:${report.length}:${rule.id}:${report.messageId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = (doc.paragraphs[report.paragraph] as { text: string }).text;
    const template = pickLocale(
      rule.messages[report.messageId] as { zh: string; en: string },
      locale,
    );
    const finding: Finding = {
      rule: rule.id,
      severity,
      paragraph: report.paragraph,
      offset: report.offset,
      length: report.length,
      text: text.slice(report.offset, report.offset + report.length),
      message: formatMessage(template, report.data, locale),
      messageId: report.messageId,
    };
    if (report.fix) finding.fix = { replacement: report.fix.replacement };
    if (report.suggestions && report.suggestions.length > 0)
      finding.suggestions = [...report.suggestions];
    findings.push(finding);
  }
}

/** A check taken one rule at a time, so a host can yield between rules (the task pane does). */
export interface CheckRun {
  /** How many rules run: one step each, in order. */
  readonly steps: number;
  /** Runs the rule of step `index` (0 ≤ index < steps) and keeps its findings. */
  runStep(index: number): void;
  /** The findings of the steps run so far, in the engine's order, with the speech date. */
  result(): CheckResult;
}

/** Resolves the config, speech date and tables once; the rules then run step by step. */
export function createCheckRun(doc: SpeechDocument, options: CheckOptions): CheckRun {
  const locale = options.locale ?? 'zh-CN';
  const rules = options.rules ?? allRules;
  const resolved = resolveRules(rules, options.config);
  const memo = new Map<string, unknown>();
  const shared = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  const speechDate = resolveSpeechDate(doc, {
    userDate: options.speechDate,
    userDatePrecision: options.speechDatePrecision,
    today: options.today,
    metadataDates: options.metadataDates,
    // Without a given date the document's years decide it; the date rules reuse that analysis.
    yearProfile: () => shared(YEAR_PROFILE_KEY, () => yearProfile(doc)),
  });
  const tables = options.tables ?? shippedTables(rules);

  const findings: Finding[] = [];
  const seen = new Set<string>();
  const allow = options.config?.allow ?? [];
  const rangesByParagraph = new Map<number, readonly [number, number][]>();
  const allowed = (paragraph: number): readonly [number, number][] => {
    if (allow.length === 0) return [];
    let ranges = rangesByParagraph.get(paragraph);
    if (!ranges) {
      ranges = allowedRanges((doc.paragraphs[paragraph] as { text: string }).text, allow);
      rangesByParagraph.set(paragraph, ranges);
    }
    return ranges;
  };
  return {
    steps: resolved.length,
    runStep(index) {
      const step = resolved[index];
      if (step === undefined) throw new RangeError(`no check step ${index} of ${resolved.length}`);
      const { rule, severity, options: ruleOptions } = step;
      const ctx: RuleContext<Record<string, unknown>> = {
        options: ruleOptions,
        speechDate,
        today: options.today,
        tables,
        shared,
        require: options.config?.require ?? [],
      };
      const reports = rule.check(doc, ctx);
      addFindings(rule, severity, reports, doc, locale, seen, findings, allowed);
    },
    result() {
      return {
        speechDate: speechDate.date,
        speechDateSource: speechDate.source,
        speechDateNotes: speechDate.notes,
        speechDatePrecision: speechDate.precision ?? 'day',
        paragraphs: doc.paragraphs.length,
        findings: [...findings].sort(compareFindings),
      };
    },
  };
}

export function check(doc: SpeechDocument, options: CheckOptions): CheckResult {
  const run = createCheckRun(doc, options);
  for (let step = 0; step < run.steps; step++) run.runStep(step);
  return run.result();
}
