/**
 * Runs the engine in the pane without freezing it: one rule at a time, yielding to the UI between
 * rules so a long document shows progress and the pane stays responsive. No worker is needed
 * (and none that a strict CSP would refuse): the engine is synchronous and each rule is short.
 */
import { allRules, createCheckRun, shippedTables } from '../core';
import type {
  AnyRule,
  CheckResult,
  Config,
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

export async function runCheck(
  doc: SpeechDocument,
  options: RunCheckOptions,
): Promise<CheckResult> {
  const rules = options.rules ?? allRules;
  const run = createCheckRun(doc, {
    today: options.today,
    speechDate: options.speechDate,
    locale: options.locale,
    config: options.config,
    rules,
    tables: tablesFor(rules),
  });
  const pause = options.yieldToUi ?? yieldWithTimeout;
  options.onProgress?.({ done: 0, total: run.steps });
  for (let step = 0; step < run.steps; step++) {
    await pause();
    run.runStep(step);
    options.onProgress?.({ done: step + 1, total: run.steps });
  }
  return run.result();
}
