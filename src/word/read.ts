/**
 * Reads the whole document into a SpeechDocument: two syncs whatever its length, one more when
 * tracked changes make the current text differ from `Paragraph.text` (texts.ts).
 */
import type { Localized, SpeechParagraph } from '../core';
import type { WordDocument } from './api';
import { guarded } from './errors';
import { loadParagraphTexts, TRACKED_NOTE } from './texts';

const HEADING = /^Heading([1-9])$/;

/** Word reports body text as outline level 10; headings as 1–9 (or only via their style). */
function outlineOf(paragraph: Word.Paragraph): number | undefined {
  if (paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 9) return paragraph.outlineLevel;
  const heading = HEADING.exec(paragraph.styleBuiltIn);
  return heading ? Number(heading[1]) : undefined;
}

function listsNote(count: number): Localized {
  return {
    zh: `有 ${count} 个编号段落的自动编号未能读取（Word 在带修订的编号段落上读取出错），这些段落按无编号检查，层次和序号检查可能不完整。`,
    en: `The automatic numbers of ${count} list paragraphs could not be read (Word fails on list paragraphs with tracked changes); they were checked without their numbers, so heading and sequence checks may be incomplete.`,
  };
}

type ListLabel = { listString: string; level: number } | null;

/**
 * List labels of the list paragraphs, in one sync. Word on the web throws GeneralException for
 * list paragraphs with tracked changes (office-js #5901, #5335) and the whole batch fails with
 * them; then each list paragraph is read in its own sync, and those that fail go without label.
 */
async function readListLabels(
  context: Word.RequestContext,
  paragraphs: readonly Word.Paragraph[],
): Promise<{ labels: ListLabel[]; failed: number }> {
  const queue = (p: Word.Paragraph) => p.listItemOrNullObject.load('listString,level');
  const toLabel = (item: Word.ListItem | null): ListLabel =>
    item && !item.isNullObject ? { listString: item.listString, level: item.level } : null;
  const items = paragraphs.map((p) => (p.isListItem ? queue(p) : null));
  try {
    // Made even with no lists, so the count stays fixed.
    await context.sync();
    return { labels: items.map(toLabel), failed: 0 };
  } catch {
    const labels: ListLabel[] = [];
    let failed = 0;
    for (const p of paragraphs) {
      if (!p.isListItem) {
        labels.push(null);
        continue;
      }
      try {
        const item = queue(p);
        await context.sync();
        labels.push(toLabel(item));
      } catch {
        labels.push(null);
        failed++;
      }
    }
    return { labels, failed };
  }
}

export function readDocument(): Promise<WordDocument> {
  return guarded(() =>
    Word.run(async (context) => {
      const texts = await loadParagraphTexts(context, [
        'style',
        'styleBuiltIn',
        'outlineLevel',
        'isListItem',
      ]);
      const items = texts.paragraphs.items;
      const { labels, failed } = await readListLabels(context, items);

      const notes: Localized[] = [];
      if (texts.tracked.some(Boolean)) notes.push(TRACKED_NOTE);
      if (failed > 0) notes.push(listsNote(failed));
      return {
        paragraphs: items.map((p, i): SpeechParagraph => {
          const paragraph: SpeechParagraph = { text: texts.current[i] as string, style: p.style };
          const outlineLevel = outlineOf(p);
          if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
          const label = labels[i];
          if (label) {
            paragraph.listLabel = label.listString;
            paragraph.listLevel = label.level;
          }
          return paragraph;
        }),
        ...(notes.length > 0 ? { notes } : {}),
      };
    }),
  );
}
