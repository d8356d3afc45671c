/**
 * The pane's UI strings: zh-CN by default, en-US when Office's display language is English.
 * Rule messages come localised from the engine; these are the pane's own words.
 */
import { createContext, useContext } from 'react';
import type { Locale, Severity } from '../core';
// The message module alone: importing the core's index would pull the engine into the first chunk.
import { formatMessage } from '../core/engine/messages';

export type UiLocale = Locale;

/** `Office.context.displayLanguage` is a tag such as "zh-CN" or "en-US"; any English → en-US. */
export function uiLocaleFor(displayLanguage: string | undefined): UiLocale {
  return displayLanguage !== undefined && /^en\b/i.test(displayLanguage) ? 'en-US' : 'zh-CN';
}

const zh = {
  appTitle: '讲稿助手',
  tabsLabel: '讲稿助手功能',
  tabCheck: '检查',
  tabOutline: '大纲',
  tabPlaceholders: '占位符',
  tabSettings: '设置',
  speechDate: '讲话日期',
  speechDateHint: '用于判断过时提法、年份和期限。修改后随文档保存。',
  speechDateYearOnly: '文档只写明了年份，按{year}年全年判断；知道确切日期请填写',
  speechDateSourceOption: '您设定的日期',
  speechDateSourceDocument: '从文档标题或开头识别',
  speechDateSourceToday: '文档未写明年份，暂按今天',
  speechDateInvalid: '请按 年-月-日 填写，例如 2024-03-01。',
  speechDateReset: '改回自动识别',
  startCheck: '开始检查',
  recheck: '重新检查',
  checking: '正在检查…',
  checkProgress: '正在检查：第 {done}/{total} 项规则',
  checkedAt: '共 {paragraphs} 段，发现 {count} 处问题',
  noFindings: '未发现问题。',
  notCheckedYet: '点击“开始检查”检查当前文档。',
  summary: '检查结果摘要',
  severity_error: '错误',
  severity_warning: '警告',
  severity_info: '提示',
  badge_error: '错误',
  badge_warning: '警告',
  badge_info: '提示',
  labelled: '{label}：{text}',
  withCount: '{label}（{count}）',
  withProblem: '{label}，{problem}',
  filters: '筛选',
  filterSeverity: '按严重程度筛选',
  filterCategory: '类别',
  allCategories: '全部类别',
  showIgnored: '显示已忽略',
  bulkActions: '批量操作',
  markAll: '全部标记',
  clearMarks: '清除标记',
  addComments: '添加批注',
  fixAll: '全部修复',
  fixAllCount: '全部修复（{count}）',
  trackChanges: '以修订方式修改',
  commentsUnsupported:
    '您的 Word 不支持批注（需要 WordApi 1.4：Microsoft 365 版 Word 2208 及以上、Office 2024、Mac 版 Word 16.64 及以上或网页版 Word），已隐藏“添加批注”。',
  critiquesUnsupported:
    '您的 Word 不支持编辑器式波浪线（需要 WordApi 1.7），问题改用突出显示标记。',
  baselineUnsupported:
    '此版本的 Word 过旧（需要 WordApi 1.3：Office 2021 或更新版本、Microsoft 365 或网页版 Word；Office 2019 及更早版本不受支持），部分功能可能无法使用。',
  locate: '定位',
  fix: '修复',
  fixTo: '改为“{replacement}”',
  chooseFix: '选择修改',
  ignore: '忽略',
  unignore: '取消忽略',
  findingActions: '第 {paragraph} 段问题的操作',
  paragraphN: '第 {paragraph} 段',
  listNumber: '（自动编号）',
  findingsOf: '{category}：{count} 处',
  showAll: '显示全部 {count} 处',
  markedN: '已标记 {count} 处。',
  markedMissing: '已标记 {count} 处；{missing} 处在文档中找不到原文，请重新检查。',
  clearedN: '已清除 {count} 处标记。',
  commentsN: '已添加 {count} 条批注。',
  fixedN: '已修改 {count} 处，已重新检查。',
  staleN: '{count} 处所在段落在检查后被改动，未修改。已重新检查，请再看一遍结果。',
  errorTitle: '出错了',
  errorRead: '无法读取文档。请确认文档没有处于只读或编辑受限状态，然后点“重新检查”。',
  errorCheck:
    '检查时出错。请重试；如果一再出现，请在“设置”中关闭最近改动的规则，并把此信息告诉管理员。',
  errorWord: 'Word 未能完成操作。请稍后重试；如果文档正被其他人编辑，请等编辑结束后再试。',
  errorSettings: '无法保存到文档。请确认文档可以编辑，然后重试。',
  dismiss: '关闭',
  retry: '重试',
  outlineTitle: '标题大纲',
  outlineEmpty: '未识别到“一、（一）1.（1）”式的标题。',
  outlineNeedsCheck: '先在“检查”页开始检查，再查看大纲。',
  outlineProblem: '编号有问题：{message}',
  outlineGoTo: '转到此标题',
  placeholdersTitle: '待填的占位符',
  placeholdersEmpty: '未发现占位符。',
  placeholderFill: '填入内容',
  placeholderFillHint: '替换每一处的“{text}”',
  placeholderFillAll: '全部填入',
  placeholderFilled: '已填入 {count} 处。',
  settingsTitle: '规则设置',
  settingsHint: '设置只保存在本机，对所有文档有效。',
  ruleEnabled: '启用“{title}”',
  ruleSeverity: '“{title}”的严重程度',
  settingsReset: '恢复默认设置',
  noRules: '没有可用的规则。',
} as const;

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'SpeechDesk',
  tabsLabel: 'SpeechDesk features',
  tabCheck: 'Check',
  tabOutline: 'Outline',
  tabPlaceholders: 'Placeholders',
  tabSettings: 'Settings',
  speechDate: 'Speech date',
  speechDateHint:
    'Used to judge stale terms, years and deadlines. Saved with the document when changed.',
  speechDateYearOnly:
    'The document states only the year, so {year} is judged as a whole; enter the exact date if you know it',
  speechDateSourceOption: 'The date you set',
  speechDateSourceDocument: "Found in the document's title or opening",
  speechDateSourceToday: 'The document states no year; using today',
  speechDateInvalid: 'Enter the date as YYYY-MM-DD, for example 2024-03-01.',
  speechDateReset: 'Detect automatically',
  startCheck: 'Start check',
  recheck: 'Check again',
  checking: 'Checking…',
  checkProgress: 'Checking: rule {done} of {total}',
  checkedAt: '{paragraphs} paragraphs, {count} findings',
  noFindings: 'No findings.',
  notCheckedYet: 'Choose "Start check" to check this document.',
  summary: 'Summary of findings',
  severity_error: 'Errors',
  severity_warning: 'Warnings',
  severity_info: 'Notes',
  badge_error: 'Error',
  badge_warning: 'Warning',
  badge_info: 'Note',
  labelled: '{label}: {text}',
  withCount: '{label} ({count})',
  withProblem: '{label}, {problem}',
  filters: 'Filters',
  filterSeverity: 'Filter by severity',
  filterCategory: 'Category',
  allCategories: 'All categories',
  showIgnored: 'Show ignored',
  bulkActions: 'Bulk actions',
  markAll: 'Mark all',
  clearMarks: 'Clear marks',
  addComments: 'Add comments',
  fixAll: 'Fix all',
  fixAllCount: 'Fix all ({count})',
  trackChanges: 'Make changes as tracked changes',
  commentsUnsupported:
    'Your Word does not support comments (WordApi 1.4: Microsoft 365 Version 2208 or later, Office 2024, Word for Mac 16.64 or later, or Word on the web), so "Add comments" is hidden.',
  critiquesUnsupported:
    'Your Word has no Editor-style underlines (WordApi 1.7); findings are highlighted instead.',
  baselineUnsupported:
    'This Word is too old (WordApi 1.3 is needed: Office 2021 or later, Microsoft 365 or Word on the web; Office 2019 and earlier are not supported); some features may fail.',
  locate: 'Go to',
  fix: 'Fix',
  fixTo: 'Change to "{replacement}"',
  chooseFix: 'Choose a change',
  ignore: 'Ignore',
  unignore: 'Unignore',
  findingActions: 'Actions for the finding in paragraph {paragraph}',
  paragraphN: 'Paragraph {paragraph}',
  listNumber: '(automatic number)',
  findingsOf: '{category}: {count}',
  showAll: 'Show all {count}',
  markedN: 'Marked {count} findings.',
  markedMissing: 'Marked {count}; {missing} could not be found in the document. Check again.',
  clearedN: 'Cleared {count} marks.',
  commentsN: 'Added {count} comments.',
  fixedN: 'Changed {count}; checked again.',
  staleN:
    '{count} changed after the check and were left alone. Checked again: please review the results.',
  errorTitle: 'Something went wrong',
  errorRead:
    'Could not read the document. Make sure it is not read-only or restricted, then choose "Check again".',
  errorCheck:
    'The check failed. Try again; if it keeps failing, turn off the rule you changed last in Settings and tell your administrator.',
  errorWord:
    'Word could not finish. Try again shortly; if someone else is editing the document, wait until they finish.',
  errorSettings: 'Could not save to the document. Make sure it can be edited, then try again.',
  dismiss: 'Dismiss',
  retry: 'Retry',
  outlineTitle: 'Heading outline',
  outlineEmpty: 'No headings numbered 一、（一）1.（1） were found.',
  outlineNeedsCheck: 'Start a check on the Check tab to see the outline.',
  outlineProblem: 'Numbering problem: {message}',
  outlineGoTo: 'Go to this heading',
  placeholdersTitle: 'Placeholders to fill',
  placeholdersEmpty: 'No placeholders found.',
  placeholderFill: 'Fill with',
  placeholderFillHint: 'Replaces every "{text}"',
  placeholderFillAll: 'Fill all',
  placeholderFilled: 'Filled {count}.',
  settingsTitle: 'Rule settings',
  settingsHint: 'Saved on this computer only, for every document.',
  ruleEnabled: 'Turn on "{title}"',
  ruleSeverity: 'Severity of "{title}"',
  settingsReset: 'Restore defaults',
  noRules: 'No rules are available.',
};

