/**
 * Inserting library content into Word. Headings get the built-in heading styles (so the
 * navigation pane shows the outline); numbers are typed as text because Word's list numbering
 * cannot produce 一、 or （一）; fields to fill become content controls tagged
 * `speechdesk-field` that the writer clicks and types over. All writes of one insertion are queued
 * and sent in one sync, after the reads, so nothing is written when a read fails. That is not one
 * undo step: Office.js cannot group an add-in's edits (office-js #1827), so Word may record an
 * insertion as several steps of Ctrl+Z.
 */
import {
  findFields,
  PlacementError,
  placeSection,
  placeSectionInLadder,
  placeSubsection,
  renderPhrase,
  renderSkeleton,
  type ParagraphRole,
  type Phrase,
  type RenderedParagraph,
  type Section,
  type SectionPlacement,
  type Skeleton,
  type Subsection,
  type TextEdit,
} from '../templates';
import { guarded, WordAdapterError } from './errors';

export const FIELD_TAG = 'speechdesk-field';

export interface InsertOutcome {
  paragraphs: number;
  /** Content controls made for fields to fill. */
  fields: number;
}

type BuiltInStyle = 'Title' | 'Heading1' | 'Heading2' | 'Normal';

const STYLE_OF: Record<ParagraphRole, BuiltInStyle> = {
  title: 'Title',
  salutation: 'Normal',
  opening: 'Normal',
  transition: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  body: 'Normal',
  closing: 'Normal',
};

export function styleFor(role: ParagraphRole): BuiltInStyle {
  return STYLE_OF[role];
}

