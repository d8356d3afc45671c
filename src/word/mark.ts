/**
 * Shows findings in the document and clears exactly what SpeechDesk showed.
 *
 * Critiques (WordApi 1.7) are underlines that belong to the add-in: they never touch the text's
 * formatting. Highlights (the 1.3 fallback) do, so before highlighting a span we read the colour
 * already there and keep it, with the span's place, in the document settings (not in memory,
 * not in content controls: they would change the document's structure). Clearing finds each
 * span again (records.ts: by paragraph index, by fingerprint when paragraphs moved, or near its
 * old place in an edited paragraph) and puts the old colour back only if the span still has our
 * colour: a highlight the user changed since is theirs. Overlapping findings are merged into one span first, and a span that already
 * has several colours is left unmarked, since a single colour could not restore it.
 */
import type { Finding, Localized, Severity } from '../core';
import type { MarkMode, MarkOutcome, WordCapabilities } from './api';
import { guarded } from './errors';
import { escapeSearch, locateRanges, visibleSpan, type LocateTarget } from './locate';
import { findRecord } from './records';
import { fnv1a, loadMarkRecords, saveMarkRecords, type HighlightRecord } from './settings';
import { loadParagraphTexts, TRACKED_NOTE } from './texts';

export const HIGHLIGHT_BY_SEVERITY: Record<Severity, string> = {
  error: '#FF00FF',
  warning: '#FFFF00',
  info: '#00FFFF',
};

const CRITIQUE_BY_SEVERITY: Record<
  Severity,
  Word.CritiqueColorScheme | 'Red' | 'Blue' | 'Lavender'
> = {
  error: 'Red',
  warning: 'Blue',
  info: 'Lavender',
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function sameColour(a: string | null, b: string | null): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

export interface MarkOptions {
  mode?: MarkMode;
  capabilities: WordCapabilities;
  /** Called when critiques failed in this Word: the caller stops offering them until reload. */
  onCritiquesFailed?: () => void;
}

const CRITIQUES_FELL_BACK: Localized = {
  zh: '此版本的 Word 无法添加编辑器式标记（需要 Microsoft 365 订阅版或网页版），已改用突出显示。',
  en: 'This Word cannot add Editor-style marks (they need Word for Microsoft 365 or the web), so highlights were used.',
};

/** What a Word without working critiques throws: a missing method, or GeneralException (#4953). */
function critiquesUnavailable(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'GeneralException' || code === 'ApiNotFound' || code === 'NotImplemented';
}

export async function markFindings(
  findings: readonly Finding[],
  options: MarkOptions,
): Promise<MarkOutcome> {
  const wantCritiques = options.capabilities.critiques && options.mode !== 'highlight';
  const before = loadMarkRecords();
  // Marking over our own highlights would record them as "the user's colour": clear first.
  if (before.highlights.length > 0 || before.critiques.length > 0) {
    await clearMarks(options.capabilities);
  }
  return guarded(async () => {
    const notes: Localized[] = [];
    if (wantCritiques) {
      try {
        const outcome = await markCritiques(findings);
        if (outcome) return outcome;
      } catch (error) {
        if (!critiquesUnavailable(error)) throw error;
        options.onCritiquesFailed?.();
        notes.push(CRITIQUES_FELL_BACK);
      }
    }
    const outcome = await markHighlights(findings);
    const all = [...notes, ...(outcome.notes ?? [])];
    return { ...outcome, ...(all.length > 0 ? { notes: all } : {}) };
  });
}

/** The finding's text must still be where the check saw it (in the current text). */
function stillThere(texts: readonly string[], finding: Finding): boolean {
  const text = texts[finding.paragraph];
  return (
    text !== undefined &&
    text.slice(finding.offset, finding.offset + finding.length) === finding.text
  );
}

/**
 * Critiques, in two syncs. Null when a finding's paragraph has tracked changes: critique offsets
 * count tracked-deleted text (#5672), so the caller marks with search-verified highlights.
 */
async function markCritiques(findings: readonly Finding[]): Promise<MarkOutcome | null> {
  return Word.run(async (context) => {
    const texts = await loadParagraphTexts(context);
    if (findings.some((f) => texts.tracked[f.paragraph])) return null;
    const paragraphs = texts.paragraphs;

    const missing: Finding[] = [];
    const byParagraph = new Map<number, Word.Critique[]>();
    for (const finding of findings) {
      const paragraph = paragraphs.items[finding.paragraph];
      if (!paragraph || !stillThere(texts.current, finding)) {
        missing.push(finding);
        continue;
      }
      const [start, end] = visibleSpan(paragraph.text, finding.offset, finding.length);
      if (end === start) {
        missing.push(finding); // an empty paragraph has nothing to underline
        continue;
      }
      const list = byParagraph.get(finding.paragraph) ?? [];
      list.push({
        start,
        length: end - start,
        colorScheme: CRITIQUE_BY_SEVERITY[finding.severity] as Word.CritiqueColorScheme,
      });
      byParagraph.set(finding.paragraph, list);
    }
    const results = [...byParagraph].map(([index, critiques]) =>
      (paragraphs.items[index] as Word.Paragraph).insertAnnotations({ critiques }),
    );
    await context.sync();

    await saveMarkRecords({ highlights: [], critiques: results.flatMap((r) => r.value) });
    return { mode: 'critique' as const, marked: findings.length - missing.length, missing };
  });
}

interface Span extends LocateTarget {
  severity: Severity;
  findings: Finding[];
}

/** Merges overlapping findings per paragraph so no two marks share a character. */
function mergeSpans(texts: readonly string[], findings: readonly Finding[]): Span[] {
  const sorted = findings
    .map((finding) => {
      const text = texts[finding.paragraph] as string;
      const [start, end] = visibleSpan(text, finding.offset, finding.length);
      return { finding, start, end };
    })
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.finding.paragraph - b.finding.paragraph || a.start - b.start);
  const spans: Span[] = [];
  for (const { finding, start, end } of sorted) {
    const last = spans[spans.length - 1];
    if (last && last.paragraph === finding.paragraph && start < last.end) {
      last.end = Math.max(last.end, end);
      last.findings.push(finding);
      if (RANK[finding.severity] > RANK[last.severity]) last.severity = finding.severity;
    } else {
      spans.push({
        paragraph: finding.paragraph,
        start,
        end,
        severity: finding.severity,
        findings: [finding],
      });
    }
  }
  return spans;
}

