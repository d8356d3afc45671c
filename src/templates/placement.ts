/**
 * Where and how an added section goes into an existing speech, host-free so it can be tested
 * without Word: the new 一、 section (or （一） block) is numbered to follow its neighbours, later
 * siblings are renumbered, and the stated count (三点意见 → 四点意见) is updated.
 */
import {
  countWord,
  findStatedCount,
  sectionHeadingNumber,
  sectionNumber,
  subsectionHeadingNumber,
  subsectionNumber,
} from './numbering';
import { renderBlock, renderSection, type RenderedParagraph } from './render';
import type { Section, Subsection } from './schema';

/** The cursor is not where the requested insertion can go. */
export class PlacementError extends Error {
  override readonly name = 'PlacementError';
}

/** Replace `find` at `offset` in paragraph `paragraph` with `replacement`. */
export interface TextEdit {
  paragraph: number;
  offset: number;
  find: string;
  replacement: string;
}

export interface SectionPlacement {
  /** The new paragraphs go after this paragraph index (-1: at the start of the document). */
  after: number;
  paragraphs: RenderedParagraph[];
  /** Renumbered later siblings and the updated stated count, in document order. */
  edits: TextEdit[];
  /** The number the new heading got (4 for 四、). */
  number: number;
}

const isSection = (text: string) => sectionHeadingNumber(text) !== undefined;
const isSubsection = (text: string) => subsectionHeadingNumber(text) !== undefined;

/** The closing starts at the last 同志们， paragraph after the last section, if any. */
function closingStart(texts: readonly string[], lastSection: number): number {
  for (let i = texts.length - 1; i > lastSection; i--) {
    if (/^同志们[，,]/u.test(texts[i] as string)) return i;
  }
  return texts.length;
}

function renumberEdits(
  texts: readonly string[],
  range: { from: number; to: number },
  numberOf: (text: string) => number | undefined,
  label: (n: number) => string,
): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = range.from; i < range.to; i++) {
    const n = numberOf(texts[i] as string);
    if (n !== undefined)
      edits.push({ paragraph: i, offset: 0, find: label(n), replacement: label(n + 1) });
  }
  return edits;
}

/** Updates the count announced before the first section (下面，我讲三点意见：) to `total`. */
function statedCountEdit(
  texts: readonly string[],
  firstSection: number,
  total: number,
): TextEdit[] {
  for (let i = 0; i < firstSection; i++) {
    const text = texts[i] as string;
    const stated = findStatedCount(text);
    if (!stated) continue;
    if (stated.count === total) return [];
    // the verb and unit around the numeral make the text unique enough to find in Word: 讲三点
    const start = stated.offset - 1;
    const end = stated.offset + stated.length + 1;
    const replacement = `${text[start] as string}${countWord(total)}${text[end - 1] as string}`;
    return [{ paragraph: i, offset: start, find: text.slice(start, end), replacement }];
  }
  return [];
}

/**
 * A section inserted before paragraph `insertAt`: its number from the sections before it, later
 * sections renumbered and the stated count raised by one.
 */
function sectionInsertedAt(
  texts: readonly string[],
  sections: readonly number[],
  insertAt: number,
  section: Section,
): SectionPlacement {
  const number = sections.filter((i) => i < insertAt).length + 1;
  const edits = [
    ...statedCountEdit(texts, sections[0] ?? insertAt, sections.length + 1),
    ...renumberEdits(
      texts,
      { from: insertAt, to: texts.length },
      sectionHeadingNumber,
      sectionNumber,
    ),
  ];
  return { after: insertAt - 1, paragraphs: renderSection(section, number), edits, number };
}

/** Adds a top-level section after the section the cursor is in (before the closing). */
export function placeSection(
  texts: readonly string[],
  cursor: number,
  section: Section,
): SectionPlacement {
  const sections = texts.flatMap((t, i) => (isSection(t) ? [i] : []));
  const end = closingStart(texts, sections.at(-1) ?? -1);
  const next = sections.find((i) => i > cursor) ?? end;
  const insertAt = Math.min(next, end);
  return sectionInsertedAt(texts, sections, insertAt, section);
}

/** Adds a （一）-level block after the one the cursor is in, inside the cursor's section. */
export function placeSubsection(
  texts: readonly string[],
  cursor: number,
  subsection: Subsection,
): SectionPlacement {
  let sectionStart = -1;
  for (let i = Math.min(cursor, texts.length - 1); i >= 0 && sectionStart < 0; i--) {
    if (isSection(texts[i] as string)) sectionStart = i;
  }
  if (sectionStart < 0)
    throw new PlacementError(
      'the cursor is not inside a 一、 section: put it in the section first',
    );
  const nextSection = texts.findIndex((t, i) => i > sectionStart && isSection(t));
  const sectionEnd = nextSection >= 0 ? nextSection : closingStart(texts, sectionStart);
  const nextSibling = texts.findIndex(
    (t, i) => i > Math.max(cursor, sectionStart) && i < sectionEnd && isSubsection(t),
  );
  const insertAt = nextSibling >= 0 ? nextSibling : sectionEnd;
  const number = texts.slice(sectionStart + 1, insertAt).filter(isSubsection).length + 1;
  const paragraphs: RenderedParagraph[] = [
    { text: subsectionNumber(number) + subsection.heading, role: 'heading2' },
    ...subsection.blocks.map((block): RenderedParagraph => ({
      text: renderBlock(block),
      role: 'body',
    })),
  ];
  const edits = renumberEdits(
    texts,
    { from: insertAt, to: sectionEnd },
    subsectionHeadingNumber,
    subsectionNumber,
  );
  return { after: insertAt - 1, paragraphs, edits, number };
}

/** A heading's words without its number and end punctuation, to compare with the library's. */
function headingWords(text: string): string {
  return text
    .replace(/^\s*[一二三四五六七八九十]+、/u, '')
    .replace(/[。：:；;，,\s]+$/u, '')
    .trim();
}

/** The paragraph index of each section of `ladder` the document already has (-1: absent). */
export function sectionsPresent(texts: readonly string[], ladder: readonly Section[]): number[] {
  const headings = texts.flatMap((t, i) => (isSection(t) ? [{ i, words: headingWords(t) }] : []));
  return ladder.map((section) => {
    const wanted = headingWords(section.heading);
    return headings.find((h) => h.words === wanted)?.i ?? -1;
  });
}

/**
 * Adds a top-level section where it belongs in its skeleton's ladder, wherever the cursor is:
 * before the first section of the document that comes later in the ladder, else after the last
 * section (before the closing). Later sections are renumbered and the stated count updated.
 * A section the document already has is refused: adding it twice is never what the writer wants.
 */
export function placeSectionInLadder(
  texts: readonly string[],
  section: Section,
  ladder: readonly Section[],
): SectionPlacement {
  const rank = ladder.indexOf(section);
  const present = sectionsPresent(texts, ladder);
  if (rank >= 0 && (present[rank] ?? -1) >= 0)
    throw new PlacementError(`the document already has the section "${section.heading}"`);
  const sections = texts.flatMap((t, i) => (isSection(t) ? [i] : []));
  const end = closingStart(texts, sections.at(-1) ?? -1);
  const later = present
    .map((paragraph, r) => ({ paragraph, r }))
    .filter(({ paragraph, r }) => paragraph >= 0 && r > rank)
    .map(({ paragraph }) => paragraph);
  const insertAt = later.length > 0 ? Math.min(...later) : end;
  return sectionInsertedAt(texts, sections, insertAt, section);
}
