/**
 * Decodes the bytes of a .txt/.md speech. Offices save in UTF-8 (often with a BOM, from
 * Notepad) or in GB18030/GBK (older Windows tools); anything else is treated as not text.
 */

export type TextEncodingName =
  | 'utf-8'
  | 'utf-8 (BOM)'
  | 'utf-16le (BOM)'
  | 'utf-16be (BOM)'
  | 'gb18030'
  | `utf-8 (${number} invalid bytes)`;

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: 'binary' | 'undecodable' };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/;

/** C0 controls other than tab, line feed, form feed and carriage return: never in a speech. */
function controlCharacterShare(text: string): number {
  // Nearly every text has none: a native scan answers that before the counting loop.
  if (!CONTROL.test(text)) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Counts well-formed UTF-8 multi-byte sequences and bytes that fit none. GB18030 text almost
 * never forms valid sequences; a UTF-8 file cut mid-character or with one damaged byte has
 * hundreds of valid ones and a handful of bad bytes.
 */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  // UTF-16 files start with a BOM and are full of NUL bytes, so look for the BOM first.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const text = decodeStrict(le ? 'utf-16le' : 'utf-16be', bytes.subarray(2));
    if (text === undefined) return { ok: false, reason: 'undecodable' };
    return { ok: true, text, encoding: le ? 'utf-16le (BOM)' : 'utf-16be (BOM)' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };

  let decoded: { text: string; encoding: TextEncodingName } | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text !== undefined) decoded = { text, encoding: 'utf-8 (BOM)' };
  } else {
    const text = decodeStrict('utf-8', bytes);
    if (text !== undefined) decoded = { text, encoding: 'utf-8' };
    else {
      const shape = utf8Shape(bytes);
      if (shape.valid >= 20 && shape.invalid <= Math.max(3, shape.valid / 100)) {
        // Damaged UTF-8: keep it UTF-8 (bad bytes become U+FFFD) rather than garble it all as GB18030.
        const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        decoded = { text: lenient, encoding: `utf-8 (${shape.invalid} invalid bytes)` };
      } else {
        const gb = decodeStrict('gb18030', bytes);
        if (gb !== undefined) decoded = { text: gb, encoding: 'gb18030' };
      }
    }
  }
  if (!decoded) return { ok: false, reason: 'undecodable' };
  // A few stray controls can survive an edit; a binary blob is full of them.
  if (controlCharacterShare(decoded.text) > 0.01) return { ok: false, reason: 'binary' };
  return { ok: true, ...decoded };
}
