/**
 * `speechdesk templates list|show|check`: prints the drafting library so offices can review content
 * outside Word. `--library <file>` (repeatable) adds an office's JSON library over the shipped one;
 * its bad entries are reported on stderr with file, entry and reason, and the rest still loads.
 */
import * as fs from 'node:fs';
import type { Command } from 'commander';
// Imported module by module, not from '../templates': the CLI does not need the pinyin search,
// and leaving it out keeps its dictionary out of the CLI bundle.
import { auditLibrary, formatAuditProblem } from '../templates/audit';
import {
  formatLibraryProblem,
  loadLibrary,
  mergeLibraries,
  shippedLibrary,
  type Library,
  type LibraryProblem,
} from '../templates/library';
import {
  fieldNames,
  renderPhrase,
  renderSkeleton,
  sectionRange,
  toPlainText,
} from '../templates/render';
import { SPEECH_TYPES, type Phrase, type Skeleton } from '../templates/schema';
import {
  describeValidity,
  isBlocking,
  validityOn,
  type ValidityIssue,
} from '../templates/validity';

export interface TemplatesIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): string;
  setExitCode(code: number): void;
  /** Today as YYYY-MM-DD, the default speech date for `templates check`. */
  today(): string;
}

const processIo: TemplatesIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  setExitCode: (code) => {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  },
  today: () => new Date().toISOString().slice(0, 10),
};

interface Loaded {
  library: Library;
  /** Which file each entry came from ("shipped" for the built-in library). */
  sources: Map<string, string>;
  problems: LibraryProblem[];
  unreadable: boolean;
}

