// Builds speech-like documents of a given size from the sample speeches in samples/: the
// samples repeated, with the figures varied from copy to copy so the text is not a loop of
// identical lines (rules that compare or count still see realistic, changing numbers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSamples(root) {
  const folder = join(root, 'samples');
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      readFileSync(join(folder, name), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r/g, '')
        .trimEnd(),
    );
  if (texts.length === 0) throw new Error(`no .txt samples in ${folder}`);
  return texts;
}

// Figures followed by a unit; years (2023年) are left alone so the date rules judge the same years.
const FIGURE = /(\d+(?:\.\d+)?)(?=万|亿|%|人|个|家|件|名|项|张|元)/g;

function vary(text, copy) {
  return text.replace(FIGURE, (figure) => {
    const value = Number(figure);
    const varied = value * (1 + ((copy * 7) % 13) / 100);
    return figure.includes('.') ? varied.toFixed(1) : String(Math.round(varied));
  });
}

/** About `size` characters (UTF-16 units) of speech text; whole lines only. */
export function buildDocument(samples, size) {
  const parts = [];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    const lines = vary(samples[copy % samples.length], copy).split('\n');
    for (const line of lines) {
      if (length >= size) break;
      parts.push(line);
      length += line.length + 1;
    }
  }
  return `${parts.join('\n')}\n`;
}
