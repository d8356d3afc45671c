/**
 * The 起草 tab's own words and the pane words drafting adds (tab name, stale results), zh-CN first;
 * kept here so drafting does not edit the shared table in i18n.ts.
 */
import { tableTranslator, type UiLocale } from '../i18n';

const zh = {
  search: '搜索素材',
  searchHint: '关键词或拼音首字母，如 wy（五要）',
  speechType: '讲话类型',
  theme: '主题',
  all: '全部',
  results: '素材',
  none: '没有找到匹配的素材。',
  skeleton: '框架',
  phrase: '常用语',
  preview: '预览',
  sections: '讲几个部分',
  sectionsHint: '过渡句“下面，我讲×点意见”中的数目随之变化',
  insertAtCursor: '插入到光标处',
  insertHint: '插在光标处；如已选中文字，则替换所选内容。插入后光标停在所插内容之后。',
  addSection: '添加为新的一部分',
  inserted:
    '已插入 {paragraphs} 段，其中【】内待替换的内容 {fields} 处：在文档中点击它，直接输入即可。',
  insertedNoFields: '已插入 {paragraphs} 段。',
  addSectionHint: '文档中还没有的部分，添加时按本框架的顺序放到相应位置：',
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
  tabDraft: '起草',
  libraryLoading: '正在读取本单位素材库…',
  libraryProblems: '本单位素材库有 {count} 处未能读取，其余素材照常可用：{list}',
  staleResults: '文档已在“起草”中修改，下面的结果是修改前的，可能已过时。',
  recheckNow: '重新检查',
  outOfDate: '这条素材可能已过时',
  outOfSeason: '时令素材',
  entryNote: '使用前请注意',
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
  skeleton: 'Framework',
  phrase: 'Phrase',
  preview: 'Preview',
  sections: 'Number of sections',
  sectionsHint: 'The count announced in the transition follows this number',
  insertAtCursor: 'Insert at cursor',
  insertHint: 'Goes in at the cursor, replacing selected text if any; the cursor ends after it.',
  addSection: 'Add as a new section',
  inserted:
    'Inserted {paragraphs} paragraphs with {fields} bracketed items【】 to replace: click one in the document and type.',
  insertedNoFields: 'Inserted {paragraphs} paragraphs.',
  addSectionHint:
    'Sections the document does not have yet; each goes to its place in this framework:',
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
  tabDraft: 'Draft',
  libraryLoading: 'Loading your office’s library…',
  libraryProblems:
    '{count} problems in your office’s library; everything else is available: {list}',
  staleResults:
    'The document was changed from Draft after this check; these results may be out of date.',
  recheckNow: 'Check again',
  outOfDate: 'This entry may be out of date',
  outOfSeason: 'Seasonal entry',
  entryNote: 'Before you use it',
};

export type DraftTranslate = (key: DraftKey, data?: Record<string, string | number>) => string;

export function draftStrings(locale: UiLocale): DraftTranslate {
  return tableTranslator<DraftKey>(locale === 'en-US' ? en : zh);
}
