/**
 * Runs the rules over a SpeechDocument. The engine distrusts rules: every report is validated
 * (range inside its paragraph, declared messageId, fix only from a fixable rule) and a bad one
 * throws a RuleError naming the rule, as markdownlint checks every onError call.
 */
import { loadTables, type AnyTableSpec } from '../data/table';
import { allRules } from '../rules';
import { resolveRules } from './config';
import { formatMessage, pickLocale } from './messages';
import { resolveSpeechDate } from './speechDate';
import type {
  AnyRule,
  CheckOptions,
  CheckResult,
  Finding,
  KnowledgeTables,
  RuleContext,
  RuleReport,
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

function validateReport(rule: AnyRule, doc: SpeechDocument, report: RuleReport): void {
  const fail = (reason: string): never => {
    throw new RuleError(rule.id, `${reason} (report ${JSON.stringify(report)})`);
  };
  if (!isIndex(report.paragraph) || report.paragraph >= doc.paragraphs.length) {
    fail('paragraph index out of range');
  }
  const text = (doc.paragraphs[report.paragraph] as { text: string }).text;
  if (!isIndex(report.offset) || !isIndex(report.length))
    fail('offset and length must be integers ≥ 0');
  if (report.offset + report.length > text.length) fail('range ends outside its paragraph');
  if (!Object.hasOwn(rule.messages, report.messageId))
    fail(`undeclared messageId "${report.messageId}"`);
  if (report.fix !== undefined) {
    if (!rule.fixable) fail('a fix from a rule that is not fixable');
    if (typeof report.fix.replacement !== 'string') fail('fix.replacement must be a string');
  }
  if (report.suggestions !== undefined && !report.suggestions.every((s) => typeof s === 'string')) {
    fail('suggestions must be strings');
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

export function check(doc: SpeechDocument, options: CheckOptions): CheckResult {
  const locale = options.locale ?? 'zh-CN';
  const rules = options.rules ?? allRules;
  const resolved = resolveRules(rules, options.config);
  const speechDate = resolveSpeechDate(doc, {
    userDate: options.speechDate,
    today: options.today,
    metadataDates: options.metadataDates,
  });
  const tables = options.tables ?? shippedTables(rules);
  const memo = new Map<string, unknown>();
  const shared = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const { rule, severity, options: ruleOptions } of resolved) {
    const ctx: RuleContext<Record<string, unknown>> = {
      options: ruleOptions,
      speechDate,
      today: options.today,
      tables,
      shared,
    };
    for (const report of rule.check(doc, ctx)) {
      validateReport(rule, doc, report);
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
  findings.sort(compareFindings);
  return {
    speechDate: speechDate.date,
    speechDateSource: speechDate.source,
    speechDateNotes: speechDate.notes,
    paragraphs: doc.paragraphs.length,
    findings,
  };
}
