/**
 * The CLI over the real speeches in ../shared (read at test time, never copied): every file is
 * read, and every finding keeps the RULES.md contract against the paragraphs `inspect` shows.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, Scratch, assertBuilt, parseJson } from './helpers';

const SHARED = join(ROOT, '../shared');
const folders = ['seeds', 'corpus']
  .map((name) => join(SHARED, name))
  .filter((dir) => existsSync(dir));

interface JsonFinding {
  rule: string;
  severity: string;
  paragraph: number;
  offset: number;
  length: number;
  text: string;
}
interface JsonReport {
  files: { path: string; paragraphs: number; findings: JsonFinding[] }[];
}

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch();
  if (folders.length === 0)
    console.log(`../shared not found at ${SHARED}: the real-speech CLI test checks nothing`);
});
afterAll(() => scratch.remove());

it('reads every real speech and keeps the findings contract', () => {
  if (folders.length === 0) return;
  const result = scratch.run(['check', '--format', 'json', ...folders]);
  expect(result.stderr).toBe('');
  expect([0, 1]).toContain(result.code);
  const report = parseJson(result) as JsonReport;
  const expectedFiles = folders.flatMap((dir) =>
    readdirSync(dir).filter((name) => /\.(txt|md)$/.test(name)),
  );
  expect(report.files).toHaveLength(expectedFiles.length);

  for (const file of report.files) {
    const inspected = parseJson(scratch.run(['inspect', '--format', 'json', file.path])) as {
      paragraphs: { text: string }[];
    };
    expect(inspected.paragraphs).toHaveLength(file.paragraphs);
    let previous: JsonFinding | undefined;
    for (const f of file.findings) {
      const text = inspected.paragraphs[f.paragraph]!.text;
      expect(text.slice(f.offset, f.offset + f.length)).toBe(f.text);
      if (previous) {
        const order = previous.paragraph - f.paragraph || previous.offset - f.offset;
        expect(order < 0 || (order === 0 && previous.rule <= f.rule)).toBe(true);
      }
      previous = f;
    }
  }
});
