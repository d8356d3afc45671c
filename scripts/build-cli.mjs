// Bundles the CLI into lib/cli.js with esbuild: one file loads fast, which the
// whole-process benchmark measures. Runs in `prepare`, so `npm ci` leaves a working bin.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'lib/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
