/**
 * webpack for the Word add-in, after Microsoft's React task-pane template
 * (OfficeDev/Office-Addin-TaskPane-React): entries `taskpane` and `commands`, HTML pages,
 * assets and the manifest copied to dist/.
 *
 *   npm run build -- --base-url <url>    → dist/ for an office's server (scripts/build.mjs passes
 *                                          `env.deploy`: CSP, Office.js source, library URLs, out dir)
 *   webpack --mode production            → dist/ with the development manifest (localhost)
 *   webpack --mode development           → dist/ for `npm start` (webpack-dev-server over HTTPS)
 *   webpack --env preview                → dist-preview/: the browser stand-in for Word + the pane
 *
 * No devtool uses eval, in any mode: Office web views and strict CSPs refuse it.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');

const DEV_PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PREVIEW_PORT = 3001;

const moduleRules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { noEmit: false } },
    },
  },
  // Sample speeches for the preview harness, bundled as plain strings.
  { test: /\.txt$/, type: 'asset/source' },
];

const resolve = { extensions: ['.ts', '.tsx', '.js', '.json'] };

/**
 * The add-in as Word loads it. `deploy` (from scripts/build.mjs) is
 * { outputPath, officeJs, csp, libraryUrls }: without it the pages load Office.js from the CDN,
 * carry no CSP (webpack-dev-server's client would need exceptions) and the dev manifest is copied.
 */
async function addinConfig(mode, serving, deploy) {
  const page = (name) => ({
    filename: `${name}.html`,
    template: `./src/${name}/${name}.html`,
    chunks: [name],
    officeJs: deploy?.officeJs ?? OFFICE_JS_CDN,
    csp: deploy?.csp ?? '',
  });
  const copies = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    // Plain ES5, copied as is: it must parse where the bundle cannot (taskpane.html).
    { from: 'src/webview/webview-check.js', to: 'webview-check.js' },
  ];
  if (!deploy) copies.push({ from: 'manifest.xml', to: 'manifest.xml' });
  const config = {
    ...bundle({
      name: 'addin',
      mode,
      entry: {
        taskpane: './src/taskpane/index.tsx',
        commands: './src/commands/commands.ts',
        // Read-only probes of a real Word, by its own URL (probe.html): not part of the task pane.
        probe: './src/probe/index.ts',
      },
      outputPath: deploy?.outputPath ?? path.resolve(__dirname, 'dist'),
    }),
    plugins: [
      new HtmlWebpackPlugin(page('taskpane')),
      new HtmlWebpackPlugin(page('commands')),
      new HtmlWebpackPlugin(page('probe')),
      new CopyWebpackPlugin({ patterns: copies }),
      // Read by src/taskpane/deployConfig.ts; absent (typeof undefined) in previews and tests.
      new DefinePlugin({
        __SPEECHDESK_LIBRARY_URLS__: JSON.stringify(deploy?.libraryUrls ?? []),
      }),
    ],
  };
  if (serving) {
    // office-addin-dev-certs makes (once) and trusts a localhost certificate; Word requires HTTPS.
    // Where its CA cannot be installed (no admin rights) the generated files still serve HTTPS.
    const { devHttpsOptions } = require('./scripts/dev-certs.cjs');
    config.devServer = {
      port: DEV_PORT,
      host: 'localhost',
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devHttpsOptions() },
      static: false,
    };
  }
  return config;
}

/** What the add-in and the preview bundles share: TypeScript, hashed names, external source maps. */
function bundle({ name, mode, entry, outputPath }) {
  return {
    name,
    mode,
    devtool: 'source-map',
    entry,
    output: { path: outputPath, filename: '[name].[contenthash:8].js', clean: true },
    resolve,
    module: { rules: moduleRules },
    performance: { hints: false },
  };
}

/** The preview harness: stand-in Word beside the pane. Never part of `npm run build`. */
function previewConfig(mode) {
  return {
    ...bundle({
      name: 'preview',
      mode,
      entry: { preview: './preview/harness/main.tsx', probe: './preview/probe/main.ts' },
      outputPath: path.resolve(__dirname, 'dist-preview'),
    }),
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './preview/harness/index.html',
        chunks: ['preview'],
      }),
      // The probe page over the stand-in, to run the probes end to end and replay a report.
      new HtmlWebpackPlugin({
        filename: 'probe.html',
        template: './preview/probe/index.html',
        chunks: ['probe'],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
    devServer: { port: PREVIEW_PORT, host: '127.0.0.1', hot: false, static: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? (env.preview ? 'development' : 'production');
  return env.preview
    ? previewConfig(mode)
    : addinConfig(mode, Boolean(env.WEBPACK_SERVE), env.deploy);
};
