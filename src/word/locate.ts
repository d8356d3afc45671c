/**
 * Turns {paragraph, offset, length} into Word ranges. Office.js has no "range at offset" in
 * WordApi 1.3, so each span is found with `Paragraph.search`:
 *
 * - the key is the span's own text when it is short enough; the n-th match is taken, where n
 *   counts Word's matches (left to right, non-overlapping, case-sensitive) before the offset;
 * - `^` is Word's escape character in plain search (`^^`, `^t`, `^l`, `^s`); other control
 *   characters (fields, inline pictures) cannot be searched, so spans avoid them at their ends;
 * - the search text is limited to 255 characters: longer or awkward spans are found as a short
 *   head anchor and a short tail anchor joined with `expandTo`;
 * - an empty span (an insertion point) is the end of the character before it.
 *
 * All searches of a batch run in ONE sync (deduplicated per paragraph and key).
 */

export const SEARCH_LIMIT = 255;
/** Anchors are kept short: long enough to be unambiguous, far below the search limit. */
const ANCHOR_MAX = 32;

const ESCAPES: Record<string, string> = { '^': '^^', '\t': '^t', '\u000b': '^l', '\u00a0': '^s' };

/** The text Word's plain search needs to find `key` literally, or null when it cannot. */
export function escapeSearch(key: string): string | null {
  let out = '';
  for (const ch of key) {
    const escaped = ESCAPES[ch];
    if (escaped) out += escaped;
    else if (ch < ' ' || ch === '\u007f') return null;
    else out += ch;
  }
  return out.length > 0 && out.length <= SEARCH_LIMIT ? out : null;
}

/** Offsets where Word's search finds `key` in `text`: left to right, never overlapping. */
export function wordMatchOffsets(text: string, key: string): number[] {
  const found: number[] = [];
  if (key.length === 0) return found;
  let at = text.indexOf(key);
  while (at >= 0) {
    found.push(at);
    at = text.indexOf(key, at + key.length);
  }
  return found;
}

export interface SearchStep {
  /** The literal text to find (escape it with escapeSearch before searching). */
  key: string;
  /** Which of Word's matches in the paragraph, 0-based. */
  occurrence: number;
}

export type LocatePlan =
  | { kind: 'paragraph' }
  | { kind: 'search'; step: SearchStep }
  | { kind: 'expand'; head: SearchStep; tail: SearchStep }
  | { kind: 'collapsed'; anchor: LocatePlan; side: 'Start' | 'End' };

function stepAt(text: string, start: number, end: number): SearchStep | null {
  const key = text.slice(start, end);
  if (escapeSearch(key) === null) return null;
  const occurrence = wordMatchOffsets(text, key).indexOf(start);
  return occurrence < 0 ? null : { key, occurrence };
}

function headAnchor(text: string, start: number, end: number): SearchStep | null {
  for (let length = Math.min(end - start, ANCHOR_MAX); length > 0; length--) {
    const step = stepAt(text, start, start + length);
    if (step) return step;
  }
  return null;
}

function tailAnchor(text: string, start: number, end: number): SearchStep | null {
  for (let length = Math.min(end - start, ANCHOR_MAX); length > 0; length--) {
    const step = stepAt(text, end - length, end);
    if (step) return step;
  }
  return null;
}

/** How to find [start, end) of a paragraph whose text is `text`; null when it cannot be found. */
export function planLocate(text: string, start: number, end: number): LocatePlan | null {
  if (start < 0 || end > text.length || start > end) return null;
  if (start === end) {
    if (text.length === 0)
      return { kind: 'collapsed', anchor: { kind: 'paragraph' }, side: 'Start' };
    const anchor = start > 0 ? planLocate(text, start - 1, start) : planLocate(text, 0, 1);
    return anchor && { kind: 'collapsed', anchor, side: start > 0 ? 'End' : 'Start' };
  }
  if (start === 0 && end === text.length) return { kind: 'paragraph' };
  const direct = stepAt(text, start, end);
  if (direct) return { kind: 'search', step: direct };
  const head = headAnchor(text, start, end);
  const tail = tailAnchor(text, start, end);
  return head && tail ? { kind: 'expand', head, tail } : null;
}

/** The span a user should see for a finding: an insertion point shows the character before it. */
export function visibleSpan(text: string, offset: number, length: number): [number, number] {
  if (length > 0) return [offset, offset + length];
  if (offset > 0) return [offset - 1, offset];
  return [0, Math.min(1, text.length)];
}

export interface LocateTarget {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Finds every target as a Word range with ONE sync. `paragraphs` must have `text` loaded.
 * Returns a range per target, or null when the target cannot be found in the current text.
 */
export async function locateRanges(
  context: Word.RequestContext,
  paragraphs: readonly Word.Paragraph[],
  targets: readonly LocateTarget[],
): Promise<Array<Word.Range | null>> {
  const searches = new Map<string, Word.RangeCollection>();
  const searchFor = (paragraph: number, step: SearchStep): string => {
    const id = `${paragraph}\u0000${step.key}`;
    if (!searches.has(id)) {
      const collection = (paragraphs[paragraph] as Word.Paragraph).search(
        escapeSearch(step.key) as string,
        { matchCase: true },
      );
      collection.load('items/text');
      searches.set(id, collection);
    }
    return id;
  };
  const plans = targets.map((t) => {
    const paragraph = paragraphs[t.paragraph];
    const plan = paragraph ? planLocate(paragraph.text, t.start, t.end) : null;
    queueSearches(plan, (step) => searchFor(t.paragraph, step));
    return plan;
  });
  // Always exactly one sync, so callers' counts do not depend on what was found.
  await context.sync();

  const nth = (paragraph: number, step: SearchStep): Word.Range | null => {
    const items = searches.get(`${paragraph}\u0000${step.key}`)?.items ?? [];
    const range = items[step.occurrence];
    // Word must have matched exactly what we counted; otherwise the text is not what we think.
    return range && range.text === step.key && items.length === countIn(paragraphs, paragraph, step)
      ? range
      : null;
  };
  return plans.map((plan, i) =>
    build(plan, paragraphs[(targets[i] as LocateTarget).paragraph], (step) =>
      nth((targets[i] as LocateTarget).paragraph, step),
    ),
  );
}

function countIn(paragraphs: readonly Word.Paragraph[], paragraph: number, step: SearchStep) {
  return wordMatchOffsets((paragraphs[paragraph] as Word.Paragraph).text, step.key).length;
}

function queueSearches(plan: LocatePlan | null, search: (step: SearchStep) => void): void {
  if (!plan || plan.kind === 'paragraph') return;
  if (plan.kind === 'search') search(plan.step);
  else if (plan.kind === 'expand') {
    search(plan.head);
    search(plan.tail);
  } else queueSearches(plan.anchor, search);
}

function build(
  plan: LocatePlan | null,
  paragraph: Word.Paragraph | undefined,
  nth: (step: SearchStep) => Word.Range | null,
): Word.Range | null {
  if (!plan || !paragraph) return null;
  switch (plan.kind) {
    case 'paragraph':
      return paragraph.getRange('Content');
    case 'search':
      return nth(plan.step);
    case 'expand': {
      const head = nth(plan.head);
      const tail = nth(plan.tail);
      return head && tail ? head.expandTo(tail) : null;
    }
    case 'collapsed': {
      const anchor = build(plan.anchor, paragraph, nth);
      return anchor && anchor.getRange(plan.side);
    }
  }
}
