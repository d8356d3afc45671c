/** `speechdesk annotate`: a copy of a .docx with the findings as Word comments (and highlights). */
import { check, formatDataProblem, formatWordListProblem } from '../../core';
import { UsageError, localToday, resolveSettings } from '../settings';
import { InputError } from '../inputError';
import { exists, writeAtomically } from '../output';
import { readSpeech } from '../readSpeech';
import { open, readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { say, summaryLine } from '../i18n';
import { io, type CommonOptions } from './common';
import { outsideBodySummary } from '../outsideBody';

export interface AnnotateOptions extends CommonOptions {
  output?: string;
  date?: string;
  rule: string[];
  config?: string;
  highlight?: boolean;
  force?: boolean;
}

async function startsLikeZip(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(2);
      await handle.read(head, 0, 2, 0);
      return head[0] === 0x50 && head[1] === 0x4b;
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

export async function runAnnotate(input: string, options: AnnotateOptions): Promise<number> {
  const output = options.output;
  if (!output) throw new UsageError('annotate needs -o <out.docx>; the input is never modified');
  // The input's bytes decide (a .docx named .doc is still one); the output is always .docx.
  if (
    extname(output).toLowerCase() !== '.docx' ||
    (extname(input).toLowerCase() !== '.docx' && !(await startsLikeZip(input)))
  ) {
    throw new UsageError('annotate reads and writes .docx files');
  }
  if (resolve(input) === resolve(output)) {
    throw new UsageError('-o must name a new file: the input is never modified');
  }
  if (!options.force && (await exists(output))) {
    throw new UsageError(`${output} already exists; use --force to overwrite it`);
  }
  const settings = await resolveSettings({
    configPath: options.config,
    ruleFlags: options.rule,
    date: options.date,
  });
  for (const problem of settings.tableProblems) io.err(`speechdesk: ${formatDataProblem(problem)}`);
  for (const problem of settings.wordListProblems)
    io.err(`speechdesk: ${formatWordListProblem(problem)}`);
  const loaded = await readSpeech(input);
  const result = check(loaded.doc, {
    config: settings.config,
    speechDate: settings.speechDate,
    metadataDates: loaded.metadataDates,
    today: localToday(),
    locale: options.lang,
    tables: settings.tables,
  });
  const bytes = new Uint8Array(await readFile(input));
  const { annotateDocument } = await import('../docxAdapter');
  let annotated: Uint8Array;
  try {
    annotated = await annotateDocument(bytes, result.findings, {
      highlight: options.highlight === true,
      locale: options.lang,
    });
  } catch (error) {
    throw new InputError(input, {
      zh: `无法批注：${(error as Error).message}`,
      en: `cannot annotate: ${(error as Error).message}`,
    });
  }
  try {
    await writeAtomically(output, annotated);
  } catch (error) {
    throw new UsageError(
      `-o ${output}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const tally = { files: 1, error: 0, warning: 0, info: 0 };
  for (const f of result.findings) tally[f.severity]++;
  io.err(`${say(summaryLine(tally, 0), options.lang)} → ${output}`);
  // Comments go on the body only: say what else the file holds that got none.
  const skipped = outsideBodySummary(loaded, options.lang !== 'en-US');
  if (skipped !== undefined) io.err(skipped);
  return tally.error > 0 ? 1 : 0;
}
