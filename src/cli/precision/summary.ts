/** What a precision run measured: rates per 100,000 characters, precision, the speech year. */
import { categoryOf } from '../../core';
import { keyOf, type ReviewRow } from './review';
import type { VerdictRow } from './verdicts';

/** Placeholders are the author's unfinished work, not the engine's judgement: counted apart. */
export const PLACEHOLDER_CATEGORY = 'placeholder';

export interface Tally {
  findings: number;
  per100k: number;
  ok: number;
  false: number;
  unsure: number;
  unjudged: number;
  /** ok / (ok + false), or null when nothing is judged. */
  precision: number | null;
}

export interface YearCheck {
  file: string;
  trueYear: number | null;
  detectedYear: number | null;
  /** Where the detected date came from (document signals), or `none`. */
  source: string;
  outcome: 'right' | 'wrong' | 'none' | 'no-true-date';
  note: string;
}

export interface PrecisionSummary {
  corpus: string;
  split: string;
  texts: number;
  characters: number;
  unreadable: { file: string; reason: string }[];
  /** Every finding except placeholders. */
  total: Tally;
  placeholders: Tally;
  rules: Record<string, Tally>;
  categories: Record<string, Tally>;
  /** Mean of the categories' precision (placeholders apart), over categories with judged findings. */
  meanCategoryPrecision: number | null;
  speechYear: {
    right: number;
    wrong: number;
    none: number;
    noTrueDate: number;
    texts: YearCheck[];
  };
  unjudged: number;
  /** The non-placeholder findings without a verdict, to judge next. */
  unjudgedFindings: {
    file: string;
    rule: string;
    paragraph: number;
    offset: number;
    text: string;
  }[];
  /** Verdicts for texts in this run that match no finding any more. */
  staleVerdicts: VerdictRow[];
}

function emptyTally(): Tally {
  return { findings: 0, per100k: 0, ok: 0, false: 0, unsure: 0, unjudged: 0, precision: null };
}

function add(tally: Tally, row: ReviewRow): void {
  tally.findings++;
  if (row.verdict === 'ok') tally.ok++;
  else if (row.verdict === 'false') tally.false++;
  else if (row.verdict === 'unsure') tally.unsure++;
  else tally.unjudged++;
}

function finish(tally: Tally, characters: number): Tally {
  tally.per100k = characters > 0 ? round((tally.findings * 100000) / characters) : 0;
  const judged = tally.ok + tally.false;
  tally.precision = judged > 0 ? round(tally.ok / judged, 4) : null;
  return tally;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function sortedRecord(map: Map<string, Tally>, characters: number): Record<string, Tally> {
  return Object.fromEntries(
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, t]) => [k, finish(t, characters)]),
  );
}

export interface SummaryInput {
  corpus: string;
  split: string;
  texts: number;
  characters: number;
  unreadable: { file: string; reason: string }[];
  rows: readonly ReviewRow[];
  verdicts: readonly VerdictRow[];
  /** Files of this run: verdicts of other files are neither matched nor stale. */
  files: ReadonlySet<string>;
  years: YearCheck[];
}

export function summarize(input: SummaryInput): PrecisionSummary {
  const rules = new Map<string, Tally>();
  const categories = new Map<string, Tally>();
  const total = emptyTally();
  const placeholders = emptyTally();
  for (const row of input.rows) {
    const category = categoryOf(row.rule);
    if (!rules.has(row.rule)) rules.set(row.rule, emptyTally());
    if (!categories.has(category)) categories.set(category, emptyTally());
    add(rules.get(row.rule) as Tally, row);
    add(categories.get(category) as Tally, row);
    add(category === PLACEHOLDER_CATEGORY ? placeholders : total, row);
  }
  const categoryTallies = sortedRecord(categories, input.characters);
  const precisions = Object.entries(categoryTallies)
    .filter(([c, t]) => c !== PLACEHOLDER_CATEGORY && t.precision !== null)
    .map(([, t]) => t.precision as number);
  const found = new Set(input.rows.map(keyOf));
  const staleVerdicts = input.verdicts.filter(
    (v) => input.files.has(v.file) && !found.has(keyOf(v)),
  );
  const years = input.years;
  return {
    corpus: input.corpus,
    split: input.split,
    texts: input.texts,
    characters: input.characters,
    unreadable: input.unreadable,
    total: finish(total, input.characters),
    placeholders: finish(placeholders, input.characters),
    rules: sortedRecord(rules, input.characters),
    categories: categoryTallies,
    meanCategoryPrecision:
      precisions.length > 0
        ? round(precisions.reduce((a, b) => a + b, 0) / precisions.length, 4)
        : null,
    speechYear: {
      right: years.filter((y) => y.outcome === 'right').length,
      wrong: years.filter((y) => y.outcome === 'wrong').length,
      none: years.filter((y) => y.outcome === 'none').length,
      noTrueDate: years.filter((y) => y.outcome === 'no-true-date').length,
      texts: years,
    },
    unjudged: total.unjudged,
    unjudgedFindings: input.rows
      .filter((r) => r.verdict === undefined && categoryOf(r.rule) !== PLACEHOLDER_CATEGORY)
      .map(({ file, rule, paragraph, offset, text }) => ({ file, rule, paragraph, offset, text })),
    staleVerdicts,
  };
}

