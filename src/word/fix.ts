/**
 * Writes chosen replacements. A fix is written only if its paragraph still reads exactly as it
 * did at check time and the finding's text is still at its offset; otherwise it is 'stale' and
 * the pane re-checks. Only the finding's own range is touched. With `trackChanges`, the writes
 * are tracked (修订) and the user's previous tracking mode is restored in the same batch.
 */
import type { Finding } from '../core';
import type { FixRequest, WordCapabilities, WordFixOutcome } from './api';
import { requireCapability } from './capabilities';
import { guarded } from './errors';
import { locateRanges } from './locate';
import { recordsAfterEdits } from './records';
import { loadMarkRecords, saveMarkRecords } from './settings';

export interface ApplyFixesOptions {
  trackChanges: boolean;
  paragraphTexts: readonly string[];
  capabilities: WordCapabilities;
}

/** Requests that may be written: unchanged paragraph, text in place, no overlap with another. */
export function partitionFixes(
  requests: readonly FixRequest[],
  currentTexts: readonly string[],
  checkedTexts: readonly string[],
): { fresh: FixRequest[]; stale: Finding[] } {
  const fresh: FixRequest[] = [];
  const stale: Finding[] = [];
  const taken = new Map<number, Array<[number, number]>>();
  for (const request of requests) {
    const { paragraph, offset, length, text } = request.finding;
    const current = currentTexts[paragraph];
    const spans = taken.get(paragraph) ?? [];
    const end = offset + length;
    const overlaps = spans.some(
      ([s, e]) => (offset < e && s < end) || (length === 0 && s === e && s === offset),
    );
    if (
      current === undefined ||
      current !== checkedTexts[paragraph] ||
      current.slice(offset, end) !== text ||
      overlaps
    ) {
      stale.push(request.finding);
      continue;
    }
    spans.push([offset, end]);
    taken.set(paragraph, spans);
    fresh.push(request);
  }
  return { fresh, stale };
}

export function applyFixes(
  requests: readonly FixRequest[],
  options: ApplyFixesOptions,
): Promise<WordFixOutcome> {
  return guarded(async () => {
    if (options.trackChanges) requireCapability(options.capabilities, 'trackChanges');
    return Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      if (options.trackChanges) context.document.load('changeTrackingMode');
      await context.sync();

      const { fresh, stale } = partitionFixes(
        requests,
        paragraphs.items.map((p) => p.text),
        options.paragraphTexts,
      );
      const ranges = await locateRanges(
        context,
        paragraphs.items,
        fresh.map(({ finding }) => ({
          paragraph: finding.paragraph,
          start: finding.offset,
          end: finding.offset + finding.length,
        })),
      );
      const previousMode = options.trackChanges ? context.document.changeTrackingMode : undefined;
      if (options.trackChanges) context.document.changeTrackingMode = 'TrackAll';
      const applied: Finding[] = [];
      ranges.forEach((range, i) => {
        const request = fresh[i] as FixRequest;
        if (!range) {
          stale.push(request.finding);
          return;
        }
        if (request.replacement === '') range.delete();
        else
          range.insertText(request.replacement, request.finding.length === 0 ? 'End' : 'Replace');
        applied.push(request.finding);
      });
      if (previousMode !== undefined && previousMode !== 'TrackAll') {
        context.document.changeTrackingMode = previousMode;
      }
      await context.sync();

      await keepMarkRecords(
        fresh.filter((r) => applied.includes(r.finding)),
        paragraphs.items,
      );
      return { applied, stale };
    });
  });
}

/** Moves the records of our highlights past the text just written, so clearing still works. */
async function keepMarkRecords(
  written: readonly FixRequest[],
  paragraphs: readonly Word.Paragraph[],
): Promise<void> {
  const records = loadMarkRecords();
  if (records.highlights.length === 0 || written.length === 0) return;
  let highlights = records.highlights;
  for (const paragraph of new Set(written.map((r) => r.finding.paragraph))) {
    const edits = written
      .filter((r) => r.finding.paragraph === paragraph)
      .map(({ finding, replacement }) => ({
        start: finding.offset,
        end: finding.offset + finding.length,
        replacement,
      }));
    highlights = recordsAfterEdits(
      highlights,
      paragraph,
      (paragraphs[paragraph] as Word.Paragraph).text,
      edits,
    );
  }
  await saveMarkRecords({ ...records, highlights });
}
