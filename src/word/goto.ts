/** Selects a finding's text, which also scrolls Word to it. */
import type { Finding } from '../core';
import { WordAdapterError, guarded, messageFor } from './errors';
import { locateRanges, visibleSpan } from './locate';

export function goToFinding(finding: Finding): Promise<void> {
  return guarded(() =>
    Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();

      const text = paragraphs.items[finding.paragraph]?.text;
      const [start, end] = visibleSpan(text ?? '', finding.offset, finding.length);
      const unchanged =
        text !== undefined &&
        text.slice(finding.offset, finding.offset + finding.length) === finding.text;
      const [range] = unchanged
        ? await locateRanges(context, paragraphs.items, [
            { paragraph: finding.paragraph, start, end },
          ])
        : [null];
      if (!range) throw new WordAdapterError('ItemNotFound', messageFor('ItemNotFound'));
      range.select('Select');
      await context.sync();
    }),
  );
}
