import * as v from 'valibot';
import {
  ConfigError,
  DataError,
  RuleError,
  applyFixes,
  check,
  createCheckRun,
  defineRule,
  documentFromText,
  loadTables,
  tableOf,
  type AnyRule,
  type RuleReport,
  type TableSpec,
} from '../../src/core';

const TODAY = '2024-03-01';

/** A test rule that reports every “同志们” and fixes it to “同志们、朋友们”. */
const greeting = defineRule({
  id: 'demo/greeting',
  title: { zh: '称呼', en: 'Greeting' },
  description: { zh: '测试用规则', en: 'A rule for tests' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: { found: { zh: '称呼“{word}”', en: 'Greeting "{word}"' } },
  defaultOptions: { word: '同志们' },
  validateOptions(options: unknown) {
    const o = options as { word?: unknown };
    if (typeof o.word !== 'string' || o.word === '')
      throw new Error('word must be a non-empty string');
    return { word: o.word };
  },
  check(doc, ctx) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      let at = p.text.indexOf(ctx.options.word);
      while (at >= 0) {
        reports.push({
          paragraph,
          offset: at,
          length: ctx.options.word.length,
          messageId: 'found',
          data: { word: ctx.options.word },
          fix: { replacement: `${ctx.options.word}、朋友们` },
        });
        at = p.text.indexOf(ctx.options.word, at + 1);
      }
    });
    return reports;
  },
});

function brokenRule(report: Partial<RuleReport>, fixable = false): AnyRule {
  return defineRule({
    id: 'demo/broken',
    title: { zh: '坏', en: 'Broken' },
    description: { zh: '坏', en: 'Broken' },
    defaultSeverity: 'error',
    fixable,
    messages: { m: { zh: '坏', en: 'bad' } },
    defaultOptions: {},
    check: () => [{ paragraph: 0, offset: 0, length: 1, messageId: 'm', ...report }],
  });
}

const speech = documentFromText('同志们：\n今天我们召开全区工作会议。\n同志们，让我们共同努力！');

