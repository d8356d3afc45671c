/**
 * Finding SpeechDesk's recorded highlight spans again, and keeping the records true when
 * SpeechDesk itself writes into a marked paragraph (see mark.ts for why records exist).
 */
import type { LocateTarget } from './locate';
import { fnv1a, type HighlightRecord } from './settings';

/**
 * Where a recorded span is now: at its place if its paragraph is unchanged (or only moved, found
 * by fingerprint); in an edited paragraph, at the occurrence of its text nearest its old offset.
 * The colour check in clearMarks guards the last case: only our colour is ever restored.
 */
export function findRecord(
  texts: readonly string[],
  hashes: readonly string[],
  record: HighlightRecord,
): LocateTarget | null {
  const at = (paragraph: number, start: number): LocateTarget => ({
    paragraph,
    start,
    end: start + record.end - record.start,
  });
  const sameText = (i: number) => texts[i]?.slice(record.start, record.end) === record.text;
  if (hashes[record.paragraph] === record.paragraphHash && sameText(record.paragraph)) {
    return at(record.paragraph, record.start);
  }
  const moved = hashes.indexOf(record.paragraphHash);
  if (moved >= 0 && sameText(moved)) return at(moved, record.start);
  const edited = texts[record.paragraph];
  if (edited === undefined || record.text.length === 0) return null;
  let nearest = -1;
  for (let i = edited.indexOf(record.text); i >= 0; i = edited.indexOf(record.text, i + 1)) {
    if (nearest < 0 || Math.abs(i - record.start) < Math.abs(nearest - record.start)) nearest = i;
  }
  return nearest < 0 ? null : at(record.paragraph, nearest);
}

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Keeps highlight records true after SpeechDesk writes fixes into a paragraph (`before` is its
 * text before the edits, edits in its offsets, not overlapping). Text written inside a marked
 * span takes the span's colour in Word, so the span grows or shrinks with it; a span an edit
 * only partly covers can no longer be restored with one colour and is forgotten.
 */
export function recordsAfterEdits(
  records: readonly HighlightRecord[],
  paragraph: number,
  before: string,
  edits: readonly TextEdit[],
): HighlightRecord[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let after = before;
  for (const e of [...sorted].reverse()) {
    after = after.slice(0, e.start) + e.replacement + after.slice(e.end);
  }
  const beforeHash = fnv1a(before);
  return records.flatMap((record) => {
    if (record.paragraph !== paragraph || record.paragraphHash !== beforeHash) return [record];
    let shift = 0;
    let grow = 0;
    for (const e of sorted) {
      const delta = e.replacement.length - (e.end - e.start);
      const inside =
        e.start >= record.start &&
        e.end <= record.end &&
        !(e.start === e.end && e.start === record.start);
      if (e.end <= record.start && !inside) shift += delta;
      else if (inside) grow += delta;
      else if (e.start < record.end) return []; // partly covered
    }
    const start = record.start + shift;
    const end = record.end + shift + grow;
    return [{ ...record, start, end, text: after.slice(start, end), paragraphHash: fnv1a(after) }];
  });
}
