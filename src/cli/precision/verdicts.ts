/**
 * `precision/verdicts.tsv`: a reviewer's verdict on each finding, by the review sheet's key
 * columns. Precision is ok / (ok + false); `unsure` counts in neither.
 */
import { KEY_COLUMNS, keyOf, unTsvCell, type FindingKey, type Verdict } from './review';
import { UsageError } from '../settings';

export interface VerdictRow extends FindingKey {
  verdict: Verdict;
  note: string;
  /** 1-based line in the verdicts file, for messages. */
  line: number;
}

const VERDICT_WORDS: Record<string, Verdict> = {
  ok: 'ok',
  true: 'ok',
  right: 'ok',
  false: 'false',
  wrong: 'false',
  unsure: 'unsure',
  '?': 'unsure',
};

/** Parses the verdicts file; a bad row is an error naming its line. Rows without a verdict are skipped. */
export function parseVerdicts(content: string, path: string): VerdictRow[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const column = (name: string): number => header.indexOf(name);
  for (const name of [...KEY_COLUMNS, 'verdict']) {
    if (column(name) < 0) throw new UsageError(`${path}: line 1: no "${name}" column`);
  }
  const rows: VerdictRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map(unTsvCell);
    const cell = (name: string): string => cells[column(name)] ?? '';
    const word = cell('verdict').trim().toLowerCase();
    if (word === '') return;
    const verdict = VERDICT_WORDS[word];
    if (!verdict) {
      throw new UsageError(`${path}: line ${line}: verdict "${word}" is not ok, false or unsure`);
    }
    const paragraph = Number(cell('paragraph'));
    const offset = Number(cell('offset'));
    if (!Number.isInteger(paragraph) || !Number.isInteger(offset)) {
      throw new UsageError(`${path}: line ${line}: paragraph and offset must be whole numbers`);
    }
    const row: VerdictRow = {
      file: cell('file'),
      rule: cell('rule'),
      paragraph,
      offset,
      text: cell('text'),
      verdict,
      note: column('note') >= 0 ? cell('note') : '',
      line,
    };
    const key = keyOf(row);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new UsageError(`${path}: line ${line}: the same finding as line ${earlier}`);
    }
    seen.set(key, line);
    rows.push(row);
  });
  return rows;
}

export function verdictIndex(rows: readonly VerdictRow[]): Map<string, VerdictRow> {
  return new Map(rows.map((r) => [keyOf(r), r]));
}
