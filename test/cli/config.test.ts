/** --config and --rule: rule settings by id or category, and office table entries (bad ones reported). */
import { Scratch, assertBuilt, parseJson } from './helpers';

// 全X is a blank place name (placeholder/name); XX万人 a blank number (placeholder/number).
const SPEECH = [
  '同志们：',
  '过去一年，全X人社系统攻坚克难，全年新增就业XX万人。',
  '谢谢大家！',
].join('\n');

interface JsonReport {
  files: { findings: { rule: string; severity: string }[] }[];
}

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch({
    'speech.txt': SPEECH,
    'warn.json': JSON.stringify({ rules: { placeholder: 'warning' } }),
    'office.json': JSON.stringify({
      tables: {
        'placeholder-exceptions': [
          { text: 'XX万人', note: '本单位模板约定：XX万人 在这里是示例写法' },
          { text: '', note: '空的例外' },
        ],
      },
    }),
    'unknown-table.json': JSON.stringify({ tables: { 'no-such-table': [] } }),
    'broken.json': '{ "rules": ',
    // 全X is this office's own abbreviation here; 新增就业 is to be written 新增城镇就业.
    'words.json': JSON.stringify({
      allow: ['全X', 42],
      require: [
        { wrong: '新增就业', right: '新增城镇就业', note: '统计口径' },
        { wrong: '谢谢', right: '谢谢' },
      ],
    }),
  });
});
afterAll(() => scratch.remove());

function findings(...args: string[]): {
  code: number | null;
  found: { rule: string; severity: string }[];
  stderr: string;
} {
  const result = scratch.run(['check', '--format', 'json', ...args, 'speech.txt']);
  const report = parseJson(result) as JsonReport;
  return { code: result.code, found: report.files[0]!.findings, stderr: result.stderr };
}

const placeholders = (found: { rule: string; severity: string }[]): string[] =>
  found.filter((f) => f.rule.startsWith('placeholder/')).map((f) => `${f.rule} ${f.severity}`);

describe('--rule', () => {
  it('reports both placeholders as errors by default', () => {
    const { code, found } = findings();
    expect(code).toBe(1);
    expect(placeholders(found)).toEqual(['placeholder/name error', 'placeholder/number error']);
  });

  it('turns a whole category off', () => {
    expect(placeholders(findings('--rule', 'placeholder=off').found)).toEqual([]);
  });

  it('lets a rule id win over its category, whatever the order of the flags', () => {
    const { found } = findings(
      '--rule',
      'placeholder/number=info',
      '--rule',
      'placeholder=warning',
    );
    expect(placeholders(found)).toEqual(['placeholder/name warning', 'placeholder/number info']);
  });

  it('refuses a malformed setting', () => {
    const result = scratch.run(['check', '--rule', 'placeholder:off', 'speech.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--rule "placeholder:off": expected <rule id or category>=off|error|warning|info',
    );
  });
});

describe('--config', () => {
  it('applies rule settings from the file, and --rule overrides them', () => {
    expect(placeholders(findings('--config', 'warn.json').found)).toEqual([
      'placeholder/name warning',
      'placeholder/number warning',
    ]);
    expect(findings('--config', 'warn.json').code).toBe(0);
    const { found } = findings('--config', 'warn.json', '--rule', 'placeholder/name=error');
    expect(placeholders(found)).toEqual(['placeholder/name error', 'placeholder/number warning']);
  });

  it('loads the good table entries and reports the bad one with file, entry and reason', () => {
    const { found, stderr } = findings('--config', 'office.json');
    expect(placeholders(found)).toEqual(['placeholder/name error']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^speechdesk: office\.json: table "placeholder-exceptions", entry 1: text: /,
    );
  });

  it('names an unknown table and the known ones', () => {
    const { stderr } = findings('--config', 'unknown-table.json');
    expect(stderr).toMatch(
      /unknown-table\.json: table "no-such-table", file: unknown table; known tables: .*placeholder-exceptions/,
    );
  });

  it('stops with exit 2 on a config file that is not JSON', () => {
    const result = scratch.run(['check', '--config', 'broken.json', 'speech.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^speechdesk: --config broken\.json: not valid JSON/);
    expect(result.stdout).toBe('');
  });
});

describe('--config allow and require', () => {
  it('drops findings inside allowed words, enforces require pairs, and reports bad entries', () => {
    const { found, stderr } = findings('--config', 'words.json');
    expect(found.map((f) => f.rule).filter((r) => r !== 'placeholder/number')).toEqual([
      'term/office',
    ]);
    expect(stderr.trim().split('\n')).toEqual([
      'speechdesk: words.json: allow[1]: expected a string',
      'speechdesk: words.json: require[1]: wrong and right are the same',
    ]);
  });
});
