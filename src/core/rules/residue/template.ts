/**
 * residue/template: text left over from where the draft was copied: a site's copyright notice,
 * "来源：" and editor lines, "仅供参考", "（此处略）", document-site names and watermarks.
 */
import { defineRule } from '../../engine/rule';
import { tableOf } from '../../data/table';
import type { RuleReport } from '../../engine/types';
import { anyOf, matchesOf } from '../../text/patterns';
import { residuePatternsTable, type ResiduePattern } from './tables';

/** A residue line is short; a long paragraph that happens to match is speech text. */
const MAX_RESIDUE_PARAGRAPH = 120;

interface CompiledPattern {
  entry: ResiduePattern;
  re: RegExp;
}

export interface CompiledPatterns {
  patterns: readonly CompiledPattern[];
  /** Match wherever some paragraph-scope / inline pattern does, if they could be combined. */
  anyParagraph: RegExp | undefined;
  anyInline: RegExp | undefined;
}

export function compilePatterns(entries: readonly ResiduePattern[]): CompiledPatterns {
  const patterns = entries.map((entry) => ({ entry, re: new RegExp(entry.pattern, 'gu') }));
  const scoped = (scope: ResiduePattern['scope']) =>
    anyOf(patterns.filter((p) => p.entry.scope === scope).map((p) => p.re));
  return { patterns, anyParagraph: scoped('paragraph'), anyInline: scoped('inline') };
}

export interface ResidueMatch {
  offset: number;
  length: number;
  entry: ResiduePattern;
}

export function findResidue(text: string, compiled: CompiledPatterns): ResidueMatch[] {
  const { patterns, anyParagraph, anyInline } = compiled;
  // Most paragraphs match no pattern of either scope: nothing to measure or run.
  const inlineMayMatch = !anyInline || anyInline.test(text);
  if (!inlineMayMatch && anyParagraph && !anyParagraph.test(text)) return [];
  const trimmedStart = text.length - text.trimStart().length;
  const trimmedLength = text.trim().length;
  if (trimmedLength === 0) return [];
  const paragraphMayMatch =
    trimmedLength <= MAX_RESIDUE_PARAGRAPH && (!anyParagraph || anyParagraph.test(text));
  for (const p of paragraphMayMatch ? patterns : []) {
    if (p.entry.scope !== 'paragraph') continue;
    p.re.lastIndex = 0;
    if (p.re.test(text)) return [{ offset: trimmedStart, length: trimmedLength, entry: p.entry }];
  }
  const found: ResidueMatch[] = [];
  if (!inlineMayMatch) return found;
  for (const p of patterns) {
    if (p.entry.scope !== 'inline') continue;
    p.re.lastIndex = 0;
    for (const m of matchesOf(p.re, text)) {
      if (m[0].length === 0) continue;
      if (found.some((f) => m.index < f.offset + f.length && m.index + m[0].length > f.offset))
        continue;
      found.push({ offset: m.index, length: m[0].length, entry: p.entry });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

export const residueTemplate = defineRule({
  id: 'residue/template',
  title: { zh: '模板或网页残留', en: 'Left-over template or web text' },
  description: {
    zh: '从网上或模板复制讲稿时留下的文字：投稿或版权声明、“来源：”、“仅供参考”、“（此处略）”、资料网站名称和水印等。',
    en: 'Text left over from where the draft was copied: submission or copyright notices, "来源：" lines, "仅供参考", "（此处略）", document-site names and watermarks.',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    notice: {
      zh: '“{text}”是网站的投稿或版权声明，应删除。',
      en: '"{text}" is a site\'s submission or copyright notice: delete it.',
    },
    source: {
      zh: '“{text}”是复制来源的出处信息，应删除。',
      en: '"{text}" says where the text was copied from: delete it.',
    },
    editor: {
      zh: '“{text}”是网页的作者或编辑信息，应删除。',
      en: '"{text}" is a web page\'s author or editor line: delete it.',
    },
    reference: {
      zh: '“{text}”是网上范文的提示语，应删除。',
      en: '"{text}" is a note from a model-text site: delete it.',
    },
    omission: {
      zh: '“{text}”是删节标记，这里的内容还没有写。',
      en: '"{text}" marks omitted content that was never written.',
    },
    site: {
      zh: '“{text}”是资料网站的名称或水印，应删除。',
      en: '"{text}" is a document site\'s name or watermark: delete it.',
    },
    promotion: {
      zh: '“{text}”是公众号推广语，应删除。',
      en: '"{text}" is a social-media promotion line: delete it.',
    },
    page: {
      zh: '“{text}”是原文档的页码，应删除。',
      en: '"{text}" is a page number from the source document: delete it.',
    },
  },
  defaultOptions: {},
  tables: [residuePatternsTable],
  check(doc, ctx) {
    const patterns = ctx.shared('residue/template/patterns', () =>
      compilePatterns(tableOf(ctx, residuePatternsTable)),
    );
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const m of findResidue(p.text, patterns)) {
        reports.push({
          paragraph,
          offset: m.offset,
          length: m.length,
          messageId: m.entry.kind,
          data: { text: p.text.slice(m.offset, m.offset + m.length) },
        });
      }
    });
    return reports;
  },
});
