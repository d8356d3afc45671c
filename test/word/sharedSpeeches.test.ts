/**
 * The adapter on real speeches (../shared seeds and corpus, read at test time, never copied):
 * every finding the engine reports, every repeated comma and every long span is located
 * exactly, in constant syncs, and clearing leaves no highlight behind.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, documentFromText, type Finding } from '../../src/core';
import { createOfficeWord } from '../../src/word';
import { visibleSpan } from '../../src/word/locate';
import { installWord } from './helpers';

const SHARED = join(__dirname, '../../../shared');
const files = ['seeds', 'corpus'].flatMap((dir) =>
  existsSync(join(SHARED, dir))
    ? readdirSync(join(SHARED, dir))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(SHARED, dir, f))
    : [],
);
if (files.length === 0) console.log(`../shared is absent (${SHARED}): no real speeches to test.`);

/** Findings of our own that stress locating: every "，" (repeated) and long spans. */
function stressFindings(texts: readonly string[]): Finding[] {
  return texts.flatMap((text, paragraph) => {
    const base = { rule: 'test/stress', severity: 'info' as const, message: '', messageId: 'x' };
    const commas = [...text.matchAll(/，/g)].map((m) => ({
      ...base,
      paragraph,
      offset: m.index,
      length: 1,
      text: '，',
    }));
    const long =
      text.length > 300
        ? [{ ...base, paragraph, offset: 5, length: 280, text: text.slice(5, 285) }]
        : [];
    return [...commas, ...long];
  });
}

describe.each(files.map((f) => [f.slice(SHARED.length + 1), f]))('%s', (_name, file) => {
  const doc = documentFromText(readFileSync(file, 'utf8'));

  it('reads back exactly, and marks and clears every engine finding', async () => {
    const word = installWord(
      doc.paragraphs.map((p) => p.text),
      '1.3',
    );
    const adapter = createOfficeWord();
    const read = await adapter.readDocument();
    expect(read.paragraphs.map((p) => p.text)).toEqual(doc.paragraphs.map((p) => p.text));

    const { findings } = check(read, { today: '2026-11-21' });
    const before = word.doc.syncCount();
    const outcome = await adapter.markFindings(findings);
    // Four syncs, and a fifth that checks unhighlighted spans of two or more characters for mixed
    // colours (office-js #5997: null can mean mixed).
    expect(word.doc.syncCount() - before).toBe(findings.some((f) => f.length > 1) ? 5 : 4);
    expect(outcome.missing).toEqual([]);
    expect(outcome.marked).toBe(findings.length);
    for (const f of findings) {
      const [start, end] = visibleSpan(doc.paragraphs[f.paragraph]?.text ?? '', f.offset, f.length);
      const covered = word.doc
        .highlights()
        .some((h) => h.paragraph === f.paragraph && h.start <= start && h.end >= end);
      expect(covered).toBe(true);
    }
    await adapter.clearMarks();
    expect(word.doc.highlights()).toEqual([]);
    expect(word.doc.paragraphs()).toEqual(doc.paragraphs.map((p) => p.text));
  });

  it('selects each repeated comma and each long span exactly', async () => {
    const word = installWord(doc.paragraphs.map((p) => p.text));
    const adapter = createOfficeWord();
    const stress = stressFindings(word.doc.paragraphs());
    // Every 7th comma (first, middle and late occurrences) and every long span.
    for (const f of stress.filter((f, i) => i % 7 === 0 || f.length > 1)) {
      await adapter.goToFinding(f);
      expect(word.doc.selection()).toEqual({
        paragraph: f.paragraph,
        start: f.offset,
        end: f.offset + f.length,
      });
    }
    const outcome = await adapter.markFindings(stress, { mode: 'highlight' });
    expect(outcome.missing).toEqual([]);
  });
});
