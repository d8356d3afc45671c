/** Turns one input file into the SpeechDocument the engine checks, or an InputError. */
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { documentFromText, type MetadataDate, type SpeechDocument } from '../core';
import { decodeText } from './decode';
import { InputError } from './inputError';

export interface LoadedSpeech {
  path: string;
  /** How the bytes were decoded: utf-8, utf-8 (BOM), gb18030…; .docx XML is always utf-8. */
  encoding: string;
  doc: SpeechDocument;
  /** Dates a .docx carries outside its text, for the speech date. */
  metadataDates?: MetadataDate[];
  /** What a .docx holds besides the checked body text (shown by inspect, not checked). */
  docx?: DocxOutsideBody;
}

/** A .docx's text outside the checked body: regenerated field results and other stories. */
export interface DocxOutsideBody {
  /** Body paragraphs whose text is a TOC/INDEX/TOA result: kept in place with empty text. */
  fieldResults: { paragraph: number; field: string; text: string }[];
  /** Text boxes, footnotes, endnotes, headers, footers, comments, in that order. */
  stories: { story: string; part: string; id?: string; text: string }[];
}

export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
export const SUPPORTED_EXTENSIONS = ['.docx', ...TEXT_EXTENSIONS];

/** A 20 MB text is ~7 million Chinese characters, about 1,000 long speeches: surely a mistake. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** .docx files carry images; the text inside is small even when the file is not. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function kindOf(path: string): 'docx' | 'text' | 'doc' | 'other' {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  if (ext === '.doc' || ext === '.wps') return 'doc';
  return 'other';
}

async function statFile(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError(path, { zh: '文件不存在', en: 'no such file' });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new InputError(path, { zh: '没有读取权限', en: 'permission denied' });
    }
    throw new InputError(path, {
      zh: `无法读取（${code ?? 'unknown'}）`,
      en: `cannot read (${code ?? 'unknown'})`,
    });
  }
  if (info.isDirectory()) {
    throw new InputError(path, { zh: '这是一个文件夹，不是文件', en: 'is a folder, not a file' });
  }
  if (!info.isFile()) throw new InputError(path, { zh: '不是普通文件', en: 'not a regular file' });
  return info.size;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new InputError(path, { zh: `无法读取（${code}）`, en: `cannot read (${code})` });
  }
}

async function readText(path: string, size: number): Promise<LoadedSpeech> {
  if (size > MAX_TEXT_BYTES) {
    throw new InputError(path, {
      zh: `文件有 ${megabytes(size)} MB，超过文本文件 ${megabytes(MAX_TEXT_BYTES)} MB 的上限；请拆分后再检查`,
      en: `file is ${megabytes(size)} MB, over the ${megabytes(MAX_TEXT_BYTES)} MB limit for text files; split it first`,
    });
  }
  const bytes = await readBytes(path);
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    throw new InputError(
      path,
      decoded.reason === 'binary'
        ? { zh: '看起来是二进制文件，不是文本', en: 'looks like a binary file, not text' }
        : {
            zh: '既不是 UTF-8 也不是 GB18030/GBK 编码的文本',
            en: 'is neither UTF-8 nor GB18030/GBK text',
          },
    );
  }
  return { path, encoding: decoded.encoding, doc: documentFromText(decoded.text) };
}

async function readDocx(path: string, size: number): Promise<LoadedSpeech> {
  if (size > MAX_DOCX_BYTES) {
    throw new InputError(path, {
      zh: `文件有 ${megabytes(size)} MB，超过 .docx 文件 ${megabytes(MAX_DOCX_BYTES)} MB 的上限`,
      en: `file is ${megabytes(size)} MB, over the ${megabytes(MAX_DOCX_BYTES)} MB limit for .docx files`,
    });
  }
  const bytes = await readBytes(path);
  // Loaded on demand: the .docx host is a separate file in the bundle (see scripts/build-cli.mjs).
  const { DocxUnavailableError, isDocxError, readDocxDocument } = await import('./docxAdapter');
  try {
    return { path, encoding: 'utf-8', ...(await readDocxDocument(bytes, path)) };
  } catch (error) {
    if (error instanceof DocxUnavailableError) {
      throw new InputError(path, {
        zh: '此版本尚不支持 .docx',
        en: '.docx is not supported in this build',
      });
    }
    if (isDocxError(error)) {
      throw new InputError(path, {
        zh: error.zh,
        en: error.message,
      });
    }
    throw error;
  }
}

/** What the first bytes say, whatever the name: a zip (a .docx package), an OLE file, or neither. */
async function sniff(path: string): Promise<'zip' | 'ole' | 'other'> {
  let head: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      head = new Uint8Array(8);
      const { bytesRead } = await handle.read(head, 0, 8, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return 'other';
  }
  const starts = (signature: number[]): boolean => signature.every((byte, i) => head[i] === byte);
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0x50, 0x4b, 0x05, 0x06])) return 'zip';
  return 'other';
}

export async function readSpeech(path: string): Promise<LoadedSpeech> {
  const size = await statFile(path);
  const extensionKind = kindOf(path);
  // The bytes decide, not the name: a .docx saved as .doc is still a package, and an OLE file
  // named .docx is a legacy or encrypted document (the .docx reader says which).
  const container = size === 0 ? 'other' : await sniff(path);
  const kind =
    container === 'zip'
      ? 'docx'
      : container === 'ole' && extensionKind !== 'doc'
        ? 'docx'
        : extensionKind;
  if (kind === 'doc') {
    throw new InputError(path, {
      zh: '不支持旧版 .doc/.wps 格式，请在 Word 或 WPS 中另存为 .docx',
      en: 'old .doc/.wps files are not supported; save as .docx in Word or WPS',
    });
  }
  if (kind === 'other') {
    throw new InputError(path, {
      zh: `不支持的文件类型（支持 ${SUPPORTED_EXTENSIONS.join(' ')}）`,
      en: `unsupported file type (supported: ${SUPPORTED_EXTENSIONS.join(' ')})`,
    });
  }
  if (size === 0) throw new InputError(path, { zh: '文件是空的', en: 'file is empty' });
  return kind === 'docx' ? readDocx(path, size) : readText(path, size);
}
