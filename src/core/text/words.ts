/**
 * Word boundaries from the runtime's own dictionary: `Intl.Segmenter` with `zh` word
 * granularity (ICU, in Node and in the Chromium/WebView2 runtimes Word uses). Nothing to
 * download; where a runtime lacks it the callers fall back to their tables.
 */

interface WordSegment {
  segment: string;
  index: number;
}

type WordSegmenter = { segment(text: string): Iterable<WordSegment> };

let segmenter: WordSegmenter | null | undefined;

/** The zh word segmenter, created on first use, or null where the runtime has none. */
function zhSegmenter(): WordSegmenter | null {
  if (segmenter === undefined) {
    const Segmenter = (
      Intl as { Segmenter?: new (locale: string, options: object) => WordSegmenter }
    ).Segmenter;
    try {
      segmenter = Segmenter ? new Segmenter('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

export function hasWordSegmenter(): boolean {
  return zhSegmenter() !== null;
}

/** The words of `text` as [start, end) ranges, or undefined without a segmenter. */
export function wordRanges(text: string): [number, number][] | undefined {
  const seg = zhSegmenter();
  if (!seg) return undefined;
  const ranges: [number, number][] = [];
  for (const s of seg.segment(text)) ranges.push([s.index, s.index + s.segment.length]);
  return ranges;
}
