/**
 * The paragraph texts every operation works on: the *current* text. With change tracking,
 * `Paragraph.text` includes tracked-deleted text (always on the web, office-js #1267; on desktop
 * depending on how revisions are shown, #2314). WordApi 1.4's `getReviewedText('Current')` leaves
 * it out, so checks, marks and fixes use that. One body-level call in the first sync tells
 * whether anything differs; per-paragraph texts cost one more sync only when it does.
 */
import type { Localized } from '../core';
import { canReadReviewedText } from './capabilities';

export interface ParagraphTexts {
  paragraphs: Word.ParagraphCollection;
  /** The current text of each paragraph (without tracked deletions). */
  current: string[];
  /** Paragraphs whose `text` differs from their current text: Word's offsets and search are unreliable there. */
  tracked: boolean[];
}

/** Set when `getReviewedText` failed in this runtime; not tried again until the pane reloads. */
let reviewedTextFails = false;

/**
 * Loads the paragraphs (`items/text` and `more` paths) and their current texts: one sync, two
 * when tracked changes make them differ. `alongside` queues the caller's other loads of the first
 * sync; it is queued again if the first sync has to be retried without `getReviewedText`.
 */
export async function loadParagraphTexts(
  context: Word.RequestContext,
  more: readonly string[] = [],
  alongside?: () => void,
): Promise<ParagraphTexts> {
  const paragraphs = context.document.body.paragraphs;
  const queue = (withReview: boolean) => {
    paragraphs.load(['items/text', ...more.map((p) => `items/${p}`)].join(','));
    alongside?.();
    if (!withReview) return null;
    const body = context.document.body;
    return { text: body.load('text'), current: body.getReviewedText('Current') };
  };
  let reviewed = queue(!reviewedTextFails && canReadReviewedText());
  try {
    await context.sync();
  } catch (error) {
    if (!reviewed) throw error;
    // An Office.js that gates getReviewedText behind another set (see docs/word-addin.md); if
    // the retry without it fails too, the failure was not getReviewedText's.
    reviewed = queue(false);
    await context.sync();
    reviewedTextFails = true;
  }
  const texts = paragraphs.items.map((p) => p.text);
  if (!reviewed || reviewed.current.value === reviewed.text.text) {
    return { paragraphs, current: texts, tracked: texts.map(() => false) };
  }
  const each = paragraphs.items.map((p) => p.getReviewedText('Current'));
  await context.sync();
  const current = each.map((r) => r.value);
  return { paragraphs, current, tracked: current.map((c, i) => c !== texts[i]) };
}

/** For tests: forget that getReviewedText failed. */
export function resetReviewedTextFailure(): void {
  reviewedTextFails = false;
}

export const TRACKED_NOTE: Localized = {
  zh: '文档中有尚未接受的修订：已按接受修订后的文字检查，标记只放在经 Word 查找核对过的位置。',
  en: 'The document has tracked changes: it was checked as if they were accepted, and marks were placed only where Word’s search confirmed the text.',
};
