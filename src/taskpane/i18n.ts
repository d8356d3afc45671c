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
  speechDateInvalid: '请写成 2024-03-01、2024/3/1 或 2024年3月1日。',
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
  placeholdersEmpty: '未发现占位符。',
  settingsTitle: '规则设置',
  settingsHint: '设置只保存在本机，对所有文档有效。',
  ruleEnabled: '启用“{title}”',
  ruleSeverity: '“{title}”的严重程度',
  settingsReset: '恢复默认设置',
  noRules: '没有可用的规则。',
  kind_date: '日期',
  kind_count: '数量',
  kind_numbering: '编号',
  kind_residue: '模板残留',
  kind_wording: '文字',
  kind_figures: '数字',
  kind_punct: '标点',
  kind_other: '其他',
  kind_placeholder: '占位符',
  kindCounts: '按类：{list}',
  severityCounts: '错误 {error} · 警告 {warning} · 提示 {info}',
  placeholdersApart: '另有占位符 {count} 处待填，已收起放在最后。',
  placeholdersFolded: '占位符：{count} 处待填',
  placeholdersGoTo: '到“占位符”页逐个填写',
  filtersToggle: '筛选与排序',
  order: '排列',
  orderKind: '按类别（先看需要判断的问题）',
  orderDocument: '按文档顺序',
  moreActions: '更多操作',
  removeComments: '删除本工具添加的批注',
  commentsRemovedN: '已删除本工具添加的 {count} 条批注，其他批注未动。',
  commentsConfirmTitle: '添加 {count} 条批注？',
  commentsConfirmBody:
    '每处问题一条批注，其中占位符 {placeholders} 处。已由本工具加过批注的问题不会重复添加；以后可用“删除本工具添加的批注”一次删除。',
  commentsAll: '全部添加（{count}）',
  commentsWithoutPlaceholders: '不含占位符（{count}）',
  cancel: '取消',
  ok: '确定',
  blankOf: '第 {index} / {total} 处空白',
  blanksNav: '逐个填写空白',
  expects: '应填：{kind}',
  expect_person: '人名',
  expect_place: '地名或单位名',
  expect_number: '数字（单位原文已有）',
  expect_percent: '百分比（原文已有“%”）',
  expect_money: '金额（单位原文已有）',
  expect_date: '日期数字',
  expect_text: '文字',
  blankFillLabel: '填入内容（只替换标出的“{text}”）',
  blankFill: '填入',
  blankPrevious: '上一处',
  blankNext: '下一处',
  blankSkip: '跳过',
  blankSame: '同一词组中的相同空白还有 {count} 处（“{phrase}”），一并填入',
  blankSameList: '将一并填入以下各处：',
  blankFillSame: '填入这 {count} 处',
  undoFill: '撤销上次填入（“{value}”）',
  placeholderFilledN: '已填入 {count} 处，已重新检查。',
  undoneN: '已撤销上次填入（{count} 处），已重新检查。',
  question_notNumber: '这里应填{kind}，“{value}”看起来不是。仍要填入吗？',
  question_notName: '这里应填{kind}，“{value}”看起来是数字。仍要填入吗？',
  question_repeats: '填入后会成为“{text}”，有重复。仍要填入吗？',
  fillAnyway: '仍然填入',
  blanksDone: '所有空白都已填写或跳过。',
  skippedN: '已跳过 {count} 处',
  allBlanks: '全部空白（{count}）',
  blankGoTo: '转到第 {index} 处空白',
  problemsList: '需要判断的问题',
  remove: '删除',
  personalWordsTitle: '本单位用词（个人词表）',
  personalWordsHint:
    '在“检查”中选“忽略此词 → 本单位”的词语保存在这里（仅本机），检查时不再提示。可导出为单位词库 JSON 文件，交管理员统一部署。',
  personalWordsEmpty: '还没有词语。',
  personalWordRemove: '从词表删除“{word}”',
  personalWordsExport: '导出为单位词库（JSON）',
  commentsNoneNew: '没有新增批注：这些问题都已有本工具的批注。',
  findingDetails: '第 {paragraph} 段',
  ignoreWord: '忽略此词…',
  ignoreWordDocument: '本文档：不再提示“{word}”',
  ignoreWordOffice: '本单位：加入个人词表',
  ignoreWordStored: '“{word}”会作为词语原样保存在本文档（或个人词表）中，以后不再提示。',
  ignoredWordN: '已忽略“{word}”，并已重新检查。',
  speechDateEdit: '修改',
  speechDateYearOnlyShown: '{year}年（仅知年份）',
  speechDateNone: '未识别',
  speechDatePlaceholder: '如 2024-03-01',
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
  speechDateInvalid: 'Write the date as 2024-03-01, 2024/3/1 or 2024年3月1日.',
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
  placeholdersEmpty: 'No placeholders found.',
  settingsTitle: 'Rule settings',
  settingsHint: 'Saved on this computer only, for every document.',
  ruleEnabled: 'Turn on "{title}"',
  ruleSeverity: 'Severity of "{title}"',
  settingsReset: 'Restore defaults',
  noRules: 'No rules are available.',
  kind_date: 'Dates',
  kind_count: 'Counts',
  kind_numbering: 'Numbering',
  kind_residue: 'Leftovers',
  kind_wording: 'Wording',
  kind_figures: 'Figures',
  kind_punct: 'Punctuation',
  kind_other: 'Other',
  kind_placeholder: 'Placeholders',
  kindCounts: 'By kind: {list}',
  severityCounts: 'Errors {error} · Warnings {warning} · Notes {info}',
  placeholdersApart: 'Also {count} placeholders to fill, folded at the end.',
  placeholdersFolded: 'Placeholders: {count} to fill',
  placeholdersGoTo: 'Fill them one by one on Placeholders',
  filtersToggle: 'Filter and order',
  order: 'Order',
  orderKind: 'By kind (judgement first)',
  orderDocument: 'In document order',
  moreActions: 'More actions',
  removeComments: 'Delete comments added by SpeechDesk',
  commentsRemovedN: 'Deleted {count} comments added by SpeechDesk; other comments were left alone.',
  commentsConfirmTitle: 'Add {count} comments?',
  commentsConfirmBody:
    'One comment per finding, {placeholders} of them placeholders. Findings SpeechDesk already commented on get no second comment; "Delete comments added by SpeechDesk" removes them all later.',
  commentsAll: 'Add all ({count})',
  commentsWithoutPlaceholders: 'Without placeholders ({count})',
  cancel: 'Cancel',
  ok: 'OK',
  blankOf: 'Blank {index} of {total}',
  blanksNav: 'Fill the blanks one by one',
  expects: 'Expects: {kind}',
  expect_person: 'a name',
  expect_place: 'a place or unit name',
  expect_number: 'a number (the unit is in the text)',
  expect_percent: 'a percentage (the "%" is in the text)',
  expect_money: 'an amount (the unit is in the text)',
  expect_date: 'a date number',
  expect_text: 'text',
  blankFillLabel: 'Fill with (replaces only the marked "{text}")',
  blankFill: 'Fill',
  blankPrevious: 'Previous',
  blankNext: 'Next',
  blankSkip: 'Skip',
  blankSame: '{count} more identical blanks in the same phrase ("{phrase}"): fill them too',
  blankSameList: 'These will be filled as well:',
  blankFillSame: 'Fill these {count}',
  undoFill: 'Undo last fill ("{value}")',
  placeholderFilledN: 'Filled {count}; checked again.',
  undoneN: 'Undid the last fill ({count}); checked again.',
  question_notNumber: 'This blank expects {kind}; "{value}" does not look like one. Fill anyway?',
  question_notName: 'This blank expects {kind}; "{value}" looks like a number. Fill anyway?',
  question_repeats: 'This would read "{text}", with a repeat. Fill anyway?',
  fillAnyway: 'Fill anyway',
  blanksDone: 'Every blank is filled or skipped.',
  skippedN: '{count} skipped',
  allBlanks: 'All blanks ({count})',
  blankGoTo: 'Go to blank {index}',
  problemsList: 'Findings to judge',
  remove: 'Remove',
  personalWordsTitle: 'Office words (my list)',
  personalWordsHint:
    'Words you chose "Ignore this word → For my office" for in Check are kept here (this computer only) and not flagged. Export them as an office library JSON file for your administrator to deploy.',
  personalWordsEmpty: 'No words yet.',
  personalWordRemove: 'Remove "{word}" from the list',
  personalWordsExport: 'Export as office library (JSON)',
  commentsNoneNew: 'No comments added: SpeechDesk already commented on these findings.',
  findingDetails: 'Paragraph {paragraph}',
  ignoreWord: 'Ignore this word…',
  ignoreWordDocument: 'In this document: stop flagging "{word}"',
  ignoreWordOffice: 'For my office: add to my word list',
  ignoreWordStored:
    'The word "{word}" itself is saved in this document (or in your word list) and no longer flagged.',
  ignoredWordN: 'Ignoring "{word}"; checked again.',
  speechDateEdit: 'Change',
  speechDateYearOnlyShown: '{year} (year only)',
  speechDateNone: 'not found',
  speechDatePlaceholder: 'e.g. 2024-03-01',
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

export function kindKey(kind: string): MessageKey {
  return `kind_${kind}` as MessageKey;
}

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