/**
 * Which spans reported `null` but are in fact mixed. Word documents null as "no highlight", yet
 * some builds return null for mixed highlights too (office-js #5997): a span we then recorded as
 * "no highlight" would, on clearing, wipe the user's own highlight inside it. So each character
 * of such a span is looked at (one more sync); if that fails, they all count as mixed.
 */
async function mixedAmongNull(
  context: Word.RequestContext,
  spans: ReadonlyArray<{ range: Word.Range; text: string }>,
): Promise<boolean[]> {
  if (spans.length === 0) return [];
  const checks = spans.map(({ range, text }) =>
    [...new Set(text)].flatMap((ch) => {
      const key = escapeSearch(ch);
      return key === null
        ? []
        : [range.search(key, { matchCase: true }).load('items/font/highlightColor')];
    }),
  );
  try {
    await context.sync();
  } catch {
    return spans.map(() => true);
  }
  return checks.map((collections, i) => {
    const text = (spans[i] as { text: string }).text;
    // A character Word cannot search for could hide a colour: count the span as mixed.
    const unsearchable = [...text].some((ch) => escapeSearch(ch) === null);
    return (
      unsearchable || collections.some((c) => c.items.some((r) => r.font.highlightColor !== null))
    );
  });
}

async function markHighlights(findings: readonly Finding[]): Promise<MarkOutcome> {
  return Word.run(async (context) => {
    const texts = await loadParagraphTexts(context);
    const paragraphs = texts.paragraphs;

    const present = findings.filter((f) => stillThere(texts.current, f));
    const missing = findings.filter((f) => !present.includes(f));
    const spans = mergeSpans(texts.current, present);
    const ranges = await locateRanges(context, paragraphs.items, spans, texts.current);
    const fonts = ranges.map((range) => range?.font.load('highlightColor') ?? null);
    await context.sync();

    const textOf = (span: Span) =>
      (texts.current[span.paragraph] as string).slice(span.start, span.end);
    const nullSpans = spans.flatMap((span, i) => {
      const range = ranges[i];
      return range && fonts[i]?.highlightColor === null && span.end - span.start > 1
        ? [{ index: i, range, text: textOf(span) }]
        : [];
    });
    const mixed = new Set(
      (await mixedAmongNull(context, nullSpans)).flatMap((m, k) =>
        m ? [(nullSpans[k] as { index: number }).index] : [],
      ),
    );

    const records: HighlightRecord[] = [];
    const writes: Array<() => void> = [];
    const skipped: Finding[] = [];
    let marked = 0;
    spans.forEach((span, i) => {
      const font = fonts[i];
      if (!font) {
        missing.push(...span.findings);
        return;
      }
      if (font.highlightColor === '' || mixed.has(i)) {
        skipped.push(...span.findings);
        return;
      }
      const applied = HIGHLIGHT_BY_SEVERITY[span.severity];
      const paragraphText = texts.current[span.paragraph] as string;
      records.push({
        paragraph: span.paragraph,
        paragraphHash: fnv1a(paragraphText),
        start: span.start,
        end: span.end,
        text: textOf(span),
        previous: font.highlightColor,
        applied,
      });
      writes.push(() => {
        font.highlightColor = applied;
      });
      marked += span.findings.length;
    });
    // Records first: a batch that fails half-way leaves highlights behind (nothing is rolled
    // back), and only a saved record lets clearMarks find and undo them.
    await saveMarkRecords({ highlights: records, critiques: [] });
    for (const write of writes) write();
    await context.sync();

    const notes = texts.tracked.some(Boolean) ? [TRACKED_NOTE] : [];
    return {
      mode: 'highlight' as const,
      marked,
      missing,
      skipped,
      ...(notes.length > 0 ? { notes } : {}),
    };
  });
}

