/** Message templates: `{name}` is replaced from the report's data; unknown names stay visible. */
import type { Locale, Localized, MessageData } from './types';

export function pickLocale(text: Localized, locale: Locale): string {
  return locale === 'en-US' ? text.en : text.zh;
}

export function formatMessage(
  template: string,
  data: MessageData | undefined,
  locale: Locale = 'zh-CN',
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? pickLocale(value, locale) : String(value);
  });
}

/** Names used as `{name}` in a template, for the meta-tests and the engine's report checks. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}
