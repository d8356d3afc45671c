/** Resolves config (by rule id or by category) into the severity and options of each rule. */
import type { AnyRule, Config, RuleSetting, Severity, SeveritySetting } from './types';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ResolvedRule {
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
}

const SETTINGS: readonly SeveritySetting[] = ['off', 'error', 'warning', 'info'];

export function categoryOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}

function parseSetting(
  key: string,
  setting: RuleSetting,
): [SeveritySetting, Record<string, unknown>?] {
  const [severity, options] = Array.isArray(setting) ? setting : [setting];
  if (!SETTINGS.includes(severity)) {
    throw new ConfigError(
      `rule setting "${key}": "${String(severity)}" is not one of ${SETTINGS.join(', ')}`,
    );
  }
  if (
    options !== undefined &&
    (typeof options !== 'object' || options === null || Array.isArray(options))
  ) {
    throw new ConfigError(`rule setting "${key}": options must be an object`);
  }
  return [severity, options];
}

/**
 * Category settings apply first, then rule-id settings (the more specific wins).
 * Unknown keys are errors that list what is known, so a typo never silently does nothing.
 */
export function resolveRules(
  rules: readonly AnyRule[],
  config: Config | undefined,
): ResolvedRule[] {
  const settings = config?.rules ?? {};
  const ids = new Set(rules.map((r) => r.id));
  const categories = new Set(rules.map((r) => categoryOf(r.id)));
  for (const key of Object.keys(settings)) {
    if (!ids.has(key) && !categories.has(key)) {
      throw new ConfigError(
        `unknown rule or category "${key}"; known categories: ${[...categories].sort().join(', ')}`,
      );
    }
  }
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    let severity: SeveritySetting = rule.enabledByDefault === false ? 'off' : rule.defaultSeverity;
    let userOptions: Record<string, unknown> | undefined;
    // A rule that ships off runs only when named by its id: a category setting is no opt-in.
    const keys = rule.enabledByDefault === false ? [rule.id] : [categoryOf(rule.id), rule.id];
    for (const key of keys) {
      const setting = settings[key];
      if (setting === undefined) continue;
      const [s, o] = parseSetting(key, setting);
      severity = s;
      if (o !== undefined && key === rule.id) userOptions = o;
    }
    if (severity === 'off') continue;
    const merged = { ...(rule.defaultOptions as Record<string, unknown>), ...userOptions };
    let options = merged;
    if (rule.validateOptions) {
      try {
        options = rule.validateOptions(merged) as Record<string, unknown>;
      } catch (error) {
        throw new ConfigError(`options of rule "${rule.id}": ${(error as Error).message}`);
      }
    }
    resolved.push({ rule, severity, options });
  }
  return resolved;
}