const dictionaries: Record<UiLocale, Record<MessageKey, string>> = { 'zh-CN': zh, 'en-US': en };

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

/** A lookup in one locale's table, with `{name}` filled the way the engine fills its messages. */
export function tableTranslator<K extends string>(
  table: Record<K, string>,
): (key: K, data?: Record<string, string | number>) => string {
  return (key, data) => formatMessage(table[key], data);
}

export function translator(locale: UiLocale): Translate {
  return tableTranslator(dictionaries[locale]);
}

/** Category names as a reviewer says them. Unknown categories show their id. */
const categoryNames: Record<string, { zh: string; en: string }> = {
  placeholder: { zh: '占位符', en: 'Placeholders' },
  date: { zh: '日期与时效', en: 'Dates' },
  heading: { zh: '标题层级', en: 'Headings' },
  enum: { zh: '序数列举', en: 'Ordinals' },
  count: { zh: '数量呼应', en: 'Counts' },
  punct: { zh: '标点', en: 'Punctuation' },
  typo: { zh: '错字', en: 'Typos' },
  residue: { zh: '模板残留', en: 'Leftover text' },
  term: { zh: '规范提法', en: 'Formulations' },
};

export function categoryName(category: string, locale: UiLocale): string {
  const names = categoryNames[category];
  if (!names) return category;
  return locale === 'en-US' ? names.en : names.zh;
}

/** Catalog order of categories (RULES.md), for stable grouping. */
export const categoryOrder: readonly string[] = Object.keys(categoryNames);

/** The summary's plural label ("Errors 3"). */
export function severityKey(severity: Severity): MessageKey {
  return `severity_${severity}`;
}

/** A single finding's badge ("Error"). */
export function badgeKey(severity: Severity): MessageKey {
  return `badge_${severity}`;
}

export interface I18n {
  locale: UiLocale;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ locale: 'zh-CN', t: translator('zh-CN') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** Rules grouped by category in catalog order, for the settings list. */
export function groupRulesByCategory<R extends { id: string }>(
  rules: readonly R[],
  categoryOfId: (id: string) => string,
): Array<{ category: string; rules: R[] }> {
  const groups = new Map<string, R[]>();
  for (const rule of rules) {
    const category = categoryOfId(rule.id);
    groups.set(category, [...(groups.get(category) ?? []), rule]);
  }
  const rank = (c: string) =>
    categoryOrder.includes(c) ? categoryOrder.indexOf(c) : categoryOrder.length;
  return [...groups.entries()]
    .map(([category, list]) => ({ category, rules: list }))
    .sort((a, b) => rank(a.category) - rank(b.category));
}
