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
import type { Finding, Severity } from '../core';
import type { MarkMode, MarkOutcome, WordCapabilities } from './api';
import { guarded } from './errors';
import { locateRanges, visibleSpan, type LocateTarget } from './locate';
import { findRecord } from './records';
import { fnv1a, loadMarkRecords, saveMarkRecords, type HighlightRecord } from './settings';

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
}

function loadParagraphTexts(context: Word.RequestContext): Word.ParagraphCollection {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  return paragraphs;
}

export async function markFindings(
  findings: readonly Finding[],
  options: MarkOptions,
): Promise<MarkOutcome> {
  const mode: MarkMode =
    options.capabilities.critiques && options.mode !== 'highlight' ? 'critique' : 'highlight';
  const before = loadMarkRecords();
  // Marking over our own highlights would record them as "the user's colour": clear first.
  if (before.highlights.length > 0 || before.critiques.length > 0) {
    await clearMarks(options.capabilities);
  }
  return guarded(() => (mode === 'critique' ? markCritiques(findings) : markHighlights(findings)));
}

/** The finding's text must still be where the check saw it. */
function stillThere(paragraphs: readonly Word.Paragraph[], finding: Finding): boolean {
  const text = paragraphs[finding.paragraph]?.text;
  return (
    text !== undefined &&
    text.slice(finding.offset, finding.offset + finding.length) === finding.text
  );
}

async function markCritiques(findings: readonly Finding[]): Promise<MarkOutcome> {
  return Word.run(async (context) => {
    const paragraphs = loadParagraphTexts(context);
    await context.sync();

    const missing: Finding[] = [];
    const byParagraph = new Map<number, Word.Critique[]>();
    for (const finding of findings) {
      const paragraph = paragraphs.items[finding.paragraph];
      if (!paragraph || !stillThere(paragraphs.items, finding)) {
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
function mergeSpans(paragraphs: readonly Word.Paragraph[], findings: readonly Finding[]): Span[] {
  const sorted = findings
    .map((finding) => {
      const text = (paragraphs[finding.paragraph] as Word.Paragraph).text;
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

async function markHighlights(findings: readonly Finding[]): Promise<MarkOutcome> {
  return Word.run(async (context) => {
    const paragraphs = loadParagraphTexts(context);
    await context.sync();

    const present = findings.filter((f) => stillThere(paragraphs.items, f));
    const missing = findings.filter((f) => !present.includes(f));
    const spans = mergeSpans(paragraphs.items, present);
    const ranges = await locateRanges(context, paragraphs.items, spans);
    const fonts = ranges.map((range) => range?.font.load('highlightColor') ?? null);
    await context.sync();

    const records: HighlightRecord[] = [];
    const skipped: Finding[] = [];
    let marked = 0;
    spans.forEach((span, i) => {
      const font = fonts[i];
      if (!font) {
        missing.push(...span.findings);
        return;
      }
      if (font.highlightColor === '') {
        skipped.push(...span.findings);
        return;
      }
      const applied = HIGHLIGHT_BY_SEVERITY[span.severity];
      const paragraphText = (paragraphs.items[span.paragraph] as Word.Paragraph).text;
      records.push({
        paragraph: span.paragraph,
        paragraphHash: fnv1a(paragraphText),
        start: span.start,
        end: span.end,
        text: paragraphText.slice(span.start, span.end),
        previous: font.highlightColor,
        applied,
      });
      font.highlightColor = applied;
      marked += span.findings.length;
    });
    await context.sync();

    await saveMarkRecords({ highlights: records, critiques: [] });
    return { mode: 'highlight' as const, marked, missing, skipped };
  });
}

export async function clearMarks(capabilities: WordCapabilities): Promise<number> {
  const records = loadMarkRecords();
  if (records.highlights.length === 0 && records.critiques.length === 0) return 0;
  return guarded(() =>
    Word.run(async (context) => {
      const paragraphs = loadParagraphTexts(context);
      await context.sync();

      const texts = paragraphs.items.map((p) => p.text);
      const hashes = texts.map(fnv1a);
      const found = records.highlights.map((r) => findRecord(texts, hashes, r));
      const annotations =
        capabilities.critiques && records.critiques.length > 0
          ? paragraphs.items.map((p) => p.getAnnotations().load('items/id'))
          : [];
      const targets = found.filter((t): t is LocateTarget => t !== null);
      const located = await locateRanges(context, paragraphs.items, targets);
      const fonts = located.map((range) => range?.font.load('highlightColor') ?? null);
      await context.sync();

      let cleared = 0;
      const ours = new Set(records.critiques);
      for (const collection of annotations) {
        for (const annotation of collection.items) {
          if (ours.has(annotation.id)) {
            annotation.delete();
            cleared++;
          }
        }
      }
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

      // Records of changed paragraphs go too: their text, and so our span, no longer exists.
      await saveMarkRecords({ highlights: [], critiques: [] });
      return cleared;
    }),
  );
}
