/** `speechdesk check`: exit codes, the JSON contract of RULES.md, text output, --rule and --config. */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { BIN, GB18030_SPEECH, Scratch, assertBuilt, parseJson } from './helpers';

// A short speech with one unfilled number (placeholder/number, an error) in paragraph 2.
const WITH_PLACEHOLDER = [
  '在2024年全县就业工作推进会上的讲话',
  '同志们：',
  '今年以来，全县新增城镇就业XX万人，完成年度目标的六成。',
  '谢谢大家！',
].join('\n');

const CLEAN = [
  '同志们：',
  '今年以来，全县新增城镇就业1.2万人，完成年度目标的六成。',
  '谢谢大家！',
].join('\n');

interface JsonReport {
  version: number;
  files: {
    path: string;
    speechDate: string;
    speechDateSource: string;
    paragraphs: number;
    findings: Record<string, unknown>[];
  }[];
}

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch({
    'speech.txt': WITH_PLACEHOLDER,
    'clean.txt': CLEAN,
    'gbk.txt': GB18030_SPEECH,
    'crlf.txt': WITH_PLACEHOLDER.replace(/\n/g, '\r\n'),
  });
});
afterAll(() => scratch.remove());

describe('exit codes', () => {
  it('is 0 without findings of severity error', () => {
    const result = scratch.run(['check', 'clean.txt']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('is 1 when some finding is an error', () => {
    expect(scratch.run(['check', 'speech.txt']).code).toBe(1);
  });

  it('is 0 again when the rule that found the error is turned off', () => {
    expect(scratch.run(['check', '--rule', 'placeholder/number=off', 'speech.txt']).code).toBe(0);
  });

  it('is 2 for a usage mistake, with one line saying what is wrong', () => {
    const result = scratch.run(['check', '--rule', 'placeholdr=off', 'speech.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('unknown rule or category "placeholdr"');
    expect(result.stdout).toBe('');
  });

  it('is 2 for a date that is not a calendar date', () => {
    const result = scratch.run(['check', '--date', '2024-02-30', 'speech.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^speechdesk: --date: .*2024-02-30/);
  });
});

describe('--format json', () => {
  it('prints exactly the RULES.md shape', () => {
    const result = scratch.run(['check', '--format', 'json', '--date', '2024-05-10', 'speech.txt']);
    const report = parseJson(result) as JsonReport;
    expect(Object.keys(report)).toEqual(['version', 'files']);
    expect(report.version).toBe(1);
    const [file] = report.files;
    expect(Object.keys(file!)).toEqual([
      'path',
      'speechDate',
      'speechDateSource',
      'paragraphs',
      'findings',
    ]);
    expect(file).toMatchObject({
      path: 'speech.txt',
      speechDate: '2024-05-10',
      speechDateSource: 'option',
      paragraphs: 4,
    });
    const placeholder = file!.findings.find((f) => f.rule === 'placeholder/number');
    expect(placeholder).toMatchObject({
      severity: 'error',
      paragraph: 2,
      offset: 13,
      length: 2,
      text: 'XX',
    });
    const allowed = ['rule', 'severity', 'paragraph', 'offset', 'length', 'text', 'message', 'fix'];
    for (const finding of file!.findings) {
      expect(Object.keys(finding).every((key) => allowed.includes(key))).toBe(true);
      expect(typeof finding.message).toBe('string');
    }
  });

  it('takes the speech date from the document title when --date is absent', () => {
    const report = parseJson(
      scratch.run(['check', '--format', 'json', 'speech.txt']),
    ) as JsonReport;
    expect(report.files[0]).toMatchObject({
      speechDate: '2024-01-01',
      speechDateSource: 'document',
    });
  });

  it('drops the \\r of CRLF lines, so offsets are the same as with LF', () => {
    const lf = parseJson(scratch.run(['check', '--format', 'json', 'speech.txt'])) as JsonReport;
    const crlf = parseJson(scratch.run(['check', '--format', 'json', 'crlf.txt'])) as JsonReport;
    expect(crlf.files[0]!.findings).toEqual(lf.files[0]!.findings);
  });

  it('checks a GB18030 file like a UTF-8 one', () => {
    const report = parseJson(scratch.run(['check', '--format', 'json', 'gbk.txt'])) as JsonReport;
    expect(report.files[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'placeholder/number', paragraph: 1, text: 'XX' }),
    );
  });

  it('gives the same output for the same input', () => {
    const first = scratch.run(['check', '--format', 'json', 'speech.txt', 'gbk.txt']);
    const second = scratch.run(['check', '--format', 'json', 'speech.txt', 'gbk.txt']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('speaks English with --lang en-US', () => {
    const zh = parseJson(scratch.run(['check', '--format', 'json', 'speech.txt'])) as JsonReport;
    const en = parseJson(
      scratch.run(['check', '--format', 'json', '--lang', 'en-US', 'speech.txt']),
    ) as JsonReport;
    const message = (r: JsonReport): string =>
      String(r.files[0]!.findings.find((f) => f.rule === 'placeholder/number')!.message);
    expect(message(zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(message(en)).toMatch(/^[\x20-\x7e“”‘’…]*$/);
  });
});

describe('text output', () => {
  it('prints file:line:col, severity, rule id, message and the excerpt with the flagged part', () => {
    const result = scratch.run(['check', 'speech.txt']);
    const line = result.stdout.split('\n').find((l) => l.includes('placeholder/number'));
    expect(line).toMatch(/^speech\.txt:3:14 {2}错误 {2}placeholder\/number {2}\S/);
    expect(result.stdout).toContain('全县新增城镇就业〖XX〗万人');
  });

  it('says which encoding and which speech date were used', () => {
    const result = scratch.run(['check', 'gbk.txt', '--date', '2024-03-01']);
    expect(result.stdout).toContain('编码 gb18030');
    expect(result.stdout).toContain('讲话日期 2024-03-01（来自 --date）');
  });

  it('has no colour codes when stdout is not a terminal', () => {
    expect(scratch.run(['check', 'speech.txt']).stdout).not.toContain('\u001b[');
  });

  it('colours when asked to by FORCE_COLOR, and --no-color wins over it', () => {
    expect(scratch.run(['check', 'speech.txt'], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(
      scratch.run(['check', '--no-color', 'speech.txt'], { FORCE_COLOR: '1' }).stdout,
    ).not.toContain('\u001b[');
  });

  it('ends with a summary, and a table per file when there are several', () => {
    const result = scratch.run(['check', 'speech.txt', 'clean.txt', 'gbk.txt']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(
      /^检查了 3 个文件，共 \d+ 个问题（错误 \d+，警告 \d+，提示 \d+）$/,
    );
    expect(result.stdout).toMatch(/错误 +警告 +提示 +编码 +文件/);
    expect(result.stdout).toMatch(/ 0 +0 +0 +utf-8 +clean\.txt/);
    expect(result.stdout).toMatch(/gb18030 +gbk\.txt/);
  });

  it('writes the report to -o instead of stdout', () => {
    const result = scratch.run(['check', '--format', 'json', '-o', 'report.json', 'speech.txt']);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(scratch.path('report.json'), 'utf8')) as JsonReport;
    expect(report.files[0]!.path).toBe('speech.txt');
  });

  it('fails with exit 2 and one line when -o cannot be written', () => {
    const result = scratch.run(['check', '-o', 'no-such-folder/report.txt', 'speech.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^speechdesk: -o no-such-folder\/report\.txt: cannot write \(ENOENT\)\n$/,
    );
  });
});

describe('a reader that goes away', () => {
  it('stops quietly when stdout is closed early (`speechdesk check … | head`)', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `第${i + 1}项任务：新增就业XX万人。`).join(
      '\n',
    );
    scratch.write('long.txt', long);
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" check long.txt | head -c 10`],
      {
        cwd: scratch.dir,
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe('');
  });
});
