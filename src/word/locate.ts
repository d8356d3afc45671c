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

/** Quotes and width as Word's search may fold them (the probe's searchFoldsQuotes/Width). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (ch === '\u201c' || ch === '\u201d') return '"';
  if (ch === '\u2018' || ch === '\u2019') return "'";
  return ch;
}

function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Finds every target as a Word range with ONE sync. `paragraphs` must have `text` loaded;
 * `texts` are the texts the targets' offsets refer to (the current texts, texts.ts), by default
 * the paragraphs' `text`. Returns a range per target, or null when it cannot be found for sure.
 *
 * Word's match count must be what we count in the text, either exactly or with quotes and widths
 * folded (some Word builds fold them), and the match must read as the text at that place.
 * A batch stops at its first failed search: then each paragraph's searches are retried in a sync
 * of their own, so only the findings of a failing paragraph are lost; SearchDialogIsOpen stops
 * the operation with its own message (the dialog blocks every search).
 */
export async function locateRanges(
  context: Word.RequestContext,
  paragraphs: readonly Word.Paragraph[],
  targets: readonly LocateTarget[],
  texts: readonly string[] = paragraphs.map((p) => p.text),
): Promise<Array<Word.Range | null>> {
  const steps = new Map<number, Map<string, SearchStep>>();
  const plans = targets.map((t) => {
    const text = texts[t.paragraph];
    const plan =
      paragraphs[t.paragraph] && text !== undefined ? planLocate(text, t.start, t.end) : null;
    queueSearches(plan, (step) => {
      const own = steps.get(t.paragraph) ?? new Map<string, SearchStep>();
      own.set(step.key, step);
      steps.set(t.paragraph, own);
    });
    return plan;
  });
  const searches = new Map<string, Word.RangeCollection>();
  const queue = (paragraph: number) => {
    for (const key of steps.get(paragraph)?.keys() ?? []) {
      const collection = (paragraphs[paragraph] as Word.Paragraph).search(
        escapeSearch(key) as string,
        { matchCase: true },
      );
      collection.load('items/text');
      searches.set(`${paragraph}\u0000${key}`, collection);
    }
  };
  const failed = new Set<number>();
  for (const paragraph of steps.keys()) queue(paragraph);
  try {
    // Always exactly one sync when nothing fails, so callers' counts do not depend on the result.
    await context.sync();
  } catch (error) {
    if (errorCode(error) === 'SearchDialogIsOpen') throw error;
    searches.clear();
    for (const paragraph of steps.keys()) {
      queue(paragraph);
      try {
        await context.sync();
      } catch (retryError) {
        if (errorCode(retryError) === 'SearchDialogIsOpen') throw retryError;
        failed.add(paragraph);
      }
    }
  }

  const nth = (paragraph: number, step: SearchStep): Word.Range | null => {
    if (failed.has(paragraph)) return null;
    const items = searches.get(`${paragraph}\u0000${step.key}`)?.items ?? [];
    const text = texts[paragraph] as string;
    const at = wordMatchOffsets(text, step.key)[step.occurrence] as number;
    const foldedAt = wordMatchOffsets(fold(text), fold(step.key));
    const index =
      items.length === wordMatchOffsets(text, step.key).length
        ? step.occurrence
        : items.length === foldedAt.length
          ? foldedAt.indexOf(at)
          : -1;
    const range = index >= 0 ? items[index] : undefined;
    // Word must have matched what we counted, reading as the text there.
    return range && range.text === step.key ? range : null;
  };
  return plans.map((plan, i) =>
    build(plan, paragraphs[(targets[i] as LocateTarget).paragraph], (step) =>
      nth((targets[i] as LocateTarget).paragraph, step),
    ),
  );
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
