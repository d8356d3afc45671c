/**
 * The real speeches in ../shared (read at test time, never copied into the repository), turned into
 * .docx by LibreOffice: the reader must give back every line as a paragraph, and annotating every
 * finding must leave a copy that checks to the same findings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, documentFromText } from '../../src/core';
import { annotateDocx, commentIntegrityProblems, readDocx } from '../../src/docx';
import { convertAll } from './libreoffice';

const SHARED = join(__dirname, '../../../shared');
const DIRS = ['corpus', 'seeds'].map((dir) => join(SHARED, dir));
const present = DIRS.every((dir) => existsSync(dir));

const texts: Record<string, string> = {};
let docx: Record<string, Buffer> = {};

beforeAll(() => {
  if (!present) {
    console.log(`../shared is absent (${SHARED}): the shared-corpus .docx round trip was not run`);
    return;
  }
  for (const dir of DIRS) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')))
      texts[name] = readFileSync(join(dir, name), 'utf8');
  }
  docx = convertAll(texts, 'docx', 'docx');
}, 300_000);

function withoutTrailingEmpty(lines: string[]): string[] {
  const out = [...lines];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

it('reads every shared speech back line by line and round-trips its annotated copy', async () => {
  if (!present) return;
  expect(Object.keys(texts).length).toBeGreaterThanOrEqual(10);
  let findingsSeen = 0;
  for (const [name, text] of Object.entries(texts)) {
    const bytes = new Uint8Array(docx[name.replace(/\.txt$/, '.docx')]!);
    const { doc } = await readDocx(bytes, { path: name });
    // LibreOffice's text import keeps trailing empty lines inconsistently: compare without them.
    const lines = withoutTrailingEmpty(
      documentFromText(text.replace(/^\uFEFF/, '')).paragraphs.map((paragraph) => paragraph.text),
    );
    const paragraphs = withoutTrailingEmpty(doc.paragraphs.map((paragraph) => paragraph.text));
    expect({ name, paragraphs }).toEqual({ name, paragraphs: lines });

    const options = { today: '2026-11-21' };
    const findings = check(doc, options).findings;
    findingsSeen += findings.length;
    const out = await annotateDocx(bytes, findings, {
      highlight: true,
      date: '2026-11-21T00:00:00Z',
    });
    if (findings.length === 0) expect(out).toBe(bytes);
    else
      expect({ name, problems: await commentIntegrityProblems(out) }).toEqual({
        name,
        problems: [],
      });
    expect({
      name,
      findings: check((await readDocx(out, { path: name })).doc, options).findings,
    }).toEqual({ name, findings });
  }
  expect(findingsSeen).toBeGreaterThan(0);
}, 300_000);
