/** Selects a finding's text, which also scrolls Word to it. */
import type { Finding } from '../core';
import { WordAdapterError, guarded, messageFor } from './errors';
import { locateRanges, visibleSpan } from './locate';
import { loadParagraphTexts } from './texts';

export function goToFinding(finding: Finding): Promise<void> {
  return guarded(() =>
    Word.run(async (context) => {
      // The check saw the current text (without tracked deletions): find it there.
      const texts = await loadParagraphTexts(context);
      const text = texts.current[finding.paragraph];
      const [start, end] = visibleSpan(text ?? '', finding.offset, finding.length);
      const unchanged =
        text !== undefined &&
        text.slice(finding.offset, finding.offset + finding.length) === finding.text;
      const [range] = unchanged
        ? await locateRanges(
            context,
            texts.paragraphs.items,
            [{ paragraph: finding.paragraph, start, end }],
            texts.current,
          )
        : [null];
      if (!range) throw new WordAdapterError('ItemNotFound', messageFor('ItemNotFound'));
      range.select('Select');
      await context.sync();
    }),
  );
}
