/**
 * Ignore keys as hashes, so the document's settings hold no speech text. 64 bits from two
 * independent 32-bit FNV-1a runs: collisions among a document's few hundred keys are negligible.
 * Not a secret: a short phrase could be guessed by hashing candidates; it is never stored as text.
 */
const PREFIX = 'h1:';

function fnv1a32(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The key of a tuple of strings (joined unambiguously by their lengths). */
export function hashKey(parts: readonly string[]): string {
  const joined = parts.map((p) => `${p.length}:${p}`).join('|');
  return `${PREFIX}${fnv1a32(joined, 0x811c9dc5)}${fnv1a32(joined, 0x050c5d1f)}`;
}

export function isHashKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/**
 * An ignore key of the old format (`rule|offset|text|paragraph text`, which stored speech text)
 * as its hash key; null when it is not one. The paragraph text may itself contain `|`.
 */
export function migrateOldKey(key: string): string | null {
  const match = /^([^|]+)\|(\d+)\|/.exec(key);
  if (!match) return null;
  const rest = key.slice(match[0].length);
  // The slice is the finding's text: the old key cannot say where it ends if it contains `|`,
  // so try each split and keep the one whose slice is at its offset in the paragraph.
  const offset = Number(match[2]);
  for (let cut = rest.indexOf('|'); cut >= 0; cut = rest.indexOf('|', cut + 1)) {
    const text = rest.slice(0, cut);
    const paragraph = rest.slice(cut + 1);
    if (paragraph.slice(offset, offset + text.length) === text) {
      return hashKey([match[1] as string, match[2] as string, text, paragraph]);
    }
  }
  return null;
}
