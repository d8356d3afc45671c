/**
 * The precision corpus: a folder with `index.json` (each text's true date) and the texts in
 * `dev/` and `holdout/`. The index may be an array of entries, an object with an array under
 * `texts` (or `files`, `entries`), or an object keyed by file name; an entry names its file
 * (`file`, `path` or `name`), its true date (`date`: YYYY-MM-DD, YYYY-MM or YYYY) and may name
 * its `split`. Texts in the split folders that the index does not list still run, without a date.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../readSpeech';
import { UsageError } from '../settings';

export type Split = 'dev' | 'holdout';
export type SplitChoice = Split | 'all';
export const SPLITS: readonly Split[] = ['dev', 'holdout'];

export interface TrueDate {
  /** The date to check the text at: YYYY-MM-DD (a month alone is its first day). */
  date: string;
  year: number;
  /** How much of the date the index gives. */
  precision: 'day' | 'month' | 'year';
}

export interface CorpusText {
  /** Path relative to the corpus folder, with `/`: `dev/2019-xx.txt`. */
  file: string;
  absolute: string;
  split: Split | undefined;
  trueDate: TrueDate | undefined;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseTrueDate(value: unknown, where: string): TrueDate {
  const m = typeof value === 'string' ? DATE.exec(value.trim()) : null;
  if (!m) {
    throw new UsageError(
      `${where}: date ${JSON.stringify(value)} is not YYYY-MM-DD, YYYY-MM or YYYY`,
    );
  }
  const year = Number(m[1]);
  const month = m[2] ?? '01';
  const day = m[3] ?? '01';
  const probe = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
  if (probe.getUTCMonth() + 1 !== Number(month) || probe.getUTCDate() !== Number(day)) {
    throw new UsageError(`${where}: date "${String(value)}" is not a calendar date`);
  }
  const precision = m[3] ? 'day' : m[2] ? 'month' : 'year';
  return { date: `${m[1]}-${month}-${day}`, year, precision };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface IndexEntry {
  name: string;
  date: unknown;
  split?: unknown;
}

const NAME_KEYS = ['file', 'path', 'name', 'filename'] as const;
const DATE_KEYS = ['date', 'trueDate', 'true_date', 'speechDate'] as const;

function entryOf(raw: unknown, where: string, name?: string): IndexEntry {
  if (typeof raw === 'string' && name !== undefined) return { name, date: raw };
  if (!isRecord(raw)) throw new UsageError(`${where}: expected an object with "file" and "date"`);
  const fileName = name ?? NAME_KEYS.map((k) => raw[k]).find((v) => typeof v === 'string');
  if (typeof fileName !== 'string') throw new UsageError(`${where}: entry has no "file"`);
  const date = DATE_KEYS.map((k) => raw[k]).find((v) => v !== undefined);
  return { name: fileName, date, split: raw.split };
}

function entriesOf(parsed: unknown, path: string): IndexEntry[] {
  if (Array.isArray(parsed)) return parsed.map((e, i) => entryOf(e, `${path}: entry ${i + 1}`));
  if (isRecord(parsed)) {
    for (const key of ['texts', 'files', 'entries', 'speeches']) {
      const list = parsed[key];
      if (Array.isArray(list)) return list.map((e, i) => entryOf(e, `${path}: ${key}[${i}]`));
    }
    return Object.entries(parsed)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, value]) => entryOf(value, `${path}: "${key}"`, key));
  }
  throw new UsageError(`${path}: expected a JSON array or object`);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function splitOfPath(file: string): Split | undefined {
  const first = file.split('/')[0];
  return first === 'dev' || first === 'holdout' ? first : undefined;
}

/** Files the split folders hold, by relative path; names only, nothing is opened. */
async function listSplitFolder(folder: string, split: Split): Promise<string[]> {
  const dir = join(folder, split);
  if (!existsSync(dir)) return [];
  const names = await readdir(dir, { recursive: true });
  return names
    .map((n) => toPosix(join(split, n)))
    .filter((n) => SUPPORTED_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)))
    .sort();
}

async function readIndex(folder: string): Promise<IndexEntry[]> {
  const path = join(folder, 'index.json');
  if (!existsSync(path)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return entriesOf(parsed, path);
}

/**
 * The texts of the chosen split, in path order. Holdout texts are only listed by name unless
 * the holdout split is asked for: reading them is the caller's choice.
 */
export async function loadCorpus(folder: string, split: SplitChoice): Promise<CorpusText[]> {
  if (!existsSync(folder)) throw new UsageError(`${folder}: no such corpus folder`);
  const indexPath = join(folder, 'index.json');
  const entries = await readIndex(folder);
  const listed = new Map<string, CorpusText>();
  const onDisk = new Set<string>();
  for (const s of SPLITS) for (const f of await listSplitFolder(folder, s)) onDisk.add(f);

  for (const entry of entries) {
    const where = `${indexPath}: "${entry.name}"`;
    let file = toPosix(entry.name).replace(/^\.\//, '');
    const declared = entry.split === 'dev' || entry.split === 'holdout' ? entry.split : undefined;
    if (!file.includes('/')) {
      const candidates = (declared ? [declared] : SPLITS).map((s) => `${s}/${file}`);
      file = candidates.find((c) => onDisk.has(c)) ?? candidates[0] ?? file;
    }
    const text: CorpusText = {
      file,
      absolute: join(folder, file),
      split: splitOfPath(file) ?? declared,
      trueDate: entry.date === undefined ? undefined : parseTrueDate(entry.date, where),
    };
    listed.set(file, text);
  }
  for (const file of onDisk) {
    if (!listed.has(file))
      listed.set(file, {
        file,
        absolute: join(folder, file),
        split: splitOfPath(file),
        trueDate: undefined,
      });
  }
  return [...listed.values()]
    .filter((t) => split === 'all' || t.split === split)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function relativeTo(folder: string, path: string): string {
  return toPosix(relative(folder, path));
}
