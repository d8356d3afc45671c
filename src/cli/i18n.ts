/** The CLI's own words (findings carry their messages from the rules), zh-CN first. */
import { pickLocale, type Localized, type Severity, type SpeechDateSource } from '../core';

/** A text in the user's language: the engine's own `pickLocale`. */
export const say = pickLocale;

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export function dateSourceLabel(source: SpeechDateSource, notes: readonly string[]): Localized {
  const detail = notes.length > 0 ? notes.join('；') : '';
  switch (source) {
    case 'option':
      return { zh: '来自 --date', en: 'from --date' };
    case 'document':
      return detail
        ? { zh: `来自文档，${detail}`, en: `from the document, ${detail}` }
        : { zh: '来自文档', en: 'from the document' };
    case 'today':
      return {
        zh: '今天：未用 --date 指定，文档标题和开头也没有年份',
        en: 'today: no --date, and no year in the title or opening',
      };
  }
}

export interface Tally {
  files: number;
  error: number;
  warning: number;
  info: number;
}

export function summaryLine(t: Tally, unreadable: number): Localized {
  const problems = t.error + t.warning + t.info;
  const badZh = unreadable > 0 ? `；${unreadable} 个文件无法读取` : '';
  const badEn =
    unreadable > 0
      ? `; ${unreadable} ${unreadable === 1 ? 'file' : 'files'} could not be read`
      : '';
  if (problems === 0) {
    return {
      zh: `检查了 ${t.files} 个文件，未发现问题${badZh}`,
      en: `${t.files} ${t.files === 1 ? 'file' : 'files'} checked, no problems${badEn}`,
    };
  }
  return {
    zh: `检查了 ${t.files} 个文件，共 ${problems} 个问题（错误 ${t.error}，警告 ${t.warning}，提示 ${t.info}）${badZh}`,
    en:
      `${problems} ${problems === 1 ? 'problem' : 'problems'} (${t.error} ${t.error === 1 ? 'error' : 'errors'}, ` +
      `${t.warning} ${t.warning === 1 ? 'warning' : 'warnings'}, ${t.info} info) in ${t.files} ` +
      `${t.files === 1 ? 'file' : 'files'}${badEn}`,
  };
}
