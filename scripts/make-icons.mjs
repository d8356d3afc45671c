// Draws the add-in's icons as PNGs with nothing but node:zlib: the app icon (a speech page),
// 起草 (a pen) and 检查 (a check mark), at the sizes Office asks for. Run: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../assets/', import.meta.url));
const BLUE = [43, 87, 154]; // Word's blue
const WHITE = [255, 255, 255];
const GOLD = [255, 185, 0];

// --- PNG encoding -------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Shapes in a 0..1 unit square; each returns a colour or null -----------------------------
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const nearSegment = (x, y, ax, ay, bx, by, w) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2;
};
const background = (x, y) => (inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18) ? BLUE : null);
const pageLines = (x, y) =>
  [0.34, 0.5, 0.66].some((ly) => nearSegment(x, y, 0.26, ly, ly === 0.66 ? 0.56 : 0.74, ly, 0.08))
    ? WHITE
    : null;

const designs = {
  // The app: lines of a speech.
  icon: (x, y) => pageLines(x, y) ?? background(x, y),
  // 起草: a pen writing a line.
  draft: (x, y) =>
    (nearSegment(x, y, 0.3, 0.7, 0.72, 0.28, 0.14) ? WHITE : null) ??
    (nearSegment(x, y, 0.22, 0.8, 0.3, 0.7, 0.1) ? GOLD : null) ??
    (nearSegment(x, y, 0.46, 0.8, 0.8, 0.8, 0.06) ? WHITE : null) ??
    background(x, y),
  // 检查: a check mark over the lines.
  check: (x, y) =>
    (nearSegment(x, y, 0.24, 0.52, 0.42, 0.7, 0.13) || nearSegment(x, y, 0.42, 0.7, 0.78, 0.3, 0.13)
      ? WHITE
      : null) ?? background(x, y),
};

/** 4×4 supersampling gives smooth edges at 16 px. */
function render(design, size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = design(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return rgba;
}

// Office asks for 16/32/80 on ribbon buttons (20/24/40/48/64 are used at other DPI scales),
// 32 for IconUrl and 64 for HighResolutionIconUrl; 128 is for store listings.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
mkdirSync(OUT, { recursive: true });
for (const [name, design] of Object.entries(designs)) {
  for (const size of SIZES) {
    writeFileSync(`${OUT}${name}-${size}.png`, encodePng(size, render(design, size)));
  }
}
console.log(`wrote ${Object.keys(designs).length * SIZES.length} icons to assets/`);
