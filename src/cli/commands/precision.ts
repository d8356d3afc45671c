/**
 * `speechdesk precision [folder]`: runs the engine over the precision corpus, each text at its
 * true date, and writes a summary (rates per 100,000 characters, precision from the verdicts
 * file), a review sheet (TSV and HTML) and the speech-year check (the year the engine finds
 * without --date against the true year).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { check, resolveSpeechDate } from '../../core';
import { InputError } from '../inputError';
import { writeAtomically } from '../output';
import { loadCorpus, type CorpusText, type SplitChoice } from '../precision/corpus';
import { keyOf, reviewHtml, reviewRow, reviewTsv, type ReviewRow } from '../precision/review';
import { summarize, summaryText, type YearCheck } from '../precision/summary';
import { parseVerdicts, verdictIndex, type VerdictRow } from '../precision/verdicts';
import { readSpeech } from '../readSpeech';
import { UsageError, localToday } from '../settings';
import { io, type CommonOptions } from './common';

export const DEFAULT_CORPUS = 'precision/corpus';

export interface PrecisionOptions extends CommonOptions {
  split: SplitChoice;
  /** Output folder; default `out/` beside the corpus folder. */
  out?: string;
  /** Verdicts file; default `verdicts.tsv` beside the corpus folder. */
  verdicts?: string;
}

async function readVerdicts(path: string): Promise<VerdictRow[]> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseVerdicts(content, path);
}

function yearCheck(text: CorpusText, detected: ReturnType<typeof resolveSpeechDate>): YearCheck {
  const found = detected.source === 'today' ? null : detected.year;
  const trueYear = text.trueDate?.year ?? null;
  const outcome =
    trueYear === null
      ? 'no-true-date'
      : found === null
        ? 'none'
        : found === trueYear
          ? 'right'
          : 'wrong';
  return {
    file: text.file,
    trueYear,
    detectedYear: found,
    source: found === null ? 'none' : detected.source,
    outcome,
    note: detected.notes.join('；'),
  };
}

export async function runPrecision(
  folder: string | undefined,
  options: PrecisionOptions,
): Promise<number> {
  const corpus = folder ?? DEFAULT_CORPUS;
  const base = dirname(corpus.replace(/[/\\]+$/, '') || '.');
  const outDir = options.out ?? join(base, 'out');
  const verdictsPath = options.verdicts ?? join(base, 'verdicts.tsv');
  const texts = await loadCorpus(corpus, options.split);
  if (texts.length === 0) {
    throw new UsageError(`${corpus}: no texts in split "${options.split}"`);
  }
  const verdicts = await readVerdicts(verdictsPath);
  const byKey = verdictIndex(verdicts);
  const today = localToday();

  const rows: ReviewRow[] = [];
  const years: YearCheck[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  let characters = 0;
  for (const text of texts) {
    try {
      const loaded = await readSpeech(text.absolute);
      characters += loaded.doc.paragraphs.reduce((n, p) => n + p.text.length, 0);
      const detected = resolveSpeechDate(loaded.doc, {
        today,
        metadataDates: loaded.metadataDates,
      });
      years.push(yearCheck(text, detected));
      const result = check(loaded.doc, {
        speechDate: text.trueDate?.date,
        // A year alone is judged over the whole year, not on its first day.
        speechDatePrecision: text.trueDate?.precision === 'year' ? 'year' : 'day',
        metadataDates: loaded.metadataDates,
        today,
        locale: options.lang,
      });
      for (const finding of result.findings) {
        const row = reviewRow(text.file, loaded.doc, finding);
        const verdict = byKey.get(keyOf(row));
        if (verdict) {
          row.verdict = verdict.verdict;
          row.note = verdict.note;
        }
        rows.push(row);
      }
    } catch (error) {
      const reason =
        error instanceof InputError
          ? options.lang === 'en-US'
            ? error.reason.en
            : error.reason.zh
          : error instanceof Error
            ? error.message
            : String(error);
      unreadable.push({ file: text.file, reason });
      io.err(`speechdesk: ${text.absolute}: ${reason}`);
    }
  }

  const summary = summarize({
    corpus,
    split: options.split,
    texts: texts.length - unreadable.length,
    characters,
    unreadable,
    rows,
    verdicts,
    files: new Set(texts.map((t) => t.file)),
    years,
  });
  const textReport = summaryText(summary);
  try {
    await mkdir(outDir, { recursive: true });
    await writeAtomically(join(outDir, 'summary.txt'), textReport);
    await writeAtomically(join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    await writeAtomically(join(outDir, 'review.tsv'), reviewTsv(rows));
    await writeAtomically(
      join(outDir, 'review.html'),
      reviewHtml(rows, `讲稿助手精度复核 / precision review: ${corpus} (${options.split})`),
    );
  } catch (error) {
    throw new UsageError(
      `${outDir}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  io.out(textReport);
  io.out(`\n写入 / wrote: ${join(outDir, 'summary.txt')}, summary.json, review.tsv, review.html\n`);
  return unreadable.length > 0 ? 2 : 0;
}