describe('check', () => {
  it('adds id, severity, text and the zh-CN message to each report, sorted by place', () => {
    const result = check(speech, { rules: [greeting], today: TODAY });
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'demo/greeting',
        severity: 'warning',
        paragraph: 0,
        offset: 0,
        length: 3,
        text: '同志们',
        message: '称呼“同志们”',
      }),
      expect.objectContaining({ paragraph: 2, offset: 0, text: '同志们' }),
    ]);
    expect(result.paragraphs).toBe(3);
  });

  it('formats messages in English when asked', () => {
    const result = check(speech, { rules: [greeting], today: TODAY, locale: 'en-US' });
    expect(result.findings[0]?.message).toBe('Greeting "同志们"');
  });

  it('turns a whole category off, and a rule id setting wins over its category', () => {
    expect(
      check(speech, { rules: [greeting], today: TODAY, config: { rules: { demo: 'off' } } })
        .findings,
    ).toEqual([]);
    const result = check(speech, {
      rules: [greeting],
      today: TODAY,
      config: { rules: { demo: 'off', 'demo/greeting': 'info' } },
    });
    expect(result.findings.map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('passes validated options to the rule', () => {
    const result = check(speech, {
      rules: [greeting],
      today: TODAY,
      config: { rules: { 'demo/greeting': ['error', { word: '会议' }] } },
    });
    expect(result.findings.map((f) => [f.paragraph, f.text, f.severity])).toEqual([
      [1, '会议', 'error'],
    ]);
  });

  it('rejects unknown rules, bad severities and bad options with a message naming them', () => {
    expect(() =>
      check(speech, {
        rules: [greeting],
        today: TODAY,
        config: { rules: { 'demo/gretting': 'off' } },
      }),
    ).toThrow(/unknown rule or category "demo\/gretting"/);
    expect(() =>
      check(speech, {
        rules: [greeting],
        today: TODAY,
        config: { rules: { demo: 'loud' as never } },
      }),
    ).toThrow(ConfigError);
    expect(() =>
      check(speech, {
        rules: [greeting],
        today: TODAY,
        config: { rules: { 'demo/greeting': ['error', { word: '' }] } },
      }),
    ).toThrow(/options of rule "demo\/greeting": word must be a non-empty string/);
  });

  it('distrusts rules: ranges outside the paragraph, undeclared messages and unasked fixes throw', () => {
    const run = (rule: AnyRule) => () => check(speech, { rules: [rule], today: TODAY });
    expect(run(brokenRule({ paragraph: 3 }))).toThrow(RuleError);
    expect(run(brokenRule({ offset: 3, length: 2 }))).toThrow(/range ends outside its paragraph/);
    expect(run(brokenRule({ offset: -1 }))).toThrow(/integers/);
    expect(run(brokenRule({ messageId: 'nope' }))).toThrow(/undeclared messageId "nope"/);
    expect(run(brokenRule({ fix: { replacement: 'x' } }))).toThrow(/not fixable/);
    expect(run(brokenRule({ fix: { replacement: 'x' } }, true))).not.toThrow();
  });

  it('reports the same place once, and is deterministic', () => {
    const twice = defineRule({
      ...brokenRule({}),
      check: () => [0, 1].map(() => ({ paragraph: 1, offset: 2, length: 2, messageId: 'm' })),
    });
    const a = check(speech, { rules: [twice], today: TODAY });
    expect(a.findings).toHaveLength(1);
    expect(check(speech, { rules: [twice], today: TODAY })).toEqual(a);
  });
});

describe('createCheckRun (a check one rule at a time, as the task pane runs it)', () => {
  /** Reports “会议” as an error, so the two rules' findings interleave by place. */
  const meeting = defineRule({
    id: 'demo/meeting',
    title: { zh: '会议', en: 'Meeting' },
    description: { zh: '测试用规则', en: 'A rule for tests' },
    defaultSeverity: 'error',
    fixable: false,
    messages: { found: { zh: '“会议”', en: '"会议"' } },
    defaultOptions: {},
    check: (doc) =>
      doc.paragraphs.flatMap((p, paragraph) =>
        p.text.includes('会议')
          ? [{ paragraph, offset: p.text.indexOf('会议'), length: 2, messageId: 'found' }]
          : [],
      ),
  });
  const options = { rules: [greeting, meeting], today: TODAY };

  it('has one step per enabled rule and ends with what check() returns', () => {
    const run = createCheckRun(speech, options);
    expect(run.steps).toBe(2);
    run.runStep(0);
    expect(run.result().findings.map((f) => f.rule)).toEqual(['demo/greeting', 'demo/greeting']);
    run.runStep(1);
    expect(run.result()).toEqual(check(speech, options));
    expect(run.result().findings.map((f) => [f.paragraph, f.rule])).toEqual([
      [0, 'demo/greeting'],
      [1, 'demo/meeting'],
      [2, 'demo/greeting'],
    ]);
  });

  it('skips rules the config turns off and refuses a step it does not have', () => {
    const run = createCheckRun(speech, {
      ...options,
      config: { rules: { 'demo/greeting': 'off' } },
    });
    expect(run.steps).toBe(1);
    expect(() => run.runStep(1)).toThrow(RangeError);
    run.runStep(0);
    expect(run.result().findings.map((f) => f.text)).toEqual(['会议']);
  });
});

describe('speech date', () => {
  it('prefers the user date, then the document, then today', () => {
    const titled = documentFromText('在2022年全县人力资源和社会保障工作会议上的讲话\n同志们：');
    expect(check(titled, { rules: [], today: TODAY, speechDate: '2023-05-06' })).toMatchObject({
      speechDate: '2023-05-06',
      speechDateSource: 'option',
    });
    const fromDoc = check(titled, { rules: [], today: TODAY });
    expect(fromDoc.speechDateSource).toBe('document');
    expect(fromDoc.speechDate.startsWith('2022-')).toBe(true);
    expect(check(speech, { rules: [], today: TODAY })).toMatchObject({
      speechDate: TODAY,
      speechDateSource: 'today',
    });
  });

  it('rejects dates that are not real calendar dates', () => {
    expect(() => check(speech, { rules: [], today: TODAY, speechDate: '2023-02-30' })).toThrow(
      /not a calendar date/,
    );
    expect(() => check(speech, { rules: [], today: TODAY, speechDate: '2023/02/03' })).toThrow(
      /YYYY-MM-DD/,
    );
  });
});

describe('applyFixes', () => {
  it('applies fixes right to left and keeps other paragraphs', () => {
    const doc = documentFromText('同志们，同志们！\n不变的段落');
    const { findings } = check(doc, { rules: [greeting], today: TODAY });
    const outcome = applyFixes(doc, findings);
    expect(outcome.document.paragraphs.map((p) => p.text)).toEqual([
      '同志们、朋友们，同志们、朋友们！',
      '不变的段落',
    ]);
    expect(outcome.applied).toHaveLength(2);
    expect(outcome.document.paragraphs[1]).toBe(doc.paragraphs[1]);
  });

  it('skips a fix that overlaps one applied before it', () => {
    const doc = documentFromText('同志们们');
    const base = check(doc, { rules: [greeting], today: TODAY }).findings[0]!;
    const overlapping = {
      ...base,
      offset: 1,
      length: 3,
      text: '志们们',
      fix: { replacement: '志们' },
    };
    const outcome = applyFixes(doc, [base, overlapping]);
    expect(outcome.skipped).toEqual([overlapping]);
    expect(outcome.document.paragraphs[0]?.text).toBe('同志们、朋友们们');
  });
});

describe('knowledge tables', () => {
  const spec: TableSpec<{ term: string; since: number }> = {
    name: 'demo-terms',
    file: 'demo-terms.json',
    entry: v.object({
      term: v.pipe(v.string(), v.minLength(1)),
      since: v.pipe(v.number(), v.integer()),
    }),
    data: [{ term: '十四五', since: 2021 }],
  };

  it('loads shipped entries and an office’s extra entries, reporting bad ones with file, entry and reason', () => {
    const { tables, problems } = loadTables([spec], {
      file: 'office.json',
      tables: {
        'demo-terms': [
          { term: '十五五', since: 2026 },
          { term: '', since: 2026 },
        ],
        'no-such-table': [],
      },
    });
    expect(tableOf({ tables }, spec).map((e) => e.term)).toEqual(['十四五', '十五五']);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'office.json',
        table: 'demo-terms',
        entry: 1,
        reason: expect.stringMatching(/term/),
      }),
      expect.objectContaining({
        file: 'office.json',
        table: 'no-such-table',
        entry: -1,
        reason: expect.stringMatching(/unknown table/),
      }),
    ]);
  });

  it('throws on invalid shipped data, naming the file and entry', () => {
    const bad = {
      ...spec,
      name: 'bad',
      file: 'bad.json',
      data: [{ term: '十四五', since: 'soon' }],
    };
    expect(() => loadTables([bad])).toThrow(DataError);
    expect(() => loadTables([bad])).toThrow(/bad\.json: table "bad", entry 0: since/);
  });
});
