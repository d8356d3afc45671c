/** Human output: a header per file, `file:line:col severity rule message`, an excerpt, a summary. */
import { outsideBodySummary } from '../outsideBody';
import pc from 'picocolors';
import type { Finding, Severity } from '../../core';
import { excerptOf, positionOf } from '../excerpt';
import { SEVERITY_LABEL, dateSourceLabel, say, summaryLine, type Tally } from '../i18n';
import type { CheckRun, CheckedFile } from './types';

type Colors = ReturnType<typeof pc.createColors>;

/** Without colour the flagged part is bracketed; 〖〗 almost never occur in a speech. */
const OPEN = '〖';
const CLOSE = '〗';

function severityColor(c: Colors, severity: Severity): (s: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

export function tallyOf(files: readonly CheckedFile[]): Tally {
  const tally: Tally = { files: files.length, error: 0, warning: 0, info: 0 };
  for (const file of files) for (const f of file.result.findings) tally[f.severity]++;
  return tally;
}

function formatExcerpt(file: CheckedFile, f: Finding, c: Colors, color: boolean): string {
  const paragraph = file.doc.paragraphs[f.paragraph];
  const text = paragraph?.text ?? '';
  if (f.length === 0 && paragraph?.listLabel) {
    // A finding about Word's automatic number: show the number before the text.
    const emphasised = color
      ? c.bold(c.underline(paragraph.listLabel))
      : `${OPEN}${paragraph.listLabel}${CLOSE}`;
    return `${emphasised}${excerptOf(text, 0, 0).after}`;
  }
  const e = excerptOf(text, f.offset, f.length);
  const match = color
    ? severityColor(c, f.severity)(c.bold(c.underline(e.match || '∧')))
    : `${OPEN}${e.match}${CLOSE}`;
  return `${e.clippedBefore ? '…' : ''}${e.before}${match}${e.after}${e.clippedAfter ? '…' : ''}`;
}

function formatFile(file: CheckedFile, run: CheckRun, c: Colors, color: boolean): string[] {
  const { locale } = run;
  const r = file.result;
  const date = say(dateSourceLabel(r.speechDateSource, r.speechDateNotes), locale);
  const lines = [
    c.bold(c.underline(file.path)),
    c.dim(
      locale === 'en-US'
        ? `  encoding ${file.encoding} · speech date ${r.speechDate} (${date}) · ${r.paragraphs} paragraphs`
        : `  编码 ${file.encoding} · 讲话日期 ${r.speechDate}（${date}）· ${r.paragraphs} 段`,
    ),
  ];
  // Say what was read but not checked, so a clean result is not taken for the whole file.
  const skipped = outsideBodySummary(file, locale !== 'en-US');
  if (skipped) lines.push(c.dim(`  ${skipped}`));
  for (const f of r.findings) {
    const { line, column } = positionOf(file.doc, f);
    const severity = severityColor(c, f.severity)(say(SEVERITY_LABEL[f.severity], locale));
    lines.push(`${file.path}:${line}:${column}  ${severity}  ${c.dim(f.rule)}  ${f.message}`);
    lines.push(`    ${formatExcerpt(file, f, c, color)}`);
  }
  if (r.findings.length === 0)
    lines.push(c.green(locale === 'en-US' ? '  no problems' : '  未发现问题'));
  return lines;
}

/** One row per file; numbers first so CJK file names need no width arithmetic. */
function summaryTable(run: CheckRun, c: Colors): string[] {
  const zh = run.locale !== 'en-US';
  const header = zh
    ? ['错误', '警告', '提示', '编码', '文件']
    : ['errors', 'warnings', 'info', 'encoding', 'file'];
  const rows = run.files.map((file) => {
    const t = tallyOf([file]);
    return [String(t.error), String(t.warning), String(t.info), file.encoding, file.path];
  });
  for (const bad of run.unreadable)
    rows.push(['-', '-', '-', zh ? '无法读取' : 'unreadable', bad.path]);
  const width = (s: string): number =>
    Array.from(s).reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[header, ...rows].map((row) => width(row[i] as string))),
  );
  const pad = (s: string, i: number): string => {
    const fill = ' '.repeat((widths[i] as number) - width(s));
    return i < 3 ? fill + s : s + fill;
  };
  const render = (row: string[]): string =>
    row.map((cell, i) => (i < 4 ? pad(cell, i) : cell)).join('  ');
  return [c.bold(render(header)), ...rows.map(render)];
}

export interface TextFormatOptions {
  color: boolean;
}

export function formatText(run: CheckRun, options: TextFormatOptions): string {
  const c = pc.createColors(options.color);
  const blocks = run.files.map((file) => formatFile(file, run, c, options.color).join('\n'));
  const out = [...blocks];
  if (run.files.length + run.unreadable.length > 1) out.push(summaryTable(run, c).join('\n'));
  const tally = tallyOf(run.files);
  const summary = say(summaryLine(tally, run.unreadable.length), run.locale);
  const colored =
    tally.error > 0
      ? c.red(c.bold(summary))
      : tally.warning > 0
        ? c.yellow(summary)
        : c.green(summary);
  out.push(colored);
  return `${out.join('\n\n')}\n`;
}
