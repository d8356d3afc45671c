/**
 * Renders library content to paragraphs: a skeleton with the number of sections the writer
 * picked (the announced count always matches), a single section for "add a section", and a
 * phrase. Numbers are typed as text; fields to fill stay as 【名称】.
 */
import { chineseNumeral, fillCount, sectionNumber, subsectionNumber } from './numbering';
import type { Block, Phrase, Section, Skeleton } from './schema';

export type ParagraphRole =
  'title' | 'salutation' | 'opening' | 'transition' | 'heading1' | 'heading2' | 'body' | 'closing';

export interface RenderedParagraph {
  text: string;
  role: ParagraphRole;
}

export interface SectionRange {
  min: number;
  max: number;
}

/** How many sections a skeleton can be rendered with: its required ones up to all of them. */
export function sectionRange(skeleton: Skeleton): SectionRange {
  return {
    min: skeleton.sections.filter((s) => !s.optional).length,
    max: skeleton.sections.length,
  };
}

/** A section count the skeleton supports; the default is its full set. */
export function checkSectionCount(skeleton: Skeleton, sections: number | undefined): number {
  const { min, max } = sectionRange(skeleton);
  const n = sections ?? max;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RangeError(
      `skeleton "${skeleton.id}" takes ${min}–${max} sections, not ${String(sections)}`,
    );
  }
  return n;
}

/** The sections kept for `n`: optional ones are dropped from the last backwards. */
export function pickSections(skeleton: Skeleton, n: number): Section[] {
  const picked = [...skeleton.sections];
  for (let i = picked.length - 1; i >= 0 && picked.length > n; i--) {
    if (picked[i]?.optional) picked.splice(i, 1);
  }
  return picked;
}

export function renderBlock(block: Block): string {
  if (typeof block === 'string') return block;
  const items = block.items.map((item, i) => `${chineseNumeral(i + 1)}${block.ordinal}${item}`);
  return `${fillCount(block.lead ?? '', block.items.length)}${items.join('；')}。`;
}

/** One top-level section numbered `number`, with its （一） subsections. */
export function renderSection(section: Section, number: number): RenderedParagraph[] {
  const out: RenderedParagraph[] = [
    { text: sectionNumber(number) + section.heading, role: 'heading1' },
  ];
  for (const block of section.blocks ?? []) out.push({ text: renderBlock(block), role: 'body' });
  (section.subsections ?? []).forEach((sub, i) => {
    out.push({ text: subsectionNumber(i + 1) + sub.heading, role: 'heading2' });
    for (const block of sub.blocks) out.push({ text: renderBlock(block), role: 'body' });
  });
  return out;
}

export function renderSkeleton(
  skeleton: Skeleton,
  options: { sections?: number } = {},
): RenderedParagraph[] {
  const n = checkSectionCount(skeleton, options.sections);
  const out: RenderedParagraph[] = [];
  for (const line of skeleton.heading) out.push({ text: line, role: 'title' });
  out.push({ text: skeleton.salutation, role: 'salutation' });
  for (const block of skeleton.opening) out.push({ text: renderBlock(block), role: 'opening' });
  out.push({ text: fillCount(skeleton.transition, n), role: 'transition' });
  pickSections(skeleton, n).forEach((section, i) => out.push(...renderSection(section, i + 1)));
  for (const block of skeleton.closing) out.push({ text: renderBlock(block), role: 'closing' });
  return out;
}

export function renderPhrase(phrase: Phrase): RenderedParagraph[] {
  return phrase.text.split('\n').map((text) => ({ text, role: 'body' }));
}

/** Plain text, one paragraph per line, fields left as they would be in Word. */
export function toPlainText(paragraphs: readonly RenderedParagraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

export interface FieldSpan {
  /** The field's name, e.g. 会议名称. */
  name: string;
  /** UTF-16 offset of 【 in the paragraph. */
  offset: number;
  /** Length including 【 and 】. */
  length: number;
}

const FIELD = /【([^【】\n]{1,20})】/gu;

/** The fields to fill in a paragraph: 【会议名称】, 【年份】, 【单位名称】, 【数字】. */
export function findFields(text: string): FieldSpan[] {
  return [...text.matchAll(FIELD)].map((m) => ({
    name: m[1] as string,
    offset: m.index,
    length: m[0].length,
  }));
}

/** Every distinct field name in rendered paragraphs, in order of first appearance. */
export function fieldNames(paragraphs: readonly RenderedParagraph[]): string[] {
  const names = new Set<string>();
  for (const p of paragraphs) for (const f of findFields(p.text)) names.add(f.name);
  return [...names];
}
