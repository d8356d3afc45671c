/** Message templates: `{name}` is replaced from the report's data; unknown names stay visible. */
import type { Locale, Localized, MessageData } from './types';

export function pickLocale(text: Localized, locale: Locale): string {
  return locale === 'en-US' ? text.en : text.zh;
}

/** A template cut at its `{name}` placeholders: text, name, text, name, …, text. */
const parsedTemplates = new Map<string, string[]>();

function parseTemplate(template: string): string[] {
  let parts = parsedTemplates.get(template);
  if (!parts) {
    // split() with a capturing group keeps the names at the odd indexes.
    parts = template.split(/\{(\w+)\}/);
    // Rules have a few dozen templates; a caller formatting endless new ones is not cached.
    if (parsedTemplates.size < 1000) parsedTemplates.set(template, parts);
  }
  return parts;
}

export function formatMessage(
  template: string,
  data: MessageData | undefined,
  locale: Locale = 'zh-CN',
): string {
  const parts = parseTemplate(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = data?.[name];
    if (value === undefined) out += `{${name}}`;
    else out += typeof value === 'object' ? pickLocale(value, locale) : String(value);
    out += parts[i + 1] as string;
  }
  return out;
}

/** Names used as `{name}` in a template, for the meta-tests and the engine's report checks. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}
