/** The preview's file input: GBK text and .docx are read the way the CLI reads them. */
import { openSpeechFile } from '../../preview/harness/openFile';
import { p, rawDocx } from '../docx/helpers';

// 同志们：\r\n讲话 in GBK (two bytes per character), as an older Windows editor saves it.
const GBK = Uint8Array.from([
  0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba, 0x0d, 0x0a, 0xbd, 0xb2, 0xbb, 0xb0,
]);

test('a GBK .txt opens as Chinese text, not mojibake', async () => {
  const opened = await openSpeechFile('讲话稿.txt', GBK);
  expect(opened).toEqual({
    ok: true,
    paragraphs: [{ text: '同志们：' }, { text: '讲话' }],
    note: '讲话稿.txt（gb18030，2 段）',
  });
});

test('a .docx opens through the project reader', async () => {
  const bytes = await rawDocx({
    body: p('在全县工作会议上的讲话') + p('一、总体要求', '<w:pStyle w:val="Heading1"/>'),
  });
  const opened = await openSpeechFile('讲话稿.docx', bytes);
  if (!opened.ok) throw new Error(opened.message);
  expect(opened.paragraphs.map((x) => x.text)).toEqual(['在全县工作会议上的讲话', '一、总体要求']);
});

test('a file that is not a speech says why', async () => {
  const broken = await openSpeechFile('讲话稿.docx', Uint8Array.from([1, 2, 3]));
  expect(broken.ok).toBe(false);
  expect(await openSpeechFile('旧稿.doc', Uint8Array.from([0xd0, 0xcf]))).toEqual({
    ok: false,
    message: '无法打开 旧稿.doc：请另存为 .docx 或 .txt 后再打开。',
  });
});
