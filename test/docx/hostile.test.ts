import JSZip from 'jszip';
import { DocxError, readDocx } from '../../src/docx';
import { p, patchParts, rawDocx } from './helpers';

async function reason(
  bytes: Uint8Array,
  limits?: { maxEntries: number; maxTotalBytes: number },
): Promise<string> {
  try {
    await readDocx(
      bytes,
      limits === undefined ? { path: 'bad.docx' } : { path: 'bad.docx', limits },
    );
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).zh).toMatch(/[\u4e00-\u9fff]/);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected readDocx to reject');
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(OLE, 0);
  // A directory entry name is UTF-16LE.
  for (let i = 0; i < streamName.length; i++) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

describe('readDocx refuses bad input with a specific reason', () => {
  it('rejects a file that is not a zip', async () => {
    expect(await reason(new TextEncoder().encode('同志们：今天召开全县经济工作会议。'))).toBe(
      'not a .docx file (not a zip archive)',
    );
    expect(await reason(new Uint8Array())).toMatch(/empty/);
  });

  it('rejects a truncated zip', async () => {
    const bytes = await rawDocx({ body: p('同志们：') });
    expect(await reason(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatch(
      /^damaged or truncated zip archive/,
    );
  });

  it('says password-protected for an encrypted .docx and legacy for a .doc', async () => {
    expect(await reason(oleFile('EncryptedPackage'))).toMatch(/password-protected or encrypted/);
    expect(await reason(oleFile('WordDocument'))).toMatch(/legacy Word 97-2003 \.doc/);
    expect(await reason(oleFile('Other'))).toMatch(
      /password-protected or encrypted, or a legacy \.doc/,
    );
  });

  it('rejects a zip without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '讲话稿');
    expect(await reason(await zip.generateAsync({ type: 'uint8array' }))).toMatch(
      /missing word\/document\.xml/,
    );
  });

  it('refuses a DTD or entity declaration instead of expanding it', async () => {
    const bytes = await patchParts(await rawDocx({ body: p('同志们：') }), {
      'word/document.xml': (xml) =>
        xml
          .replace(
            '<w:document',
            '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;">]>\n<w:document',
          )
          .replace('同志们：', '&b;'),
    });
    expect(await reason(bytes)).toBe(
      'word/document.xml declares a DTD or entities (<!DOCTYPE/<!ENTITY), refused for safety',
    );
  });

  it('names the part that holds malformed XML', async () => {
    const bytes = await patchParts(await rawDocx({ body: p('同志们：'), styles: '' }), {
      'word/styles.xml': '<w:styles xmlns:w="x"><w:style></w:styles>',
    });
    expect(await reason(bytes)).toMatch(/^malformed XML in word\/styles\.xml at line 1: /);
  });

  it('caps the number of entries and the declared inflated size before inflating', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 30; i++) zip.file(`image${i}.png`, 'x');
    const many = await zip.generateAsync({ type: 'uint8array' });
    expect(await reason(many, { maxEntries: 20, maxTotalBytes: 1e9 })).toBe(
      'the zip archive has 30 entries, more than the 20 allowed',
    );

    const bomb = new JSZip();
    bomb.file('word/document.xml', '0'.repeat(3 * 1024 * 1024), { compression: 'DEFLATE' });
    const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bombBytes.length).toBeLessThan(100 * 1024);
    expect(await reason(bombBytes, { maxEntries: 100, maxTotalBytes: 2 * 1024 * 1024 })).toBe(
      'the zip archive would inflate to 3 MB, more than the 2 MB allowed',
    );
  });

  it('stops inflating past the cap when the declared sizes lie', async () => {
    const bomb = new JSZip();
    bomb.file('word/document.xml', '0'.repeat(3 * 1024 * 1024), { compression: 'DEFLATE' });
    const bytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Rewrite the uncompressed size (offset 22 in the local header, 24 in the central directory) to 10 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = findSignature(bytes, [0x50, 0x4b, 0x01, 0x02]);
    view.setUint32(22, 10, true);
    view.setUint32(central + 24, 10, true);
    expect(await reason(bytes, { maxEntries: 100, maxTotalBytes: 2 * 1024 * 1024 })).toBe(
      'the zip archive inflates to more than the 2 MB allowed (zip bomb?)',
    );
  });
});

function findSignature(bytes: Uint8Array, signature: number[]): number {
  for (let i = bytes.length - 4; i >= 0; i--)
    if (signature.every((byte, j) => bytes[i + j] === byte)) return i;
  throw new Error('signature not found');
}
