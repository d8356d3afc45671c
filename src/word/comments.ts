/** Word comments for the reviewer's pass (WordApi 1.4): one per finding, with rule and message. */
import type { Finding } from '../core';
import type { WordCapabilities } from './api';
import { requireCapability } from './capabilities';
import { guarded } from './errors';
import { locateRanges, visibleSpan } from './locate';

export function commentText(finding: Finding): string {
  const suggestion = finding.fix?.replacement ?? finding.suggestions?.[0];
  const advice =
    suggestion === undefined ? '' : `建议：${suggestion === '' ? '删除' : `“${suggestion}”`}。`;
  return `【讲稿助手】${finding.message}${advice}（${finding.rule}）`;
}

/** Adds a comment per finding still found in the document, in three syncs. Returns how many. */
export function addComments(
  findings: readonly Finding[],
  capabilities: WordCapabilities,
): Promise<number> {
  return guarded(async () => {
    requireCapability(capabilities, 'comments');
    return Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();

      const present = findings.filter(
        (f) => paragraphs.items[f.paragraph]?.text.slice(f.offset, f.offset + f.length) === f.text,
      );
      const ranges = await locateRanges(
        context,
        paragraphs.items,
        present.map((f) => {
          const text = (paragraphs.items[f.paragraph] as Word.Paragraph).text;
          const [start, end] = visibleSpan(text, f.offset, f.length);
          return { paragraph: f.paragraph, start, end };
        }),
      );
      let added = 0;
      ranges.forEach((range, i) => {
        if (!range) return;
        range.insertComment(commentText(present[i] as Finding));
        added++;
      });
      await context.sync();
      return added;
    });
  });
}
