/**
 * The review sheet: one row per finding, keyed by (file, rule, paragraph, offset, text) so a
 * verdict survives re-runs while the text is unchanged. TSV for a spreadsheet, HTML to read.
 */
import type { Finding, SpeechDocument } from '../../core';
import { escapeHtml } from '../format/html';

export type Verdict = 'ok' | 'false' | 'unsure';

export interface FindingKey {
  file: string;
  rule: string;
  paragraph: number;
  offset: number;
  text: string;
}

export interface ReviewRow extends FindingKey {
  severity: string;
  message: string;
  before: string;
  after: string;
  verdict?: Verdict;
  note?: string;
}

export const KEY_COLUMNS = ['file', 'rule', 'paragraph', 'offset', 'text'] as const;
const REVIEW_COLUMNS = [...KEY_COLUMNS, 'severity', 'message', 'context', 'verdict', 'note'];

/** Characters of context each side of a finding. */
export const CONTEXT_CHARS = 30;

export function keyOf(k: FindingKey): string {
  return [k.file, k.rule, k.paragraph, k.offset, k.text].join('\u0000');
}

function head(text: string, count: number): string {
  return Array.from(text).slice(0, count).join('');
}
function tail(text: string, count: number): string {
  const chars = Array.from(text);
  return chars.slice(Math.max(0, chars.length - count)).join('');
}

export function reviewRow(file: string, doc: SpeechDocument, finding: Finding): ReviewRow {
  const text = doc.paragraphs[finding.paragraph]?.text ?? '';
  return {
    file,
    rule: finding.rule,
    paragraph: finding.paragraph,
    offset: finding.offset,
    text: finding.text,
    severity: finding.severity,
    message: finding.message,
    before: tail(text.slice(0, finding.offset), CONTEXT_CHARS),
    after: head(text.slice(finding.offset + finding.length), CONTEXT_CHARS),
  };
}

/** A TSV cell: backslash, tab and line breaks escaped so every row stays one line. */
export function tsvCell(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
  );
}

export function unTsvCell(value: string): string {
  return value.replace(/\\([\\tnr])/g, (_, ch: string) =>
    ch === '\\' ? '\\' : ch === 't' ? '\t' : ch === 'n' ? '\n' : '\r',
  );
}

export function contextOf(row: ReviewRow): string {
  return `${row.before}⟦${row.text}⟧${row.after}`;
}

export function reviewTsv(rows: readonly ReviewRow[]): string {
  const lines = [REVIEW_COLUMNS.join('\t')];
  for (const r of rows) {
    lines.push(
      [
        r.file,
        r.rule,
        String(r.paragraph),
        String(r.offset),
        r.text,
        r.severity,
        r.message,
        contextOf(r),
        r.verdict ?? '',
        r.note ?? '',
      ]
        .map(tsvCell)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

const STYLE = `
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5em; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid #d9d9d9; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
mark { background: #ffe08a; }
.ok { color: #1b6e20; } .false { color: #b3261e; font-weight: bold; } .unsure { color: #8a5a00; }
.num { text-align: right; }
`;

/** A self-contained page; every string from a text or a message is escaped. */
export function reviewHtml(rows: readonly ReviewRow[], title: string): string {
  const body = rows
    .map((r) => {
      const verdict = r.verdict ? `<span class="${r.verdict}">${escapeHtml(r.verdict)}</span>` : '';
      return (
        `<tr><td>${escapeHtml(r.file)}</td><td>${escapeHtml(r.rule)}</td>` +
        `<td class="num">${r.paragraph + 1}</td>` +
        `<td>${escapeHtml(r.before)}<mark>${escapeHtml(r.text) || '&#8203;'}</mark>${escapeHtml(r.after)}</td>` +
        `<td>${escapeHtml(r.message)}</td><td>${verdict}</td><td>${escapeHtml(r.note ?? '')}</td></tr>`
      );
    })
    .join('\n');
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${rows.length} 条 / findings</p>`,
    '<table><thead><tr><th>文件 file</th><th>规则 rule</th><th>段 para</th><th>上下文 context</th>' +
      '<th>提示 message</th><th>判定 verdict</th><th>备注 note</th></tr></thead><tbody>',
    body,
    '</tbody></table></body></html>',
    '',
  ].join('\n');
}