export async function clearMarks(capabilities: WordCapabilities): Promise<number> {
  const records = loadMarkRecords();
  if (records.highlights.length === 0 && records.critiques.length === 0) return 0;
  return guarded(() =>
    Word.run(async (context) => {
      const texts = await loadParagraphTexts(context);
      const paragraphs = texts.paragraphs;

      const hashes = texts.current.map(fnv1a);
      const found = records.highlights.map((r) => findRecord(texts.current, hashes, r));
      const targets = found.filter((t): t is LocateTarget => t !== null);
      const located = await locateRanges(context, paragraphs.items, targets, texts.current);
      const fonts = located.map((range) => range?.font.load('highlightColor') ?? null);
      await context.sync();

      let cleared = 0;
      let next = 0;
      records.highlights.forEach((record, i) => {
        if (!found[i]) return; // the paragraph changed: nothing of ours can be found to restore
        const font = fonts[next++];
        if (font && sameColour(font.highlightColor, record.applied)) {
          // Office.js documents `null` as "no highlight"; its typings only say string.
          font.highlightColor = record.previous as string;
          cleared++;
        }
      });
      await context.sync();
      // Highlights are restored: forget them before critiques, whose deletion may fail (#6645).
      await saveMarkRecords({ highlights: [], critiques: records.critiques });
      cleared += await deleteCritiques(context, paragraphs.items, records.critiques, capabilities);

      // Records of changed paragraphs go too: their text, and so our span, no longer exists.
      await saveMarkRecords({ highlights: [], critiques: [] });
      return cleared;
    }),
  );
}

/**
 * Deletes our critiques, in syncs of their own: annotations vanish, stay invisible or fail to
 * delete on some builds (#5364, #6595, #4319, #6645), which must not stop highlights being
 * cleared. Critiques do not survive reopening anyway, so failing ones are only forgotten.
 */
async function deleteCritiques(
  context: Word.RequestContext,
  paragraphs: readonly Word.Paragraph[],
  ids: readonly string[],
  capabilities: WordCapabilities,
): Promise<number> {
  if (!capabilities.critiques || ids.length === 0) return 0;
  try {
    const annotations = paragraphs.map((p) => p.getAnnotations().load('items/id'));
    await context.sync();
    const ours = new Set(ids);
    let deleted = 0;
    for (const collection of annotations) {
      for (const annotation of collection.items) {
        if (ours.has(annotation.id)) {
          annotation.delete();
          deleted++;
        }
      }
    }
    await context.sync();
    return deleted;
  } catch {
    return 0;
  }
}
