/** Bad inputs, folders and globs: one line per bad input on stderr, exit 2, the others still checked. */
import { closeSync, openSync, ftruncateSync, mkdirSync } from 'node:fs';
import { Scratch, assertBuilt, parseJson } from './helpers';

const SPEECH = [
  '同志们：',
  '全年城镇新增就业XX万人，城镇调查失业率控制在5.5%以内。',
  '谢谢大家！',
].join('\n');
const CLEAN = [
  '同志们：',
  '全年城镇新增就业1.1万人，城镇调查失业率控制在5.5%以内。',
  '谢谢大家！',
].join('\n');

interface JsonReport {
  files: { path: string; findings: { rule: string }[] }[];
}

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch({
    'good.txt': SPEECH,
    'empty.txt': '',
    'photo.txt': new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
    'old.doc': 'not checked',
    'broken.docx': '这不是一个 zip 文件',
    'speeches/2024/opening.txt': CLEAN,
    'speeches/2024/closing.md': SPEECH,
    'speeches/2024/~$opening.docx': 'Word lock file',
    'speeches/notes.pdf': 'ignored',
    'speeches/.hidden/draft.txt': SPEECH,
  });
  mkdirSync(scratch.path('empty-folder'));
  // A sparse 50 MB file: the size check must refuse it before reading it.
  const fd = openSync(scratch.path('huge.txt'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
});
afterAll(() => scratch.remove());

function checkJson(...inputs: string[]): {
  code: number | null;
  report: JsonReport;
  errors: string[];
} {
  const result = scratch.run(['check', '--format', 'json', ...inputs]);
  const errors = result.stderr.split('\n').filter((line) => line !== '');
  return { code: result.code, report: parseJson(result) as JsonReport, errors };
}

describe('bad inputs', () => {
  const cases: [string, string, RegExp][] = [
    ['a missing file', 'missing.txt', /^speechdesk: missing\.txt: 文件不存在$/],
    ['an empty file', 'empty.txt', /^speechdesk: empty\.txt: 文件是空的$/],
    [
      'a binary file named .txt',
      'photo.txt',
      /^speechdesk: photo\.txt: 看起来是二进制文件，不是文本$/,
    ],
    [
      'a 50 MB text',
      'huge.txt',
      /^speechdesk: huge\.txt: 文件有 50\.0 MB，超过文本文件 20\.0 MB 的上限；请拆分后再检查$/,
    ],
    [
      'an old .doc',
      'old.doc',
      /^speechdesk: old\.doc: 不支持旧版 \.doc\/\.wps 格式，请在 Word 或 WPS 中另存为 \.docx$/,
    ],
    [
      'a .docx that is not a zip',
      'broken.docx',
      /^speechdesk: broken\.docx: 不是 \.docx 文件（不是 zip 压缩包）$/m,
    ],
    [
      'a folder without speeches',
      'empty-folder',
      /^speechdesk: empty-folder: 文件夹里没有 .*\.docx .*\.txt .*文件$/,
    ],
    [
      'a glob that matches nothing',
      'drafts/*.txt',
      /^speechdesk: drafts\/\*\.txt: 没有匹配的文件$/,
    ],
  ];

  it.each(cases)(
    '%s: one line on stderr, exit 2, the good file still checked',
    (_name, input, line) => {
      const { code, report, errors } = checkJson(input, 'good.txt');
      expect(code).toBe(2);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(line);
      expect(report.files.map((f) => f.path)).toEqual(['good.txt']);
      expect(report.files[0]!.findings.map((f) => f.rule)).toContain('placeholder/number');
    },
  );

  it('prints no stack trace unless --debug', () => {
    const result = scratch.run(['check', 'missing.txt']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports several bad files, one line each, in order', () => {
    const { code, errors } = checkJson('missing.txt', 'empty.txt', 'good.txt', 'photo.txt');
    expect(code).toBe(2);
    expect(errors.map((e) => e.split(':')[1]!.trim())).toEqual([
      'missing.txt',
      'empty.txt',
      'photo.txt',
    ]);
  });

  it('says in English what is wrong with --lang en-US', () => {
    const result = scratch.run(['check', '--lang', 'en-US', 'huge.txt']);
    expect(result.stderr).toBe(
      'speechdesk: huge.txt: file is 50.0 MB, over the 20.0 MB limit for text files; split it first\n',
    );
  });
});

describe('folders and globs', () => {
  it('recurses into folders for .docx .txt .md, skipping Word lock files, hidden folders and other types', () => {
    const { code, report, errors } = checkJson('speeches');
    expect(errors).toEqual([]);
    expect(code).toBe(1);
    expect(report.files.map((f) => f.path)).toEqual([
      'speeches/2024/closing.md',
      'speeches/2024/opening.txt',
    ]);
  });

  it('expands globs and checks each file once', () => {
    const { report } = checkJson('speeches/**/*.txt', 'speeches/2024/opening.txt');
    expect(report.files.map((f) => f.path)).toEqual(['speeches/2024/opening.txt']);
  });
});
