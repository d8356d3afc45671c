/**
 * Rule settings per user, in the browser's (partitioned) localStorage: Word has no per-user
 * roaming settings for task panes (`roamingSettings` exists only in Outlook).
 */
import type { Config, SeveritySetting } from '../core';

export type RuleSettings = Record<string, SeveritySetting>;

export const RULE_SETTINGS_KEY = 'speechdesk.ruleSettings.v1';
const VALID: readonly string[] = ['off', 'error', 'warning', 'info'];

/**
 * Malformed entries are dropped: a bad store must never stop a check. Rules that no longer exist
 * are dropped when the settings become a config (`configFrom`), once the rules are loaded.
 */
export function loadRuleSettings(storage: Storage | undefined): RuleSettings {
  if (!storage) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(RULE_SETTINGS_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const settings: RuleSettings = {};
  for (const [id, value] of Object.entries(parsed)) {
    if (typeof value === 'string' && VALID.includes(value)) {
      settings[id] = value as SeveritySetting;
    }
  }
  return settings;
}

export function saveRuleSettings(storage: Storage | undefined, settings: RuleSettings): void {
  storage?.setItem(RULE_SETTINGS_KEY, JSON.stringify(settings));
}

/** The engine config for these settings; settings of rules that are not (or no longer) shipped are left out. */
export function configFrom(settings: RuleSettings, knownRuleIds: readonly string[]): Config {
  return {
    rules: Object.fromEntries(Object.entries(settings).filter(([id]) => knownRuleIds.includes(id))),
  };
}

/** localStorage can be missing or throw (storage blocked by policy); the pane then keeps settings in memory. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export const PERSONAL_ALLOW_KEY = 'speechdesk.allowWords.v1';

/** The user's 本单位 words (never flagged), kept with the user's settings on this computer. */
export function loadPersonalAllow(storage: Storage | undefined): string[] {
  if (!storage) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PERSONAL_ALLOW_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? [...new Set(parsed.filter((w): w is string => typeof w === 'string' && w.trim() !== ''))]
      : [];
  } catch {
    return [];
  }
}

export function savePersonalAllow(storage: Storage | undefined, words: readonly string[]): void {
  storage?.setItem(PERSONAL_ALLOW_KEY, JSON.stringify([...words]));
}

/** The personal list as an office library file (`allow` entries), for the administrator to share. */
export function officeLibraryJson(words: readonly string[]): string {
  return `${JSON.stringify({ version: 1, allow: [...new Set(words)].sort() }, null, 2)}\n`;
}
