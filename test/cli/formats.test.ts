/** SARIF 2.1.0 and the self-contained HTML report. */
import { readFileSync } from 'node:fs';
import { Scratch, assertBuilt, parseJson } from './helpers';

const SPEECH = [
  '在2024年全市人社工作会议上的讲话',
  '同志们：',
  '一、稳定就业',
  '全年新增就业XX万人。',
  '二、完善社保',
  '养老保险参保人数达到86万人。',
].join('\n');

// A document that tries to inject markup: it must come out as text.
const HOSTILE = [
  '同志们：',
  '一、<script>alert("x")</script>要抓好就业',
  '全年新增就业XX万人，<img src="https://evil.example/x.png" onerror="alert(1)">。',
].join('\n');

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch({ 'speech.txt': SPEECH, 'hostile.txt': HOSTILE, '讲话 稿.txt': SPEECH });
});
afterAll(() => scratch.remove());

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endColumn: number };
    };
  }[];
  properties: { paragraph: number; offset: number; length: number };
}
interface Sarif {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
    columnKind: string;
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { message: { text: string } }[];
    }[];
    results: SarifResult[];
  }[];
}

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with the rule ids, levels, regions and the paragraph/offset', () => {
    const result = scratch.run([
      'check',
      '--format',
      'sarif',
      '--date',
      '2024-03-01',
      'speech.txt',
      '讲话 稿.txt',
    ]);
    expect(result.code).toBe(1);
    const sarif = parseJson(result) as Sarif;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toContain('sarif-2.1.0');
    const [run] = sarif.runs;
    expect(run!.tool.driver.name).toBe('speechdesk');
    expect(run!.columnKind).toBe('utf16CodeUnits');
    const ruleIds = run!.tool.driver.rules.map((r) => r.id);
    expect(ruleIds).toContain('placeholder/number');
    expect(run!.tool.driver.rules.every((r) => r.shortDescription.text.length > 0)).toBe(true);

    const placeholder = run!.results.find(
      (r) =>
        r.ruleId === 'placeholder/number' &&
        r.locations[0]!.physicalLocation.artifactLocation.uri === 'speech.txt',
    );
    expect(placeholder).toMatchObject({
      level: 'error',
      properties: { paragraph: 3, offset: 6, length: 2 },
      locations: [{ physicalLocation: { region: { startLine: 4, startColumn: 7, endColumn: 9 } } }],
    });
    expect(ruleIds[placeholder!.ruleIndex]).toBe('placeholder/number');
    // File names are URIs: spaces and Chinese characters are percent-encoded.
    const uris = run!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('%E8%AE%B2%E8%AF%9D%20%E7%A8%BF.txt');
    expect(run!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('records unreadable inputs as tool notifications', () => {
    const result = scratch.run(['check', '--format', 'sarif', 'speech.txt', 'missing.txt']);
    expect(result.code).toBe(2);
    const invocation = (parseJson(result) as Sarif).runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      '文件不存在',
    ]);
  });
});

describe('--format html', () => {
  function report(...inputs: string[]): string {
    const result = scratch.run([
      'check',
      '--format',
      'html',
      '-o',
      'report.html',
      '--date',
      '2024-03-01',
      ...inputs,
    ]);
    expect(result.stdout).toBe('');
    return readFileSync(scratch.path('report.html'), 'utf8');
  }

  it('is one self-contained page: inline CSS, no script, nothing fetched from elsewhere', () => {
    const html = report('speech.txt', 'hostile.txt');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*"(?!#)/i);
    expect(html).not.toMatch(/url\(/i);
  });

  it('escapes every string from the document', () => {
    const html = report('hostile.txt');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=&quot;https://evil.example/x.png&quot;');
    expect(html).not.toContain('<img');
  });

  it('shows counts, the heading outline with problems marked, and each finding in context', () => {
    const html = report('speech.txt');
    expect(html).toContain('<h2>speech.txt</h2>');
    expect(html).toMatch(/<span class="sev sev-error">错误<\/span>[1-9]/);
    expect(html).toContain('占位符未填 (placeholder)');
    expect(html).toMatch(/<li class="lv1">.*一、稳定就业.*本节 1 处/);
    expect(html).toContain('全年新增就业<mark>XX</mark>万人。');
    expect(html).toContain('第4段 第7字');
  });

  it('lists the files that could not be read', () => {
    const html = report('speech.txt', 'missing.txt');
    expect(html).toContain('无法读取的文件');
    expect(html).toContain('<li>missing.txt：文件不存在</li>');
  });
});
