// The build check for `--office-js local`: the Word files of the Office.js copy the build ships
// (word-*.js) must define every Word member the adapter (src/word) calls. Where an optional member
// is missing the adapter falls back at run time (capabilities.ts); this check says so at build
// time, so an office knows before its users do; a required member missing stops the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Word files the Office.js loader fetches in Word (build.mjs ships exactly these). */
export const WORD_FILES = ['word-win32-16.01.js', 'word-mac-16.00.js', 'word-web-16.00.js'];

/**
 * Every Word member src/word calls (test/build/officeJsCheck.test.ts keeps this list true to the
 * source). `fallback` is what the adapter does without it; members without one are required.
 */
export const ADAPTER_MEMBERS = [
  { member: 'Body.paragraphs', kind: 'property' },
  { member: 'Paragraph.text', kind: 'property' },
  { member: 'Paragraph.style', kind: 'property' },
  { member: 'Paragraph.styleBuiltIn', kind: 'property' },
  { member: 'Paragraph.outlineLevel', kind: 'property' },
  { member: 'Paragraph.isListItem', kind: 'property' },
  { member: 'Paragraph.listItemOrNullObject', kind: 'property' },
  { member: 'ListItem.listString', kind: 'property' },
  { member: 'ListItem.level', kind: 'property' },
  { member: 'Paragraph.search', kind: 'method' },
  { member: 'Range.search', kind: 'method' },
  { member: 'Paragraph.getRange', kind: 'method' },
  { member: 'Range.getRange', kind: 'method' },
  { member: 'Range.expandTo', kind: 'method' },
  { member: 'Range.select', kind: 'method' },
  { member: 'Range.insertText', kind: 'method' },
  { member: 'Range.delete', kind: 'method' },
  { member: 'Range.font', kind: 'property' },
  { member: 'Font.highlightColor', kind: 'property' },
  { member: 'Range.isEmpty', kind: 'property' },
  { member: 'Range.compareLocationWith', kind: 'method' },
  { member: 'Range.insertContentControl', kind: 'method' },
  { member: 'Paragraph.insertParagraph', kind: 'method' },
  { member: 'Document.getSelection', kind: 'method' },
  { member: 'ContentControl.tag', kind: 'property' },
  { member: 'ContentControl.title', kind: 'property' },
  {
    member: 'Range.insertComment',
    kind: 'method',
    fallback: { zh: '“添加批注”不可用', en: 'Adding comments is unavailable' },
  },
  {
    member: 'Body.getComments',
    kind: 'method',
    fallback: {
      zh: '无法识别已添加的批注：“删除本工具添加的批注”不可用，重复添加时不能去重',
      en: 'Existing comments cannot be read: removing our comments and skipping duplicates are unavailable',
    },
  },
  {
    member: 'Document.changeTrackingMode',
    kind: 'property',
    fallback: { zh: '“以修订方式修改”不可用', en: 'Fixing as tracked changes is unavailable' },
  },
  {
    member: 'Body.getReviewedText',
    kind: 'method',
    fallback: {
      zh: '无法区分修订中删除的文字：带修订的文档按含删除文字的原文检查',
      en: 'tracked deletions cannot be told from text: documents with tracked changes are checked with deleted text',
    },
  },
  {
    member: 'Paragraph.getReviewedText',
    kind: 'method',
    fallback: {
      zh: '无法区分修订中删除的文字：带修订的文档按含删除文字的原文检查',
      en: 'tracked deletions cannot be told from text: documents with tracked changes are checked with deleted text',
    },
  },
  {
    member: 'Paragraph.insertAnnotations',
    kind: 'method',
    fallback: {
      zh: '编辑器式标记（critique）不可用，“全部标记”改用突出显示',
      en: 'Editor-style critiques are unavailable: marking uses highlights',
    },
  },
  {
    member: 'Paragraph.getAnnotations',
    kind: 'method',
    fallback: {
      zh: '编辑器式标记（critique）不可用，“全部标记”改用突出显示',
      en: 'Editor-style critiques are unavailable: marking uses highlights',
    },
  },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `source` (a word-*.js file) defines `member`'s name as a method or property. Office.js
 * also wraps some methods in `throwIfApiNotSupported(…, set, version)`, but that check is off
 * (`_doApiNotSupportedCheck = !1`) in the shipped files, so only presence decides.
 */
export function memberStatus(source, { member, kind }) {
  const name = escape(member.split('.')[1]);
  const defined =
    kind === 'method'
      ? new RegExp(`prototype\\.${name}\\s*=\\s*function`).test(source)
      : new RegExp(`prototype\\s*,\\s*"${name}"`).test(source);
  return defined ? 'present' : 'missing';
}

/**
 * Checks the Word files under `dir`. Returns `missing` (required members absent: the build must
 * stop), and `fallbacks` (features that will fall back, with why, per file).
 */
export function checkOfficeJs(dir, files = WORD_FILES, members = ADAPTER_MEMBERS) {
  const missing = [];
  const fallbacks = [];
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const entry of members) {
      if (memberStatus(source, entry) === 'present') continue;
      if (entry.fallback) fallbacks.push({ file, member: entry.member, fallback: entry.fallback });
      else missing.push({ file, member: entry.member });
    }
  }
  return { missing, fallbacks };
}

/** The lines the build prints: one per fallback feature, naming the members and files. */
export function describeFallbacks(fallbacks) {
  const byFeature = new Map();
  for (const f of fallbacks) {
    const key = f.fallback.en;
    const entry = byFeature.get(key) ?? { fallback: f.fallback, why: new Set(), files: new Set() };
    entry.why.add(`no ${f.member}`);
    entry.files.add(f.file);
    byFeature.set(key, entry);
  }
  return [...byFeature.values()].map(
    ({ fallback, why, files }) =>
      `  falls back ${fallback.zh}。${fallback.en} (${[...why].join(', ')}; ${[...files].join(', ')})`,
  );
}