/** A paragraph's text cut into plain pieces and fields, in order. */
export function piecesOf(text: string): Array<{ text: string; field?: string }> {
  const pieces: Array<{ text: string; field?: string }> = [];
  let at = 0;
  for (const field of findFields(text)) {
    if (field.offset > at) pieces.push({ text: text.slice(at, field.offset) });
    pieces.push({ text: text.slice(field.offset, field.offset + field.length), field: field.name });
    at = field.offset + field.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

function markField(range: Word.Range, name: string): void {
  const control = range.insertContentControl();
  control.tag = FIELD_TAG;
  control.title = name;
}

/** Appends a paragraph's pieces at the end of `paragraph`; returns how many fields it made. */
function appendPieces(paragraph: Word.Paragraph, text: string): number {
  let fields = 0;
  for (const piece of piecesOf(text)) {
    const range = paragraph.insertText(piece.text, 'End');
    if (piece.field !== undefined) {
      markField(range, piece.field);
      fields++;
    }
  }
  return fields;
}

/** Queues new paragraphs after `anchor` with their styles and fields (no sync). */
function queueParagraphsAfter(
  anchor: Word.Paragraph,
  paragraphs: readonly RenderedParagraph[],
): { fields: number; last?: Word.Paragraph } {
  let fields = 0;
  let previous = anchor;
  let last: Word.Paragraph | undefined;
  for (const rendered of paragraphs) {
    const paragraph = previous.insertParagraph('', 'After');
    paragraph.styleBuiltIn = styleFor(rendered.role) as Word.BuiltInStyleName;
    fields += appendPieces(paragraph, rendered.text);
    previous = paragraph;
    last = paragraph;
  }
  return { fields, last };
}

/**
 * Inserts paragraphs at the cursor, in place of the selection if there is one, and leaves the
 * cursor after what was inserted (so two phrases inserted in a row read in order). One paragraph
 * goes inline at the cursor; an empty (or wholly replaced) paragraph is filled rather than left
 * behind; a multi-paragraph text at a cursor or selection inside a paragraph follows that
 * paragraph, so the text after the cursor never lands between its paragraphs. Two syncs.
 */
export function insertParagraphs(
  paragraphs: readonly RenderedParagraph[],
  options: { replaceSelection: boolean },
): Promise<InsertOutcome> {
  return guarded(() =>
    Word.run(async (context) => {
      const selection = context.document.getSelection();
      selection.load('isEmpty,text');
      const selected = selection.paragraphs;
      selected.load('items/text');
      await context.sync();

      const [first, ...rest] = paragraphs;
      if (!first) return { paragraphs: 0, fields: 0 };
      let fields = 0;
      let end: Word.Range;
      const last = selected.items[selected.items.length - 1] as Word.Paragraph;
      const replacing = options.replaceSelection && !selection.isEmpty;
      const wholeParagraph =
        replacing &&
        selected.items.length === 1 &&
        selection.text.replace(/[\r\n]+$/u, '') === last.text;
      // Several paragraphs cannot go inline: the selection is emptied and they follow it.
      if (replacing && rest.length > 0) selection.insertText('', 'Replace');
      if ((selection.isEmpty && last.text === '') || (wholeParagraph && rest.length > 0)) {
        // An empty paragraph takes the first paragraph; the rest follow it.
        last.styleBuiltIn = styleFor(first.role) as Word.BuiltInStyleName;
        fields += appendPieces(last, first.text);
        const tail = queueParagraphsAfter(last, rest);
        fields += tail.fields;
        end = (tail.last ?? last).getRange('End');
      } else if (rest.length > 0) {
        const tail = queueParagraphsAfter(last, paragraphs);
        fields += tail.fields;
        end = (tail.last ?? last).getRange('End');
      } else {
        // Inline at the cursor, or in the selection's place (kept only if asked to keep it).
        const at = options.replaceSelection ? selection : selection.getRange('End');
        let cursor = at.insertText('', 'Replace');
        for (const piece of piecesOf(first.text)) {
          cursor = cursor.insertText(piece.text, 'After');
          if (piece.field !== undefined) {
            markField(cursor, piece.field);
            fields++;
          }
        }
        end = cursor.getRange('End');
      }
      end.select();
      await context.sync();
      return { paragraphs: paragraphs.length, fields };
    }),
  );
}

export function insertSkeleton(
  skeleton: Skeleton,
  options: { sections: number; replaceSelection: boolean },
): Promise<InsertOutcome> {
  return insertParagraphs(renderSkeleton(skeleton, { sections: options.sections }), options);
}

export function insertPhrase(
  phrase: Phrase,
  options: { replaceSelection: boolean },
): Promise<InsertOutcome> {
  return insertParagraphs(renderPhrase(phrase), options);
}

const AT_CURSOR = new Set<string>([
  'Equal',
  'Contains',
  'ContainsStart',
  'ContainsEnd',
  'Inside',
  'InsideStart',
  'InsideEnd',
  'OverlapsBefore',
  'OverlapsAfter',
]);

/** Replaces each edit's text, found by search inside its paragraph (nth occurrence before offset). */
function queueEdits(
  items: readonly Word.Paragraph[],
  edits: readonly TextEdit[],
  found: Word.RangeCollection[],
): void {
  edits.forEach((edit, i) => {
    const paragraph = items[edit.paragraph] as Word.Paragraph;
    const text = paragraph.text;
    let occurrence = 0;
    for (
      let at = text.indexOf(edit.find);
      at >= 0 && at < edit.offset;
      at = text.indexOf(edit.find, at + 1)
    )
      occurrence++;
    const range = (found[i] as Word.RangeCollection).items[occurrence];
    range?.insertText(edit.replacement, 'Replace');
  });
}

async function addAtCursor(
  place: (texts: readonly string[], cursor: number) => SectionPlacement,
): Promise<SectionPlacement & { fields: number }> {
  return guarded(() =>
    Word.run(async (context) => {
      const body = context.document.body.paragraphs;
      body.load('items/text');
      const selection = context.document.getSelection();
      await context.sync();

      const relations = body.items.map((p) => p.getRange('Whole').compareLocationWith(selection));
      await context.sync();
      const inside = relations.flatMap((r, i) => (AT_CURSOR.has(r.value) ? [i] : []));
      const cursor = inside.at(-1) ?? body.items.length - 1;
      const texts = body.items.map((p) => p.text);
      const placement = place(texts, cursor);

      const found = placement.edits.map((edit) => {
        const ranges = (body.items[edit.paragraph] as Word.Paragraph).search(edit.find, {
          matchCase: true,
        });
        ranges.load('items');
        return ranges;
      });
      await context.sync();

      // All writes in one batch: the renumbering, the count and the new paragraphs.
      queueEdits(body.items, placement.edits, found);
      let anchor = body.items[placement.after] as Word.Paragraph | undefined;
      let following = placement.paragraphs;
      let fields = 0;
      const [head, ...rest] = placement.paragraphs;
      if (!anchor && head) {
        // At the very start: a new first paragraph takes the heading (no empty one left behind).
        anchor = (body.items[0] as Word.Paragraph).insertParagraph('', 'Before');
        anchor.styleBuiltIn = styleFor(head.role) as Word.BuiltInStyleName;
        fields += appendPieces(anchor, head.text);
        following = rest;
      }
      if (!anchor) throw new PlacementError('nothing to add');
      const tail = queueParagraphsAfter(anchor, following);
      fields += tail.fields;
      (tail.last ?? anchor).getRange('End').select();
      await context.sync();
      return { ...placement, fields };
    }),
  );
}

/**
 * Adds a 一、 section, renumbering later ones and the stated count: at its place in `ladder` (the
 * skeleton's sections in order) when given, else after the section at the cursor.
 */
export function addSection(
  section: Section,
  ladder?: readonly Section[],
): Promise<SectionPlacement & { fields: number }> {
  return addAtCursor((texts, cursor) => {
    if (!ladder) return placeSection(texts, cursor, section);
    try {
      return placeSectionInLadder(texts, section, ladder);
    } catch (error) {
      if (!(error instanceof PlacementError)) throw error;
      throw new WordAdapterError('SectionPresent', {
        zh: `文档中已有“${section.heading}”这一部分，未重复添加。`,
        en: `The document already has the section "${section.heading}"; it was not added again.`,
      });
    }
  });
}

/** Adds a （一） block after the one at the cursor, renumbering later ones in its section. */
export function addSubsection(
  subsection: Subsection,
): Promise<SectionPlacement & { fields: number }> {
  return addAtCursor((texts, cursor) => {
    try {
      return placeSubsection(texts, cursor, subsection);
    } catch (error) {
      if (!(error instanceof PlacementError)) throw error;
      throw new WordAdapterError('NoSection', {
        zh: '请先把光标放在某个“一、”部分中，再添加“（一）”小节。',
        en: 'Put the cursor inside a 一、 section first, then add the （一） block.',
      });
    }
  });
}

/** The selected text (paragraphs joined by \n), for saving it as a personal phrase. One sync. */
export function readSelectionText(): Promise<string> {
  return guarded(() =>
    Word.run(async (context) => {
      const selection = context.document.getSelection();
      selection.load('text');
      await context.sync();
      return selection.text.replace(/\r\n?/g, '\n');
    }),
  );
}

/** What the 起草 tab asks of Word; the pane gets it as a prop (Office.js here, fakes in tests). */
export interface SpeechDeskDrafting {
  insertSkeleton(
    skeleton: Skeleton,
    options: { sections: number; replaceSelection: boolean },
  ): Promise<InsertOutcome>;
  insertPhrase(phrase: Phrase, options: { replaceSelection: boolean }): Promise<InsertOutcome>;
  addSection(
    section: Section,
    ladder?: readonly Section[],
  ): Promise<SectionPlacement & { fields: number }>;
  readSelectionText(): Promise<string>;
}

export const officeDrafting: SpeechDeskDrafting = {
  insertSkeleton,
  insertPhrase,
  addSection,
  readSelectionText,
};
