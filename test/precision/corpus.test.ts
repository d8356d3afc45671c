/**
 * The precision corpus (precision/corpus) is well-formed: index.json describes exactly the files on
 * disk, each with its source, a real date and an honest length, and no text overlaps ../shared.
 * Failure messages name files and line numbers only, never text, so the held-out third stays unseen.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, 'precision', 'corpus');
const SHARED = join(ROOT, '..', 'shared');
const SPLITS = ['dev', 'holdout'] as const;
const LEVELS = ['国家', '省', '市', '县', '区', '局', '镇'];
const MIN_SHARED_LINE = 50;

interface Entry {
  file: string;
  split: string;
  title: string;
  date: string;
  dateSource: string;
  publisher: string;
  url: string;
  kind: string;
  level: string;
  domain: string;
  chars: number;
}

const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as Entry[];
const read = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
/** Code points, so a character outside the BMP counts once, as in SOURCES.md. */
const length = (text: string): number => Array.from(text).length;
const paragraphs = (text: string): string[] => text.replace(/\n$/, '').split('\n');

function filesOnDisk(): string[] {
  return SPLITS.flatMap((split) =>
    existsSync(join(CORPUS, split))
      ? readdirSync(join(CORPUS, split)).map((name) => `${split}/${name}`)
      : [],
  ).sort();
}

/** A real calendar date in one of the three allowed precisions. */
function isValidDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 2008 || year > 2026) return false;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

describe('precision corpus index', () => {
  it('lists exactly the text files present, once each', () => {
    const listed = index.map((e) => e.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(filesOnDisk());
  });

  it('numbers the files 01…N without gaps, with the year of the date in the name', () => {
    const numbers = index
      .map((e) => Number(/\/(\d{2,3})_/.exec(e.file)?.[1]))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(index.map((_, i) => i + 1));
    for (const e of index) {
      expect(e.file).toMatch(/^(dev|holdout)\/\d{2,3}_\d{4}_[a-z0-9_]+\.txt$/);
      expect(`${e.file}: ${e.file.split('_')[1]}`).toBe(`${e.file}: ${e.date.slice(0, 4)}`);
    }
  });

  it('gives every text a source, a publisher, a kind, a level and a real date', () => {
    for (const e of index) {
      for (const field of ['title', 'dateSource', 'publisher', 'url', 'kind', 'domain'] as const) {
        expect(
          `${e.file} ${field}: ${typeof e[field] === 'string' && e[field].trim() !== ''}`,
        ).toBe(`${e.file} ${field}: true`);
      }
      expect(`${e.file}: ${/https?:\/\/|GitHub /.test(e.url)}`).toBe(`${e.file}: true`);
      expect(`${e.file}: ${isValidDate(e.date)}`).toBe(`${e.file}: true`);
      expect(LEVELS).toContain(e.level);
    }
  });

  it('puts each file in the folder of its split, and holds out a third', () => {
    for (const e of index) {
      expect(SPLITS).toContain(e.split as (typeof SPLITS)[number]);
      expect(e.file.startsWith(`${e.split}/`)).toBe(true);
    }
    const held = index.filter((e) => e.split === 'holdout').length;
    expect(Math.abs(held - index.length / 3)).toBeLessThanOrEqual(1);
  });
});

describe('precision corpus texts', () => {
  it('are plain LF text, one paragraph per line, with the length the index states', () => {
    const problems: string[] = [];
    for (const e of index) {
      const text = read(e.file);
      if (!text.endsWith('\n')) problems.push(`${e.file}: no final newline`);
      if (text.includes('\r')) problems.push(`${e.file}: carriage return`);
      if (text.includes('\uFFFD')) problems.push(`${e.file}: replacement character`);
      if (/<\/?[a-z][a-z0-9]*[\s>]/i.test(text)) problems.push(`${e.file}: HTML tag`);
      paragraphs(text).forEach((line, i) => {
        if (line.trim() === '') problems.push(`${e.file}:${i + 1}: empty line`);
      });
      const chars = length(text.replace(/\n$/, ''));
      if (chars !== e.chars) problems.push(`${e.file}: ${chars} characters, index says ${e.chars}`);
    }
    expect(problems).toEqual([]);
  });

  it(`share no line of ${MIN_SHARED_LINE}+ characters with ../shared/corpus or ../shared/seeds`, () => {
    const folders = ['corpus', 'seeds'].map((f) => join(SHARED, f));
    if (!folders.every((f) => existsSync(f))) {
      console.warn(
        `../shared/corpus or ../shared/seeds not found at ${SHARED}: overlap check skipped`,
      );
      return;
    }
    const sharedTexts = folders.flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') })),
    );
    expect(sharedTexts.length).toBeGreaterThan(0);
    const sharedAll = sharedTexts.map((t) => t.text).join('\n');
    const long = (text: string): string[] =>
      paragraphs(text)
        .map((line) => line.trim().replace(/^\u3000+/, ''))
        .filter((line) => length(line) >= MIN_SHARED_LINE);

    const overlaps: string[] = [];
    const ours = index.map((e) => ({ file: e.file, text: read(e.file) }));
    for (const { file, text } of ours) {
      paragraphs(text).forEach((raw, i) => {
        const line = raw.trim().replace(/^\u3000+/, '');
        if (length(line) >= MIN_SHARED_LINE && sharedAll.includes(line))
          overlaps.push(`${file}:${i + 1} appears in ../shared`);
      });
    }
    const oursAll = ours.map((o) => o.text).join('\n');
    for (const { name, text } of sharedTexts) {
      for (const line of long(text)) {
        if (oursAll.includes(line))
          overlaps.push(`a line of ../shared ${name} appears in the corpus`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});
