// Bundles the CLI into lib/ with esbuild: one file loads fast, which the whole-process
// benchmark measures. Runs in `prepare`, so `npm ci` leaves a working bin.
//
// The .docx host (zip, XML: about half the code) goes into lib/docx.js, loaded only when a
// .docx is read, so checking a .txt does not pay for compiling it.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies (fdir, under tinyglobby) are ESM and read import.meta.url; give the CJS bundle one.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

/** `import('./docxAdapter')` in src/cli becomes a runtime load of lib/docx.js. */
const docxAsSeparateFile = {
  name: 'docx-as-separate-file',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\/docxAdapter$/ }, () => ({
      path: './docx.js',
      external: true,
    }));
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'lib/cli.js',
    plugins: [docxAsSeparateFile],
  }),
  build({ ...common, entryPoints: ['src/cli/docxAdapter.ts'], outfile: 'lib/docx.js' }),
]);
