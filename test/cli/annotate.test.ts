/** `speechdesk annotate`: never touches the input, never overwrites without --force. */
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { Scratch, assertBuilt } from './helpers';

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch({
    'speech.docx': 'placeholder bytes: the guards run before the file is read',
    'old.docx': 'old',
  });
});
afterAll(() => scratch.remove());

describe('annotate guards', () => {
  it('needs -o', () => {
    const result = scratch.run(['annotate', 'speech.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'speechdesk: annotate needs -o <out.docx>; the input is never modified\n',
    );
  });

  it('refuses to write over its input', () => {
    const result = scratch.run(['annotate', 'speech.docx', '-o', './speech.docx', '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the input is never modified');
    expect(readFileSync(scratch.path('speech.docx'), 'utf8')).toContain('placeholder bytes');
  });

  it('does not overwrite an existing output without --force', () => {
    const result = scratch.run(['annotate', 'speech.docx', '-o', 'old.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'speechdesk: old.docx already exists; use --force to overwrite it\n',
    );
    expect(readFileSync(scratch.path('old.docx'), 'utf8')).toBe('old');
  });

  it('reads and writes only .docx', () => {
    const result = scratch.run(['annotate', 'speech.txt', '-o', 'out.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('speechdesk: annotate reads and writes .docx files\n');
  });

  it('reports an unreadable input in one line and writes nothing', () => {
    const result = scratch.run(['annotate', 'speech.docx', '-o', 'new.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^speechdesk: speech\.docx: 不是 \.docx 文件（不是 zip 压缩包）\n$/,
    );
    expect(() => readFileSync(scratch.path('new.docx'))).toThrow();
  });
});

describe('annotate', () => {
  let docx: Buffer;
  beforeAll(async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('在2024年全县就业工作推进会上的讲话'),
            new Paragraph('同志们：'),
            new Paragraph('今年全县新增城镇就业XX万人，完成年度目标的六成。'),
          ],
        },
      ],
    });
    docx = await Packer.toBuffer(doc);
    scratch.write('real.docx', docx);
  });

  async function comments(file: string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(scratch.path(file)));
    return (await zip.file('word/comments.xml')?.async('string')) ?? '';
  }

  it('writes a copy with the findings as Word comments and leaves the input as it was', async () => {
    const result = scratch.run(['annotate', 'real.docx', '-o', 'real-checked.docx', '--highlight']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/→ real-checked\.docx\n$/);
    expect(readFileSync(scratch.path('real.docx')).equals(docx)).toBe(true);
    expect(await comments('real-checked.docx')).toContain('“XX”是未填写的占位符');
  });

  it('overwrites an existing output with --force', async () => {
    scratch.write('again.docx', 'an older copy');
    const result = scratch.run(['annotate', 'real.docx', '-o', 'again.docx', '--force']);
    expect(result.code).toBe(1);
    expect(await comments('again.docx')).toContain('XX');
  });
});
