/**
 * Opens a .docx zip package defensively: recognises OLE files (encrypted .docx, legacy .doc),
 * caps entry count and inflated size before and while inflating, and reads parts as text.
 */
import JSZip from 'jszip';
import { DocxError } from './errors';

export interface PackageLimits {
  /** Most entries a package may hold. */
  maxEntries: number;
  /** Most bytes all parts may inflate to, declared or actual. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * 1024 * 1024,
};

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];

/** The private part of JSZip's entry object that holds the sizes from the central directory. */
interface DeclaredSizes {
  _data?: { uncompressedSize?: number };
}

/** JSZip's internal stream: lets us stop inflating a part as soon as it passes the cap. */
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: Error) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  resume(): InternalStream;
  pause(): InternalStream;
}

/** What the first bytes say a file is, whatever its name: a zip package, an OLE file, or neither. */
export function sniffContainer(bytes: Uint8Array): 'zip' | 'ole' | 'other' {
  if (startsWith(bytes, OLE_SIGNATURE)) return 'ole';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'zip';
  return 'other';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Finds a UTF-16LE stream name in an OLE directory without parsing the compound file. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first!);
    i !== -1 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function oleError(bytes: Uint8Array): DocxError {
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
    return new DocxError(
      'the .docx is password-protected or encrypted; save an unprotected copy and check that',
      '文件设有密码或已加密，请另存一份不加密的副本再检查',
    );
  }
  if (containsUtf16(bytes, 'WordDocument')) {
    return new DocxError(
      'this is a legacy Word 97-2003 .doc file, not .docx; save it as .docx first',
      '这是旧版 Word 97-2003 .doc 文件，请先另存为 .docx',
    );
  }
  return new DocxError(
    'this is an OLE compound file, not a .docx (password-protected or encrypted, or a legacy .doc)',
    '这是 OLE 复合文件，不是 .docx（可能设有密码或已加密，或是旧版 .doc）',
  );
}

export class DocxPackage {
  private inflated = 0;

  private constructor(
    private readonly zip: JSZip,
    private readonly limits: PackageLimits,
  ) {}

  static async open(
    bytes: Uint8Array,
    limits: PackageLimits = DEFAULT_LIMITS,
  ): Promise<DocxPackage> {
    if (bytes.length === 0)
      throw new DocxError('the file is empty, not a .docx', '文件为空，不是 .docx 文件');
    if (startsWith(bytes, OLE_SIGNATURE)) throw oleError(bytes);
    if (!ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
      throw new DocxError(
        'not a .docx file (not a zip archive)',
        '不是 .docx 文件（不是 zip 压缩包）',
      );
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch (error) {
      throw new DocxError(
        `damaged or truncated zip archive (${oneLine(error)})`,
        `zip 压缩包已损坏或不完整（${oneLine(error)}）`,
      );
    }
    const entries = Object.values(zip.files);
    if (entries.length > limits.maxEntries) {
      throw new DocxError(
        `the zip archive has ${entries.length} entries, more than the ${limits.maxEntries} allowed`,
        `压缩包内有 ${entries.length} 个文件，超过上限 ${limits.maxEntries} 个`,
      );
    }
    const declared = entries.reduce(
      (sum, entry) => sum + ((entry as unknown as DeclaredSizes)._data?.uncompressedSize ?? 0),
      0,
    );
    if (declared > limits.maxTotalBytes) {
      throw new DocxError(
        `the zip archive would inflate to ${mb(declared)}, more than the ${mb(limits.maxTotalBytes)} allowed`,
        `压缩包解压后有 ${mb(declared)}，超过上限 ${mb(limits.maxTotalBytes)}`,
      );
    }
    return new DocxPackage(zip, limits);
  }

  has(name: string): boolean {
    const entry = this.zip.file(name);
    return entry !== null && !entry.dir;
  }

  names(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name]!.dir);
  }

  /** The part's bytes, inflated under the package-wide cap; undefined when absent. */
  async readBytes(name: string): Promise<Uint8Array | undefined> {
    const entry = this.zip.file(name);
    if (entry === null || entry.dir) return undefined;
    const stream = (
      entry as unknown as { internalStream(type: 'uint8array'): InternalStream }
    ).internalStream('uint8array');
    const chunks: Uint8Array[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      stream
        .on('data', (chunk) => {
          size += chunk.length;
          this.inflated += chunk.length;
          if (this.inflated > this.limits.maxTotalBytes) {
            stream.pause();
            reject(
              new DocxError(
                `the zip archive inflates to more than the ${mb(this.limits.maxTotalBytes)} allowed (zip bomb?)`,
                `压缩包解压后超过上限 ${mb(this.limits.maxTotalBytes)}（疑似压缩炸弹）`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (error) =>
          reject(
            new DocxError(
              `damaged zip entry ${name} (${oneLine(error)})`,
              `压缩包中的 ${name} 已损坏（${oneLine(error)}）`,
            ),
          ),
        )
        .on('end', () => resolve())
        .resume();
    });
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  /**
   * Replaces or adds a part (for writing an annotated copy). No folder entries: a package holds
   * parts only, and Word offers to "recover unreadable content" when it meets `word/` entries.
   */
  write(name: string, content: string): void {
    this.zip.file(name, content, { createFolders: false });
  }

  /** The package as .docx bytes; entries keep their order, unchanged parts their content, folders go. */
  async generate(): Promise<Uint8Array> {
    // Not zip.remove(): on a folder it removes the parts inside too.
    for (const name of Object.keys(this.zip.files))
      if (this.zip.files[name]!.dir) delete this.zip.files[name];
    return this.zip.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }

  /** The part as UTF-8 (or UTF-16 with a BOM) text; undefined when absent. */
  async readText(name: string): Promise<string | undefined> {
    const bytes = await this.readBytes(name);
    if (bytes === undefined) return undefined;
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}
