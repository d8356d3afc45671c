/** Office word lists: allow words (one engine filter for every rule), require pairs, rules that ship off. */
import { check, documentFromText, parseWordLists, resolveRules } from '../../src/core';
import { defineRule } from '../../src/core/engine/rule';
import { mergeWordLists } from '../../src/core/engine/wordLists';
import { loadLibrary, wordListLibraryFile } from '../../src/templates';

const TEXT = '全X上下要把工作布署到位，截止目前已签定合同12份。';

const run = (allow?: string[]) =>
  check(documentFromText(TEXT), {
    config: { allow },
    speechDate: '2024-03-01',
    today: '2024-03-01',
  }).findings.map((f) => `${f.rule} ${f.text}`);

describe('allow', () => {
  it('drops every rule finding inside an allowed word, and nothing else', () => {
    const all = run();
    expect(all).toEqual(
      expect.arrayContaining([
        'placeholder/name X',
        'typo/confusable 布署',
        'typo/confusable 签定',
      ]),
    );
    const allowed = run(['全X', '签定合同']);
    expect(allowed).not.toContain('placeholder/name X');
    expect(allowed).not.toContain('typo/confusable 签定');
    expect(allowed).toContain('typo/confusable 布署');
    expect(allowed).toHaveLength(all.length - 2);
  });

  it('keeps a finding that only overlaps an allowed word', () => {
    expect(run(['布'])).toContain('typo/confusable 布署');
  });
});

describe('parseWordLists', () => {
  it('keeps the good entries and names file, entry and reason for each bad one', () => {
    const { lists, problems } = parseWordLists(
      {
        allow: ['滇池', '', ' 抚仙湖', '滇池', 7],
        require: [
          { wrong: '昆明高新区', right: '昆明高新技术产业开发区' },
          { wrong: '高新区' },
          { wrong: 'a', right: 'b', remark: 'x' },
          'x',
          { wrong: '昆明高新区', right: '别的' },
        ],
      },
      'office.json',
    );
    expect(lists).toEqual({
      allow: ['滇池'],
      require: [{ wrong: '昆明高新区', right: '昆明高新技术产业开发区' }],
    });
    expect(problems.map((p) => `${p.file}: ${p.entry}: ${p.reason}`)).toEqual([
      'office.json: allow[1]: empty word',
      'office.json: allow[2]: leading or trailing spaces',
      'office.json: allow[4]: expected a string',
      'office.json: require[1]: right: expected a string',
      'office.json: require[2]: unknown key "remark"; expected wrong, right, note',
      'office.json: require[3]: expected an object {"wrong", "right", "note"}',
      'office.json: require[4]: duplicate wrong "昆明高新区" in this file',
    ]);
  });

  it('reports a list that is not an array', () => {
    expect(parseWordLists({ allow: '滇池' }, 'f.json').problems).toEqual([
      { file: 'f.json', entry: 'allow', reason: 'expected an array of words' },
    ]);
  });

  it('merges lists: words add up, a later pair for the same wrong word wins', () => {
    expect(
      mergeWordLists(
        { allow: ['甲'], require: [{ wrong: '乙', right: '丙' }] },
        { allow: ['甲', '丁'], require: [{ wrong: '乙', right: '戊' }] },
      ),
    ).toEqual({ allow: ['甲', '丁'], require: [{ wrong: '乙', right: '戊' }] });
  });
});

describe('office library', () => {
  it('carries allow and require, with per-entry problems', () => {
    const { library, problems } = loadLibrary(
      {
        version: 1,
        allow: ['滇池', ''],
        require: [{ wrong: '高新区', right: '高新技术产业开发区' }],
      },
      { file: 'kunming.json' },
    );
    expect(library.allow).toEqual(['滇池']);
    expect(library.require).toEqual([{ wrong: '高新区', right: '高新技术产业开发区' }]);
    expect(problems).toEqual([{ file: 'kunming.json', entry: 'allow[1]', reason: 'empty word' }]);
  });
});

describe('personal word list export', () => {
  it('writes an office library file that loads back without problems', () => {
    const file = wordListLibraryFile({
      allow: ['滇池', '抚仙湖', '滇池'],
      require: [{ wrong: '高新区', right: '高新技术产业开发区', note: '全称' }],
    });
    expect(file.allow).toHaveLength(2);
    const { library, problems } = loadLibrary(JSON.parse(JSON.stringify(file)), { file: 'x.json' });
    expect(problems).toEqual([]);
    expect(new Set(library.allow)).toEqual(new Set(['滇池', '抚仙湖']));
    expect(library.require).toEqual(file.require);
  });
});

describe('a rule that ships off', () => {
  const offRule = defineRule({
    id: 'typo/example-off',
    title: { zh: '示例', en: 'Example' },
    description: { zh: '示例', en: 'Example' },
    defaultSeverity: 'warning',
    enabledByDefault: false,
    fixable: false,
    messages: { m: { zh: '示例', en: 'Example' } },
    defaultOptions: {},
    check: () => [],
  });
  const ids = (config?: Parameters<typeof resolveRules>[1]) =>
    resolveRules([offRule], config).map((r) => `${r.rule.id} ${r.severity}`);

  it('runs only when named by its id, not by its category', () => {
    expect(ids()).toEqual([]);
    expect(ids({ rules: { typo: 'error' } })).toEqual([]);
    expect(ids({ rules: { 'typo/example-off': 'info' } })).toEqual(['typo/example-off info']);
  });
});
