/** Applies certain fixes to a document: right to left per paragraph, overlapping fixes skipped. */
import type { Finding, SpeechDocument } from './types';

export interface FixOutcome {
  document: SpeechDocument;
  applied: Finding[];
  /** Fixes left out because they overlap one applied earlier in the same paragraph. */
  skipped: Finding[];
}

export function applyFixes(doc: SpeechDocument, findings: readonly Finding[]): FixOutcome {
  const byParagraph = new Map<number, Finding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const list = byParagraph.get(f.paragraph) ?? [];
    list.push(f);
    byParagraph.set(f.paragraph, list);
  }
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  const paragraphs = doc.paragraphs.map((p, index) => {
    const fixes = byParagraph.get(index);
    if (!fixes) return p;
    // Earliest first decides overlaps; then apply from the end so offsets stay valid.
    const chosen: Finding[] = [];
    let end = -1;
    for (const f of [...fixes].sort((a, b) => a.offset - b.offset || a.length - b.length)) {
      if (f.offset < end || (f.length === 0 && f.offset === end && chosen.length > 0)) {
        skipped.push(f);
        continue;
      }
      chosen.push(f);
      end = f.offset + f.length;
    }
    let text = p.text;
    for (const f of [...chosen].reverse()) {
      text =
        text.slice(0, f.offset) +
        (f.fix as { replacement: string }).replacement +
        text.slice(f.offset + f.length);
    }
    applied.push(...chosen);
    return { ...p, text };
  });
  return { document: { ...doc, paragraphs }, applied, skipped };
}
