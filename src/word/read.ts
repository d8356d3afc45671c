/** Reads the whole document into a SpeechDocument in two syncs, whatever its length. */
import type { SpeechDocument, SpeechParagraph } from '../core';
import { guarded } from './errors';

const HEADING = /^Heading([1-9])$/;

/** Word reports body text as outline level 10; headings as 1–9 (or only via their style). */
function outlineOf(paragraph: Word.Paragraph): number | undefined {
  if (paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 9) return paragraph.outlineLevel;
  const heading = HEADING.exec(paragraph.styleBuiltIn);
  return heading ? Number(heading[1]) : undefined;
}

export function readDocument(): Promise<SpeechDocument> {
  return guarded(() =>
    Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(
        'items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem',
      );
      await context.sync();

      // List labels need the items, hence a second sync; it is made even with no lists so the
      // count stays fixed.
      const lists = paragraphs.items.map((p) =>
        p.isListItem ? p.listItemOrNullObject.load('listString,level') : null,
      );
      await context.sync();

      return {
        paragraphs: paragraphs.items.map((p, i): SpeechParagraph => {
          const paragraph: SpeechParagraph = { text: p.text, style: p.style };
          const outlineLevel = outlineOf(p);
          if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
          const list = lists[i];
          if (list && !list.isNullObject) {
            paragraph.listLabel = list.listString;
            paragraph.listLevel = list.level;
          }
          return paragraph;
        }),
      };
    }),
  );
}
