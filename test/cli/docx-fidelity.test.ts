/** Issue 14 through the CLI: the bytes decide the format, and inspect shows what is not checked. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { storiesOutsideBody, tocField } from '../docx/fixtures';
import { Scratch, assertBuilt, parseJson } from './helpers';

interface Inspected {
  paragraphs: Record<string, unknown>[];
  stories?: Record<string, unknown>[];
}

let scratch: Scratch;
let stories: Uint8Array;
beforeAll(async () => {
  assertBuilt();
  stories = await storiesOutsideBody.bytes();
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = 'WordDocument';
  for (let i = 0; i < name.length; i++) ole[512 + i * 2] = name.charCodeAt(i);
  scratch = new Scratch({
    'renamed.doc': stories,
    'legacy.docx': ole,
    'stories.docx': stories,
    'toc.docx': await tocField.bytes(),
  });
});
afterAll(() => scratch.remove());

describe('the bytes decide the format (6)', () => {
  it('checks a .docx named .doc as the .docx it is', () => {
    const result = scratch.run(['check', '--format', 'json', 'renamed.doc']);
    expect(result.code).toBe(1);
    const report = parseJson(result) as { files: { findings: { text: string }[] }[] };
    expect(report.files[0]!.findings.map((finding) => finding.text)).toContain('XX');
  });

  it('calls an OLE file named .docx a legacy .doc', () => {
    const result = scratch.run(['check', 'legacy.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'speechdesk: legacy.docx: 这是旧版 Word 97-2003 .doc 文件，请先另存为 .docx\n',
    );
  });

  it('annotates a .docx named .doc into a .docx', async () => {
    const result = scratch.run(['annotate', 'renamed.doc', '-o', 'renamed-checked.docx']);
    expect(result.code).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(scratch.path('renamed-checked.docx')));
    expect(await zip.file('word/comments.xml')!.async('string')).toContain('XX');
  });
});

describe('what inspect and annotate say about the rest of the file (7, 9)', () => {
  it('lists the stories after the body in JSON, body indices unchanged', () => {
    const inspected = parseJson(
      scratch.run(['inspect', 'stories.docx', '--format', 'json']),
    ) as Inspected;
    expect(inspected.paragraphs.map((p) => p.index)).toEqual([0, 1]);
    expect(inspected.stories).toEqual([
      { index: 0, story: 'textbox', part: 'word/document.xml', text: '框内：第一季度完成XX项' },
      {
        index: 1,
        story: 'footnote',
        part: 'word/footnotes.xml',
        id: '1',
        text: ' 数据来源：县统计局。',
      },
      {
        index: 2,
        story: 'endnote',
        part: 'word/endnotes.xml',
        id: '1',
        text: ' 见县委办公室文件。',
      },
      { index: 3, story: 'header', part: 'word/header1.xml', text: '县政府办公室' },
      { index: 4, story: 'footer', part: 'word/footer1.xml', text: '内部资料　注意保存' },
      { index: 5, story: 'comment', part: 'word/comments.xml', id: '0', text: '请核实乡镇数量' },
    ]);
  });

  it('says in the listing and after annotating what was read but not checked', () => {
    const listing = scratch.run(['inspect', 'stories.docx']).stdout;
    expect(listing).toContain('[脚注 1 · word/footnotes.xml]  数据来源：县统计局。');
    expect(listing).toContain(
      '未检查：文本框 1 段、脚注 1 段、尾注 1 段、页眉 1 段、页脚 1 段、批注 1 段',
    );
    const annotated = scratch.run(['annotate', 'stories.docx', '-o', 'stories-checked.docx']);
    expect(annotated.stderr).toContain('未检查：文本框 1 段、脚注 1 段');
    const checked = scratch.run(['check', 'stories.docx', '--format', 'text', '--no-color']);
    expect(checked.stdout).toContain(
      '未检查：文本框 1 段、脚注 1 段、尾注 1 段、页眉 1 段、页脚 1 段、批注 1 段',
    );
  });

  it('marks TOC entries as field results, with the text Word shows', () => {
    const inspected = parseJson(
      scratch.run(['inspect', 'toc.docx', '--format', 'json']),
    ) as Inspected;
    expect(inspected.paragraphs[2]).toEqual({
      index: 2,
      text: '',
      fieldResult: { field: 'TOC', text: '二、主要任务\t2' },
    });
    expect(inspected.paragraphs[7]).toMatchObject({ listLabel: '二、', text: '主要任务' });
    expect(scratch.run(['inspect', 'toc.docx']).stdout).toContain('未检查：目录等域结果 3 段');
  });
});
