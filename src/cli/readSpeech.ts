/** Turns one input file into the SpeechDocument the engine checks, or an InputError. */
import { readFile, stat } from 'node:fs/promises';
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

export async function readSpeech(path: string): Promise<LoadedSpeech> {
  const size = await statFile(path);
  const kind = kindOf(path);
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
