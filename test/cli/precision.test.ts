/**
 * `speechdesk precision`: a tiny made-up corpus in a scratch folder, checked at each text's true
 * date; the summary, the review sheet, the verdicts and the speech-year check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Scratch, assertBuilt } from './helpers';

// Three short made-up speeches: one with a doubled 要 and a deadline, one whose title names its
// year, one with no year anywhere and an unfilled name. The holdout text carries markup that the HTML sheet must escape.
const DEV_A = [
  '在2019年全县安全生产工作会议上的讲话',
  '同志们：',
  '今年是2019年，我们要要坚持安全发展理念，各乡镇于5月20日前报送隐患排查台账。',
  '消防通道要保持畅通，不得堆放杂物。',
].join('\n');
const DEV_B = [
  '在2023年全市教育工作会议上的讲话',
  '同志们：',
  '这次会议的主要任务是总结工作、部署任务，请XX同志抓好落实。',
].join('\n');
const DEV_C = ['同志们：', '下面，我讲几点意见。', '一要提高认识，二要压实责任。'].join('\n');
const HOLDOUT = ['在2024年全区工作会议上的讲话', '<script>我们要要坚持。'].join('\n');

const INDEX = JSON.stringify([
  { file: 'dev/a.txt', date: '2019-06-01' },
  { file: 'dev/b.txt', date: '2022-12-30' },
  { file: 'c.txt', date: '2021-03-02', split: 'dev' },
  { file: 'holdout/h.txt', date: '2024-02-01' },
]);

function corpus(extra: Record<string, string> = {}): Scratch {
  return new Scratch({
    'precision/corpus/index.json': INDEX,
    'precision/corpus/dev/a.txt': DEV_A,
    'precision/corpus/dev/b.txt': DEV_B,
    'precision/corpus/dev/c.txt': DEV_C,
    'precision/corpus/holdout/h.txt': HOLDOUT,
    ...extra,
  });
}

interface Tally {
  findings: number;
  per100k: number;
  ok: number;
  false: number;
  precision: number | null;
  unjudged: number;
}
interface Summary {
  texts: number;
  characters: number;
  rules: Record<string, Tally>;
  categories: Record<string, Tally>;
  total: Tally;
  placeholders: Tally;
  speechYear: {
    right: number;
    wrong: number;
    none: number;
    texts: { file: string; trueYear: number; detectedYear: number | null; outcome: string }[];
  };
  staleVerdicts: { line: number; text: string }[];
  unjudgedFindings: { file: string; rule: string; text: string }[];
}

function summaryOf(scratch: Scratch): Summary {
  return JSON.parse(readFileSync(scratch.path('precision/out/summary.json'), 'utf8')) as Summary;
}

function tsvRows(scratch: Scratch): Record<string, string>[] {
  const [head, ...lines] = readFileSync(scratch.path('precision/out/review.tsv'), 'utf8')
    .trimEnd()
    .split('\n');
  const columns = (head as string).split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

beforeAll(assertBuilt);

describe('speechdesk precision', () => {
  test('checks the dev split at each true date and writes a review row per finding', () => {
    const scratch = corpus();
    try {
      const result = scratch.run(['precision', '--split', 'dev']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const rows = tsvRows(scratch);
      // Only dev texts, never the holdout one.
      expect(new Set(rows.map((r) => r.file))).toEqual(new Set(['dev/a.txt', 'dev/b.txt']));
      const doubled = rows.find((r) => r.rule === 'typo/repeated-char');
      expect(doubled).toMatchObject({
        file: 'dev/a.txt',
        paragraph: '2',
        offset: '11',
        text: '要要',
        context: '今年是2019年，我们⟦要要⟧坚持安全发展理念，各乡镇于5月20日前报送隐患排查台账。',
        verdict: '',
      });
      // Checked at the true date (June 2019): the May deadline is past.
      expect(rows.find((r) => r.rule === 'date/past-deadline')?.text).toBe('5月20日前');

      const summary = summaryOf(scratch);
      expect(summary.texts).toBe(3);
      expect(summary.characters).toBe([DEV_A, DEV_B, DEV_C].join('').replace(/\n/g, '').length);
      // Placeholders are counted apart from the engine's judgements.
      expect(summary.placeholders.findings).toBe(1);
      expect(summary.total.findings).toBe(rows.length - 1);
      expect(summary.rules['typo/repeated-char']?.per100k).toBeCloseTo(
        100000 / summary.characters,
        1,
      );
      expect(result.stdout).toContain('typo/repeated-char');
      expect(existsSync(scratch.path('precision/out/review.html'))).toBe(true);
    } finally {
      scratch.remove();
    }
  });

  test('judges a text known only by its year over the whole year', () => {
    // A campaign that starts in April: in a speech of 2023 (day unknown) it is not early.
    const text = [
      '在主题教育动员会上的讲话',
      '从今年4月开始，在全党开展学习贯彻习近平新时代中国特色社会主义思想主题教育。',
    ].join('\n');
    const scratch = new Scratch({
      'precision/corpus/index.json': JSON.stringify([
        { file: 'dev/y.txt', date: '2023' },
        { file: 'dev/d.txt', date: '2023-01-10' },
      ]),
      'precision/corpus/dev/y.txt': text,
      'precision/corpus/dev/d.txt': text,
    });
    try {
      scratch.run(['precision', '--split', 'dev']);
      const staleTerms = tsvRows(scratch).filter((r) => r.rule === 'date/stale-term');
      // Only the text given on a day in January is too early for it.
      expect(staleTerms.map((r) => r.file)).toEqual(['dev/d.txt']);
    } finally {
      scratch.remove();
    }
  });

  test('compares the year found without --date with the true year', () => {
    const scratch = corpus();
    try {
      scratch.run(['precision', '--split', 'dev']);
      const { speechYear } = summaryOf(scratch);
      const byFile = Object.fromEntries(speechYear.texts.map((t) => [t.file, t]));
      expect(byFile['dev/a.txt']).toMatchObject({ detectedYear: 2019, outcome: 'right' });
      // The 2023 conference speech given on 2022-12-30: its title's year is wrong for it.
      expect(byFile['dev/b.txt']).toMatchObject({
        trueYear: 2022,
        detectedYear: 2023,
        outcome: 'wrong',
      });
      expect(byFile['dev/c.txt']).toMatchObject({ detectedYear: null, outcome: 'none' });
      expect([speechYear.right, speechYear.wrong, speechYear.none]).toEqual([1, 1, 1]);
    } finally {
      scratch.remove();
    }
  });

  test('reads verdicts: precision per rule and category, unjudged and stale verdicts', () => {
    const verdicts = [
      'file\trule\tparagraph\toffset\ttext\tverdict\tnote',
      'dev/a.txt\ttypo/repeated-char\t2\t11\t要要\tok\t真重字',
      'dev/a.txt\tdate/past-deadline\t2\t26\t5月20日前\tfalse\t假设为误报',
      'dev/a.txt\ttypo/repeated-char\t3\t2\t楼楼\tfalse\t旧版本的误报',
      'holdout/h.txt\ttypo/repeated-char\t1\t2\t要要\tok\t',
    ].join('\n');
    const scratch = corpus({ 'precision/verdicts.tsv': verdicts });
    try {
      const result = scratch.run(['precision', '--split', 'dev']);
      expect(result.code).toBe(0);
      const summary = summaryOf(scratch);
      expect(summary.rules['typo/repeated-char']).toMatchObject({ ok: 1, false: 0, precision: 1 });
      expect(summary.categories.date).toMatchObject({ ok: 0, false: 1, precision: 0 });
      // The 楼楼 verdict matches nothing now; the holdout verdict is outside this run.
      expect(summary.staleVerdicts.map((v) => [v.line, v.text])).toEqual([[4, '楼楼']]);
      const judged = tsvRows(scratch).find((r) => r.text === '要要');
      expect(judged).toMatchObject({ verdict: 'ok', note: '真重字' });
      expect(result.stdout).toContain('verdicts matching no finding: 1');
      // What is left to judge is listed by its key.
      const judgedTexts = ['要要', '5月20日前'];
      const left = tsvRows(scratch).filter(
        (r) => !(r.rule ?? '').startsWith('placeholder/') && !judgedTexts.includes(r.text ?? ''),
      );
      expect(summary.unjudgedFindings.map((u) => u.text)).toEqual(left.map((r) => r.text));
      expect(result.stdout).toMatch(/unjudged \(non-placeholder\): \d+/);
    } finally {
      scratch.remove();
    }
  });

  test('escapes text from the speeches in the HTML sheet', () => {
    const scratch = corpus();
    try {
      scratch.run(['precision', '--split', 'holdout']);
      const html = readFileSync(scratch.path('precision/out/review.html'), 'utf8');
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;');
    } finally {
      scratch.remove();
    }
  });

  test('a bad date in index.json or a bad verdict is a clear error, and nothing is written', () => {
    const scratch = corpus({
      'precision/corpus/index.json': JSON.stringify([{ file: 'dev/a.txt', date: '2019-02-30' }]),
    });
    try {
      const result = scratch.run(['precision', '--split', 'dev']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /index\.json: "dev\/a\.txt": date "2019-02-30" is not a calendar date/,
      );
      expect(existsSync(scratch.path('precision/out'))).toBe(false);

      scratch.write('precision/corpus/index.json', INDEX);
      scratch.write(
        'precision/verdicts.tsv',
        'file\trule\tparagraph\toffset\ttext\tverdict\ndev/a.txt\ttypo/repeated-char\t2\t11\t要要\tmaybe\n',
      );
      const bad = scratch.run(['precision', '--split', 'dev']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(
        /verdicts\.tsv: line 2: verdict "maybe" is not ok, false or unsure/,
      );
    } finally {
      scratch.remove();
    }
  });
});
