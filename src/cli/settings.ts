/** Turns --config, --rule and --date into the engine's Config and tables; bad settings are UsageErrors. */
import { readFile } from 'node:fs/promises';
import { isoDate } from '../core/date/calendar';
import {
  ConfigError,
  DateError,
  allRules,
  loadTables,
  parseIsoDate,
  parseWordLists,
  type WordListProblem,
  resolveRules,
  type AnyRule,
  type Config,
  type DataProblem,
  type KnowledgeTables,
  type RuleSetting,
  type Severity,
} from '../core';

/** A mistake on the command line or in the config file: one line, exit 2, nothing checked. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const SETTING = /^([A-Za-z0-9_/-]+)=(off|error|warning|info)$/;

/** `--rule punct=off`, `--rule count/mismatch=warning`. */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const m = SETTING.exec(flag.trim());
  if (!m) {
    throw new UsageError(`--rule "${flag}": expected <rule id or category>=off|error|warning|info`);
  }
  return [m[1] as string, m[2] as RuleSetting];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readConfigFile(path: string): Promise<Config> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--config ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`--config ${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!isPlainObject(parsed)) throw new UsageError(`--config ${path}: expected a JSON object`);
  const keys = ['rules', 'tables', 'allow', 'require', '$schema'];
  const unknown = Object.keys(parsed).filter((k) => !keys.includes(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `--config ${path}: unknown key "${unknown[0]}"; expected "rules", "tables", "allow" and "require"`,
    );
  }
  if (parsed.rules !== undefined && !isPlainObject(parsed.rules)) {
    throw new UsageError(`--config ${path}: "rules" must be an object`);
  }
  if (parsed.tables !== undefined && !isPlainObject(parsed.tables)) {
    throw new UsageError(`--config ${path}: "tables" must be an object of arrays by table name`);
  }
  return parsed as Config;
}

export interface Settings {
  config: Config;
  tables: KnowledgeTables;
  /** Bad office table entries: reported on stderr, the rest loads. */
  tableProblems: DataProblem[];
  /** Bad `allow` words and `require` pairs: reported on stderr, the rest loads. */
  wordListProblems: WordListProblem[];
  speechDate?: string;
  /** The rules that will run, with their effective severity. */
  active: { rule: AnyRule; severity: Severity }[];
}

export interface SettingsInput {
  configPath?: string;
  ruleFlags: readonly string[];
  date?: string;
  rules?: readonly AnyRule[];
}

export async function resolveSettings(input: SettingsInput): Promise<Settings> {
  const rules = input.rules ?? allRules;
  const fileConfig = input.configPath ? await readConfigFile(input.configPath) : {};
  const ruleSettings: Record<string, RuleSetting> = { ...(fileConfig.rules ?? {}) };
  for (const flag of input.ruleFlags) {
    const [key, setting] = parseRuleFlag(flag);
    // A flag changes the severity but keeps options the config file gave.
    const previous = ruleSettings[key];
    ruleSettings[key] = Array.isArray(previous) ? [setting as Severity, previous[1]] : setting;
  }
  const words = parseWordLists(fileConfig, input.configPath ?? '--config');
  const config: Config = { rules: ruleSettings, ...words.lists };
  let active;
  try {
    active = resolveRules(rules, config).map(({ rule, severity }) => ({ rule, severity }));
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (input.date !== undefined) {
    try {
      parseIsoDate(input.date);
    } catch (error) {
      if (error instanceof DateError) throw new UsageError(`--date: ${error.message}`);
      throw error;
    }
  }
  const specs = rules.flatMap((r) => r.tables ?? []);
  const extra = fileConfig.tables
    ? { file: input.configPath as string, tables: fileConfig.tables }
    : undefined;
  const { tables, problems } = loadTables(specs, extra);
  return {
    config,
    tables,
    tableProblems: problems,
    wordListProblems: words.problems,
    speechDate: input.date,
    active,
  };
}

/** The local calendar date: the CLI's clock, passed into the clock-free core. */
export function localToday(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
