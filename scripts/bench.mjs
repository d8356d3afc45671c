// `npm run bench`: how fast is `speechdesk check`, and does it grow linearly?
//
// Builds speech-like documents of 10k, 100k and 1M characters from samples/, then measures
//  1. in process: the bundled core's check() on each document, and each rule alone on the largest;
//  2. whole process: `node bin/speechdesk.js check --format json <file> > /dev/null`, against a
//     Node process that only reads and splits the same file (the floor for any Node CLI).
// Targets: the 1M-character CLI run within 5x the read-and-split process; the 1M in-process
// run within 12x the 100k run (linear growth).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { buildDocument, loadSamples } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [10_000, 100_000, 1_000_000];
const SPEECH_DATE = '2024-03-01';
const work = mkdtempSync(join(tmpdir(), 'speechdesk-bench-'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeIt(runs, fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function ms(value) {
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

function rate(chars, millis) {
  return `${(((chars / millis) * 1000) / 1e6).toFixed(2)}M/s`;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function loadCore() {
  const outfile = join(work, 'core.cjs');
  await build({
    entryPoints: [join(root, 'src/core/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

function runProcess(args) {
  const out = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', out, 'pipe'] });
    const elapsed = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    }
    return elapsed;
  } finally {
    closeSync(out);
  }
}

async function main() {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('building lib/cli.js failed');
  const core = await loadCore();
  const samples = loadSamples(root);
  const docs = SIZES.map((size) => {
    const text = buildDocument(samples, size);
    const file = join(work, `speech-${size}.txt`);
    writeFileSync(file, text);
    return { size, text, file, doc: core.documentFromText(text) };
  });
  const options = { today: SPEECH_DATE, speechDate: SPEECH_DATE };
  // Warm up the JIT and load the tables once, as a long-running host would.
  core.check(docs[0].doc, options);

  console.log(
    `speechdesk bench: ${core.allRules.length} rules, samples: ${samples.length}, node ${process.version}\n`,
  );
  const inProcess = docs.map(({ size, text, doc }) => {
    const runs = size >= 1_000_000 ? 3 : 7;
    let findings = 0;
    const millis = timeIt(runs, () => {
      findings = core.check(doc, options).findings.length;
    });
    return { size, chars: text.length, millis, findings, paragraphs: doc.paragraphs.length };
  });
  console.log('In process (check() of the bundled core, median):');
  console.log(
    table(
      ['size', 'chars', 'paragraphs', 'findings', 'ms', 'chars/s'],
      inProcess.map((r) => [
        r.size.toLocaleString('en'),
        r.chars,
        r.paragraphs,
        r.findings,
        ms(r.millis),
        rate(r.chars, r.millis),
      ]),
    ),
  );

  const wholeProcess = docs.map(({ size, text, file }) => {
    const runs = 3;
    const cli = median(
      Array.from({ length: runs }, () =>
        runProcess([
          join(root, 'bin/speechdesk.js'),
          'check',
          '--format',
          'json',
          '--date',
          SPEECH_DATE,
          file,
        ]),
      ),
    );
    const floor = median(
      Array.from({ length: runs }, () =>
        runProcess([
          '-e',
          `require('fs').readFileSync(process.argv[1], 'utf8').split('\\n')`,
          file,
        ]),
      ),
    );
    return { size, chars: text.length, cli, floor };
  });
  console.log('\nWhole process (`speechdesk check --format json file > /dev/null`, median of 3):');
  console.log(
    table(
      ['size', 'cli ms', 'chars/s', 'read+split ms', 'ratio'],
      wholeProcess.map((r) => [
        r.size.toLocaleString('en'),
        ms(r.cli),
        rate(r.chars, r.cli),
        ms(r.floor),
        `${(r.cli / r.floor).toFixed(1)}x`,
      ]),
    ),
  );

  // Each rule alone on the two largest documents (shared analyses such as the outline are
  // then counted in every rule that uses them); growth over 10x the size shows superlinear rules.
  const [middle, largest] = docs.slice(-2);
  const alone = (doc, rule) => timeIt(3, () => core.check(doc, { ...options, rules: [rule] }));
  const perRule = core.allRules.map((rule) => {
    const small = alone(middle.doc, rule);
    const millis = alone(largest.doc, rule);
    return { id: rule.id, small, millis };
  });
  const baseline = timeIt(3, () => core.check(largest.doc, { ...options, rules: [] }));
  perRule.sort((a, b) => b.millis - a.millis);
  const total = perRule.reduce((sum, r) => sum + r.millis, 0);
  console.log(
    `\nEach rule alone (median of 3; engine with no rules on ${largest.size.toLocaleString('en')}: ${ms(baseline)} ms):`,
  );
  console.log(
    table(
      ['rule', `${middle.size / 1000}k ms`, `${largest.size / 1000}k ms`, 'share', 'growth'],
      perRule.map((r) => [
        r.id,
        ms(r.small),
        ms(r.millis),
        `${((r.millis / total) * 100).toFixed(0)}%`,
        `${(r.millis / r.small).toFixed(1)}x`,
      ]),
    ),
  );

  const big = wholeProcess[wholeProcess.length - 1];
  const cliRatio = big.cli / big.floor;
  const growth = inProcess[2].millis / inProcess[1].millis;
  console.log('\nTargets:');
  console.log(
    `  1M CLI within 5x read-and-split: ${cliRatio.toFixed(1)}x ${cliRatio <= 5 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  1M in process within 12x 100k:   ${growth.toFixed(1)}x ${growth <= 12 ? 'OK' : 'MISSED'}`,
  );
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
