/**
 * Writes chosen replacements. A fix is written only if its paragraph still reads exactly as it
 * did at check time and the finding's text is still at its offset; otherwise it is 'stale' and
 * the pane re-checks. Only the finding's own range is touched. With `trackChanges`, the writes
 * are tracked (修订) and the user's previous tracking mode is restored afterwards, in a batch of
 * its own (a failed write would stop the batch before a restore queued in it).
 */
import type { Finding } from '../core';
import type { FixRequest, WordCapabilities, WordFixOutcome } from './api';
import { requireCapability } from './capabilities';
import { guarded, messageFor, WordAdapterError } from './errors';
import { locateRanges } from './locate';
import { recordsAfterEdits } from './records';
import { loadMarkRecords, saveMarkRecords } from './settings';
import { loadParagraphTexts } from './texts';

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
    let previousMode: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}` | undefined;
    try {
      return await Word.run(async (context) => {
        const texts = await loadParagraphTexts(context, [], () => {
          if (options.trackChanges) context.document.load('changeTrackingMode');
        });
        const paragraphs = texts.paragraphs;

        // Current texts: under 修订 Word keeps deleted text in `text` (#1267), and the check
        // saw the current text, so that is what must still read as it did.
        const { fresh, stale } = partitionFixes(requests, texts.current, options.paragraphTexts);
        const ranges = await locateRanges(
          context,
          paragraphs.items,
          fresh.map(({ finding }) => ({
            paragraph: finding.paragraph,
            start: finding.offset,
            end: finding.offset + finding.length,
          })),
          texts.current,
        );
        if (options.trackChanges && context.document.changeTrackingMode !== 'TrackAll') {
          previousMode = context.document.changeTrackingMode;
          context.document.changeTrackingMode = 'TrackAll';
        }
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
        await context.sync();

        await keepMarkRecords(
          fresh.filter((r) => applied.includes(r.finding)),
          texts.current,
        );
        return { applied, stale };
      });
    } finally {
      // A failed write stops the batch before anything queued after it, so the user's tracking
      // mode is put back in a batch of its own, whatever happened.
      if (previousMode !== undefined) await restoreTrackingMode(previousMode);
    }
  });
}

async function restoreTrackingMode(mode: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}`) {
  try {
    await Word.run(async (context) => {
      context.document.changeTrackingMode = mode as Word.ChangeTrackingMode;
      await context.sync();
    });
  } catch (error) {
    throw new WordAdapterError('TrackingNotRestored', messageFor('TrackingNotRestored'), {
      cause: error,
    });
  }
}

/** Moves the records of our highlights past the text just written, so clearing still works. */
async function keepMarkRecords(
  written: readonly FixRequest[],
  texts: readonly string[],
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
    highlights = recordsAfterEdits(highlights, paragraph, texts[paragraph] as string, edits);
  }
  await saveMarkRecords({ ...records, highlights });
}
