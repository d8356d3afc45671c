/**
 * Runs the engine in the pane without freezing it: one rule at a time, yielding to the UI between
 * rules so a long document shows progress and the pane stays responsive. No worker is needed
 * (and none that a strict CSP would refuse): the engine is synchronous and each rule is short.
 */
import { allRules, check, resolveRules, shippedTables } from '../core';
import type {
  AnyRule,
  CheckResult,
  Config,
  Finding,
  KnowledgeTables,
  Locale,
  SpeechDocument,
} from '../core';

export interface CheckProgress {
  done: number;
  total: number;
}

export interface RunCheckOptions {
  today: string;
  speechDate?: string;
  locale: Locale;
  config?: Config;
  rules?: readonly AnyRule[];
  onProgress?: (progress: CheckProgress) => void;
  /** Lets the browser paint between rules; tests may pass an immediate resolver. */
  yieldToUi?: () => Promise<void>;
}

const tablesCache = new WeakMap<readonly AnyRule[], KnowledgeTables>();

function tablesFor(rules: readonly AnyRule[]): KnowledgeTables {
  let tables = tablesCache.get(rules);
  if (!tables) {
    tables = shippedTables(rules);
    tablesCache.set(rules, tables);
  }
  return tables;
}

/** The shipped rules, for hosts that load this module on demand. */
export { allRules };

export function yieldWithTimeout(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The engine's own order (RULES.md: paragraph, offset, rule id, length, message). */
function compareFindings(a: Finding, b: Finding): number {
  return (
    a.paragraph - b.paragraph ||
    a.offset - b.offset ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    a.length - b.length ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export async function runCheck(
  doc: SpeechDocument,
  options: RunCheckOptions,
): Promise<CheckResult> {
  const rules = options.rules ?? allRules;
  // Resolve once over every rule, so config errors name the real problem, then run each enabled rule.
  const enabled = resolveRules(rules, options.config);
  const tables = tablesFor(rules);
  const pause = options.yieldToUi ?? yieldWithTimeout;
  const base = {
    today: options.today,
    speechDate: options.speechDate,
    locale: options.locale,
    tables,
  };
  const findings: Finding[] = [];
  let summary: CheckResult = check(doc, { ...base, rules: [] });
  options.onProgress?.({ done: 0, total: enabled.length });
  for (const [index, { rule, severity, options: ruleOptions }] of enabled.entries()) {
    await pause();
    const result = check(doc, {
      ...base,
      rules: [rule],
      config: { rules: { [rule.id]: [severity, ruleOptions] } },
    });
    findings.push(...result.findings);
    summary = result;
    options.onProgress?.({ done: index + 1, total: enabled.length });
  }
  return { ...summary, findings: findings.sort(compareFindings) };
}
