/**
 * Whole-speech fixtures with inline expectations (markdownlint's `{MD029}` markers).
 *
 * - An optional first line `%% {json}` gives the speech date and config:
 *   `%% {"date": "2024-03-01", "rules": {"punct": "off"}, "allow": [...], "require": [...]}`.
 * - A trailing `⟦rule/id⟧` on a line expects one finding of that rule in that paragraph;
 *   `⟦a/b, c/d×2⟧` expects one of a/b and two of c/d. The harness strips the markers (and
 *   the spaces before them) so they cannot shift offsets or trip punctuation rules.
 */
import type { Config, SpeechDocument } from '../../src/core';
import { documentFromText } from '../../src/core';

export interface Fixture {
  doc: SpeechDocument;
  date: string;
  config: Config;
  /** "paragraph rule" keys, one per expected finding, sorted. */
  expected: string[];
}

const MARKER = /\s*⟦([^⟧]*)⟧\s*$/u;

export function parseFixture(source: string, file: string): Fixture {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  let header: {
    date?: string;
    rules?: Config['rules'];
    allow?: Config['allow'];
    require?: Config['require'];
  } = {};
  if (lines[0]?.startsWith('%%')) {
    try {
      header = JSON.parse(lines[0].slice(2)) as typeof header;
    } catch (error) {
      throw new Error(`${file}: bad %% header: ${(error as Error).message}`);
    }
    lines.shift();
  }
  const expected: string[] = [];
  const texts = lines.map((line, paragraph) => {
    const m = MARKER.exec(line);
    if (!m) return line;
    for (const item of (m[1] as string).split(',')) {
      const [rule, times] = item.trim().split('×');
      for (let i = 0; i < Number(times ?? 1); i++) expected.push(`${paragraph} ${rule}`);
    }
    return line.slice(0, m.index);
  });
  return {
    doc: documentFromText(texts.join('\n')),
    date: header.date ?? '2024-03-01',
    config: { rules: header.rules, allow: header.allow, require: header.require },
    expected: expected.sort(),
  };
}