function loadWithOffices(files: readonly string[], io: TemplatesIo): Loaded {
  const shipped = shippedLibrary();
  const sources = new Map<string, string>();
  const key = (kind: string, id: string) => `${kind}:${id}`;
  for (const s of shipped.skeletons) sources.set(key('skeleton', s.id), 'shipped');
  for (const p of shipped.phrases) sources.set(key('phrase', p.id), 'shipped');
  const libraries: Library[] = [shipped];
  const problems: LibraryProblem[] = [];
  let unreadable = false;
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(io.readFile(file));
    } catch (error) {
      io.stderr(`${file}: cannot read library: ${(error as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const loaded = loadLibrary(json, { file });
    problems.push(...loaded.problems);
    for (const s of loaded.library.skeletons) sources.set(key('skeleton', s.id), file);
    for (const p of loaded.library.phrases) sources.set(key('phrase', p.id), file);
    libraries.push(loaded.library);
  }
  for (const problem of problems) io.stderr(`${formatLibraryProblem(problem)}\n`);
  return { library: mergeLibraries(...libraries), sources, problems, unreadable };
}

function finish(loaded: Loaded, io: TemplatesIo): void {
  if (loaded.unreadable) io.setExitCode(2);
  else if (loaded.problems.length > 0) io.setExitCode(1);
}

/** Date window, season, note and primary sources, where an entry has them. */
function validityJson(entry: Skeleton | Phrase): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (entry.validFrom !== undefined) out.validFrom = entry.validFrom;
  if (entry.validUntil !== undefined) out.validUntil = entry.validUntil;
  if (entry.season !== undefined) out.season = entry.season;
  if (entry.note !== undefined) out.note = entry.note;
  // `source` in this listing is the file an entry came from; its primary sources are `references`.
  if (entry.source !== undefined) out.references = entry.source;
  return out;
}

interface OutOfWindow {
  kind: 'skeleton' | 'phrase';
  entry: Skeleton | Phrase;
  issue: ValidityIssue;
}

/** Entries that do not fit the speech date: out of date, not yet current, or out of season. */
export function outOfWindow(library: Library, date: string): OutOfWindow[] {
  const out: OutOfWindow[] = [];
  const add = (kind: OutOfWindow['kind'], entry: Skeleton | Phrase) => {
    const issue = validityOn(entry, date);
    if (issue) out.push({ kind, entry, issue });
  };
  for (const s of library.skeletons) add('skeleton', s);
  for (const p of library.phrases) add('phrase', p);
  return out;
}

function formatOutOfWindow({ entry, issue }: OutOfWindow): string {
  const label = isBlocking(issue) ? 'out of date' : 'out of season';
  const note = entry.note === undefined ? '' : `\n    ${entry.note}`;
  return `${entry.id}: ${label}: ${describeValidity(issue, 'zh-CN')} / ${describeValidity(issue, 'en-US')}${note}`;
}

/** The JSON form of the library: one object per entry, skeletons first. */
export function listJson(loaded: Pick<Loaded, 'library' | 'sources'>): unknown {
  const { library, sources } = loaded;
  return {
    version: 1,
    entries: [
      ...library.skeletons.map((s) => ({
        id: s.id,
        kind: 'skeleton',
        title: s.title,
        speechType: s.speechType,
        summary: s.summary,
        tags: s.tags,
        sections: sectionRange(s),
        fields: fieldNames(renderSkeleton(s)),
        source: sources.get(`skeleton:${s.id}`) ?? 'shipped',
        ...validityJson(s),
      })),
      ...library.phrases.map((p) => ({
        id: p.id,
        kind: 'phrase',
        title: p.title,
        theme: p.theme,
        text: p.text,
        tags: p.tags,
        speechTypes: p.speechTypes,
        fields: fieldNames(renderPhrase(p)),
        source: sources.get(`phrase:${p.id}`) ?? 'shipped',
        ...validityJson(p),
      })),
    ],
  };
}

export function listText(library: Library): string {
  const idWidth =
    Math.max(...[...library.skeletons, ...library.phrases].map((e) => e.id.length), 2) + 2;
  const lines: string[] = [`讲话框架 Skeletons (${library.skeletons.length})`];
  for (const s of library.skeletons) {
    const { min, max } = sectionRange(s);
    const type = SPEECH_TYPES[s.speechType]?.zh ?? s.speechType;
    lines.push(`  ${s.id.padEnd(idWidth)}${s.title}（${type}；${min}–${max} 个部分）`);
  }
  lines.push('', `常用语 Phrases (${library.phrases.length})`);
  const themes = [...new Set(library.phrases.map((p) => p.theme))];
  for (const theme of themes) {
    lines.push(`  【${theme}】`);
    for (const p of library.phrases.filter((x) => x.theme === theme))
      lines.push(`    ${p.id.padEnd(idWidth)}${p.title}`);
  }
  return `${lines.join('\n')}\n`;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerTemplatesCommand(program: Command, io: TemplatesIo = processIo): void {
  const templates = program
    .command('templates')
    .description(
      '起草素材库：讲话框架与常用语 / the drafting library: speech skeletons and phrase banks',
    );

  templates
    .command('list')
    .description('列出框架和常用语 / list skeletons and phrases')
    .option('--format <format>', 'text | json', 'text')
    .option(
      '--library <file>',
      "an office's library JSON over the shipped one (repeatable)",
      collect,
      [],
    )
    .action((options: { format: string; library: string[] }) => {
      if (options.format !== 'text' && options.format !== 'json') {
        io.stderr(`--format must be text or json, not "${options.format}"\n`);
        io.setExitCode(2);
        return;
      }
      const loaded = loadWithOffices(options.library, io);
      io.stdout(
        options.format === 'json'
          ? `${JSON.stringify(listJson(loaded), null, 2)}\n`
          : listText(loaded.library),
      );
      finish(loaded, io);
    });

  templates
    .command('show')
    .description(
      '以纯文本打印一个框架或常用语，每段一行 / print a skeleton or phrase as plain text, one paragraph per line',
    )
    .argument('<id>', 'skeleton or phrase id (see `templates list`)')
    .option('--sections <n>', 'number of sections for a skeleton (default: all)')
    .option(
      '--library <file>',
      "an office's library JSON over the shipped one (repeatable)",
      collect,
      [],
    )
    .action((id: string, options: { sections?: string; library: string[] }) => {
      const loaded = loadWithOffices(options.library, io);
      const skeleton = loaded.library.skeletons.find((s) => s.id === id);
      const phrase = loaded.library.phrases.find((p) => p.id === id);
      if (!skeleton && !phrase) {
        io.stderr(
          `没有编号为“${id}”的框架或常用语 / no skeleton or phrase "${id}"; see \`speechdesk templates list\`\n`,
        );
        io.setExitCode(2);
        return;
      }
      if (skeleton) {
        const { min, max } = sectionRange(skeleton);
        const sections = options.sections === undefined ? max : Number(options.sections);
        if (!Number.isInteger(sections) || sections < min || sections > max) {
          io.stderr(
            `框架“${id}”可选 ${min}–${max} 个部分 / skeleton "${id}" takes ${min}–${max} sections, not "${options.sections}"\n`,
          );
          io.setExitCode(2);
          return;
        }
        io.stdout(`${toPlainText(renderSkeleton(skeleton, { sections }))}\n`);
      } else if (phrase) {
        if (options.sections !== undefined)
          io.stderr(`--sections applies to skeletons only; "${id}" is a phrase\n`);
        io.stdout(`${toPlainText(renderPhrase(phrase))}\n`);
      }
      finish(loaded, io);
    });

  templates
    .command('check')
    .description(
      '用本工具的检查规则检查素材库：除待填字段外不应有任何问题 / check the library with our own rules: nothing but fields to fill may be flagged',
    )
    .option(
      '--library <file>',
      "an office's library JSON; only its entries are checked (repeatable)",
      collect,
      [],
    )
    .option('--date <YYYY-MM-DD>', 'the speech date to check against (default: today)')
    .action((options: { library: string[]; date?: string }) => {
      const speechDate = options.date ?? io.today();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(speechDate)) {
        io.stderr(`--date must be YYYY-MM-DD, not "${speechDate}"\n`);
        io.setExitCode(2);
        return;
      }
      const loaded = loadWithOffices(options.library, io);
      const own = (kind: string, id: string) =>
        options.library.length === 0 || loaded.sources.get(`${kind}:${id}`) !== 'shipped';
      const library = {
        skeletons: loaded.library.skeletons.filter((s) => own('skeleton', s.id)),
        phrases: loaded.library.phrases.filter((p) => own('phrase', p.id)),
      };
      const problems = auditLibrary(library, { speechDate });
      for (const problem of problems) io.stdout(`${formatAuditProblem(problem)}\n`);
      // Dated wording past its window must be replaced (exit 1); a season only advises.
      const dated = outOfWindow(library, speechDate);
      for (const item of dated) io.stdout(`${formatOutOfWindow(item)}\n`);
      const outOfDate = dated.filter((d) => isBlocking(d.issue)).length;
      const checked = library.skeletons.length + library.phrases.length;
      io.stdout(
        `${checked} entries checked, ${problems.length} problems, ${outOfDate} out of date, ${dated.length - outOfDate} out of season (${speechDate})\n`,
      );
      finish(loaded, io);
      if (problems.length > 0 || outOfDate > 0) io.setExitCode(1);
    });
}