function percent(p: number | null): string {
  return p === null ? '—' : `${(p * 100).toFixed(1)}%`;
}

/** Columns in a terminal: a CJK character takes two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}
function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

function tallyLine(name: string, t: Tally): string {
  const judged = t.ok + t.false;
  return [
    padEnd(name, 24),
    padStart(String(t.findings), 6),
    padStart(t.per100k.toFixed(2), 10),
    padStart(`${t.ok}/${judged}`, 9),
    padStart(percent(t.precision), 8),
    padStart(String(t.unsure), 7),
    padStart(String(t.unjudged), 9),
  ].join(' ');
}

const TABLE_HEAD = [
  padEnd('规则 rule', 24),
  padStart('条数', 6),
  padStart('每10万字', 10),
  padStart('对/已判', 9),
  padStart('精度', 8),
  padStart('存疑', 7),
  padStart('未判', 9),
].join(' ');

export function summaryText(s: PrecisionSummary): string {
  const out: string[] = [];
  out.push(`精度测量 / precision run: ${s.corpus} (split ${s.split})`);
  out.push(`${s.texts} 篇 texts, ${s.characters} 字 characters`);
  for (const u of s.unreadable) out.push(`无法读取 unreadable: ${u.file}: ${u.reason}`);
  out.push('');
  out.push('按规则 / per rule');
  out.push(TABLE_HEAD);
  for (const [rule, t] of Object.entries(s.rules)) out.push(tallyLine(rule, t));
  out.push('');
  out.push('按类别 / per category');
  out.push(TABLE_HEAD);
  for (const [category, t] of Object.entries(s.categories)) out.push(tallyLine(category, t));
  out.push('');
  out.push(tallyLine('合计（不含占位符）', s.total));
  out.push(tallyLine('占位符 placeholders', s.placeholders));
  out.push(`类别平均精度 / mean category precision: ${percent(s.meanCategoryPrecision)}`);
  out.push(`未判定 / unjudged (non-placeholder): ${s.unjudged}`);
  for (const u of s.unjudgedFindings) {
    out.push(`  ${u.file} ${u.rule} ¶${u.paragraph + 1}@${u.offset} “${u.text}”`);
  }
  if (s.staleVerdicts.length > 0) {
    out.push('');
    out.push(`已无对应结果的判定 / verdicts matching no finding: ${s.staleVerdicts.length}`);
    for (const v of s.staleVerdicts) {
      out.push(
        `  verdicts.tsv:${v.line} ${v.file} ${v.rule} ¶${v.paragraph + 1}@${v.offset} “${v.text}” ${v.verdict}`,
      );
    }
  }
  const y = s.speechYear;
  out.push('');
  out.push(
    `讲话年份 / speech year without --date: 对 right ${y.right}, 错 wrong ${y.wrong}, 未识别 none ${y.none}` +
      (y.noTrueDate > 0 ? `, 无真实日期 no true date ${y.noTrueDate}` : ''),
  );
  for (const t of y.texts) {
    if (t.outcome === 'right') continue;
    out.push(
      `  ${t.outcome.padEnd(12)} ${t.file}: 真实 true ${t.trueYear ?? '—'}, 识别 detected ${t.detectedYear ?? '—'} ${t.note}`,
    );
  }
  return `${out.join('\n')}\n`;
}
