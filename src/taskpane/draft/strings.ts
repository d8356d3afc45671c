/** The 起草 tab's own words, zh-CN first (kept here so the tab does not edit the shared table). */
import type { UiLocale } from '../i18n';

const zh = {
  search: '搜索素材',
  searchHint: '关键词或拼音首字母，如 wy（五要）',
  speechType: '讲话类型',
  theme: '主题',
  all: '全部',
  results: '素材',
  none: '没有找到匹配的素材。',
  skeleton: '骨架',
  phrase: '常用语',
  preview: '预览',
  sections: '部分数',
  sectionsHint: '过渡句中的“{n}点意见”会随之变化',
  insertAtCursor: '插入到光标处',
  replaceSelection: '替换所选内容',
  addSection: '添加为新的一部分',
  inserted: '已插入 {paragraphs} 段，其中待填字段 {fields} 处（按 Tab 逐个填写）。',
  sectionAdded: '已添加第 {number} 部分，编号和“几点意见”已随之更新。',
  saveSelection: '把所选内容存为常用语',
  saved: '已保存为常用语“{title}”。',
  emptySelection: '请先在文档中选中要保存的文字。',
  edit: '编辑',
  title: '标题',
  text: '正文',
  saveChanges: '保存修改',
  cancel: '取消',
  delete: '删除',
  deleted: '已删除常用语“{title}”。',
  export: '导出我的常用语',
  import: '导入常用语',
  imported: '已导入：新增 {added} 条，替换 {replaced} 条。',
  importProblems: '有 {count} 条未能导入：{list}',
  errorTitle: '操作未完成',
  dismiss: '关闭',
} as const;

export type DraftKey = keyof typeof zh;

const en: Record<DraftKey, string> = {
  search: 'Search the library',
  searchHint: 'Keywords or pinyin initials, e.g. wy (五要)',
  speechType: 'Speech type',
  theme: 'Theme',
  all: 'All',
  results: 'Library',
  none: 'Nothing matches.',
  skeleton: 'Skeleton',
  phrase: 'Phrase',
  preview: 'Preview',
  sections: 'Sections',
  sectionsHint: 'The announced count in the transition follows this number',
  insertAtCursor: 'Insert at cursor',
  replaceSelection: 'Replace selection',
  addSection: 'Add as a new section',
  inserted:
    'Inserted {paragraphs} paragraphs with {fields} fields to fill (Tab moves between them).',
  sectionAdded: 'Added section {number}; numbering and the announced count were updated.',
  saveSelection: 'Save selection as a phrase',
  saved: 'Saved as phrase “{title}”.',
  emptySelection: 'Select the text to save in the document first.',
  edit: 'Edit',
  title: 'Title',
  text: 'Text',
  saveChanges: 'Save changes',
  cancel: 'Cancel',
  delete: 'Delete',
  deleted: 'Deleted phrase “{title}”.',
  export: 'Export my phrases',
  import: 'Import phrases',
  imported: 'Imported: {added} added, {replaced} replaced.',
  importProblems: '{count} could not be imported: {list}',
  errorTitle: 'Not done',
  dismiss: 'Dismiss',
};

export type DraftTranslate = (key: DraftKey, data?: Record<string, string | number>) => string;

export function draftStrings(locale: UiLocale): DraftTranslate {
  const table: Record<DraftKey, string> = locale === 'en-US' ? en : zh;
  return (key, data) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(data?.[name] ?? whole));
}
