/** `speechdesk check`: read every input, run the rules, print one report, set the exit code. */
import { check, formatDataProblem, formatWordListProblem } from '../../core';
import { formatHtml } from '../format/html';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import type { CheckRun, CheckedFile } from '../format/types';
import { say } from '../i18n';
import { InputError } from '../inputError';
import { expandInputs } from '../inputs';
import { Progress, writeAtomically } from '../output';
import { readSpeech } from '../readSpeech';
import { UsageError, localToday, resolveSettings } from '../settings';
import { TOOL_VERSION } from '../version';
import { io, useColor, type CommonOptions } from './common';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'html';

export interface CheckCommandOptions extends CommonOptions {
  format: ReportFormat;
  output?: string;
  date?: string;
  rule: string[];
  config?: string;
}

export function reportInputError(error: InputError, options: CommonOptions): void {
  io.err(`speechdesk: ${error.path}: ${say(error.reason, options.lang)}`);
}

export async function runCheck(
  inputs: readonly string[],
  options: CheckCommandOptions,
): Promise<number> {
  if (inputs.length === 0) {
    throw new UsageError(
      'no input files (e.g. `speechdesk check speech.docx folder/ "drafts/*.txt"`)',
    );
  }
  const settings = await resolveSettings({
    configPath: options.config,
    ruleFlags: options.rule,
    date: options.date,
  });
  for (const problem of settings.tableProblems) io.err(`speechdesk: ${formatDataProblem(problem)}`);
  for (const problem of settings.wordListProblems)
    io.err(`speechdesk: ${formatWordListProblem(problem)}`);

  const today = localToday();
  const { files: paths, problems } = await expandInputs(inputs);
  const unreadable: InputError[] = [];
  const fail = (error: InputError): void => {
    unreadable.push(error);
    reportInputError(error, options);
  };
  problems.forEach(fail);

  const files: CheckedFile[] = [];
  const progress = new Progress(paths.length);
  for (const [index, path] of paths.entries()) {
    progress.tick(index, path);
    try {
      const loaded = await readSpeech(path);
      const result = check(loaded.doc, {
        config: settings.config,
        speechDate: settings.speechDate,
        metadataDates: loaded.metadataDates,
        today,
        locale: options.lang,
        tables: settings.tables,
      });
      files.push({ ...loaded, result });
    } catch (error) {
      progress.done();
      if (error instanceof InputError) fail(error);
      else {
        // A bug (in a rule or a reader) must not hide the other files' results.
        const message = error instanceof Error ? error.message : String(error);
        if (options.debug && error instanceof Error) io.err(String(error.stack));
        fail(
          new InputError(path, { zh: `检查时出错：${message}`, en: `internal error: ${message}` }),
        );
      }
    }
  }
  progress.tick(paths.length, '');
  progress.done();

  const run: CheckRun = {
    files,
    unreadable,
    locale: options.lang,
    rules: settings.active,
    toolVersion: TOOL_VERSION,
  };
  const report = render(run, options);
  if (options.output) {
    try {
      await writeAtomically(options.output, report);
    } catch (error) {
      throw new UsageError(
        `-o ${options.output}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  } else {
    io.out(report);
  }
  if (unreadable.length > 0) return 2;
  return files.some((f) => f.result.findings.some((finding) => finding.severity === 'error'))
    ? 1
    : 0;
}

function render(run: CheckRun, options: CheckCommandOptions): string {
  switch (options.format) {
    case 'json':
      return formatJson(run);
    case 'sarif':
      return formatSarif(run);
    case 'html':
      return formatHtml(run);
    case 'text':
      return formatText(run, { color: useColor(options) });
  }
}
