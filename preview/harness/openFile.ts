/**
 * The preview's "open a speech" button: .txt/.md decoded as the CLI does (UTF-8, UTF-16 with a
 * BOM, or GB18030/GBK from older Windows tools), .docx read by the project's own reader (styles
 * and automatic list numbers kept). A file that cannot be read says why instead of showing
 * mojibake and then "no problems".
 */
import { decodeText } from '../../src/cli/decode';
import { documentFromText } from '../../src/core';
import { readDocx } from '../../src/docx';
import type { StandinParagraph } from '../standin';

export type Opened =
  { ok: true; paragraphs: StandinParagraph[]; note: string } | { ok: false; message: string };

export async function openSpeechFile(name: string, bytes: Uint8Array): Promise<Opened> {
  if (/\.docx$/iu.test(name)) {
    try {
      const read = await readDocx(bytes, { path: name });
      const paragraphs = read.doc.paragraphs.map((p) => ({
        text: p.text,
        ...(p.style !== undefined ? { style: p.style } : {}),
        ...(p.listLabel !== undefined ? { listLabel: p.listLabel } : {}),
        ...(p.listLevel !== undefined ? { listLevel: p.listLevel } : {}),
      }));
      return { ok: true, paragraphs, note: `${name}（.docx，${paragraphs.length} 段）` };
    } catch (error) {
      return { ok: false, message: `无法打开 ${name}：${(error as Error).message}` };
    }
  }
  if (/\.(?:doc|wps|pdf)$/iu.test(name))
    return { ok: false, message: `无法打开 ${name}：请另存为 .docx 或 .txt 后再打开。` };
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      message: `无法打开 ${name}：${decoded.reason === 'binary' ? '这不是文本文件' : '无法识别文字编码'}（支持 UTF-8、GBK/GB18030 的 .txt 和 .docx）。`,
    };
  const paragraphs = documentFromText(decoded.text).paragraphs.map((p) => ({ text: p.text }));
  return { ok: true, paragraphs, note: `${name}（${decoded.encoding}，${paragraphs.length} 段）` };
}
