/**
 * webpack for the Word add-in, after Microsoft's React task-pane template
 * (OfficeDev/Office-Addin-TaskPane-React): entries `taskpane` and `commands`, HTML pages,
 * assets and the manifest copied to dist/.
 *
 *   webpack --mode production            → dist/ (what ships; no eval, no stand-in)
 *   webpack --mode development           → dist/ for `npm start` (webpack-dev-server over HTTPS)
 *   webpack --env preview                → dist-preview/: the browser stand-in for Word + the pane
 *
 * No devtool uses eval, in any mode: Office web views and strict CSPs refuse it.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
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

/** The add-in as Word loads it. */
async function addinConfig(mode, serving) {
  const config = {
    name: 'addin',
    mode,
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve,
    module: { rules: moduleRules },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
  };
  if (serving) {
    // office-addin-dev-certs makes (once) and trusts a localhost certificate; Word requires HTTPS.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: DEV_PORT,
      host: 'localhost',
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      static: false,
    };
  }
  return config;
}

/** The preview harness: stand-in Word beside the pane. Never part of `npm run build`. */
function previewConfig(mode) {
  return {
    name: 'preview',
    mode,
    devtool: 'source-map',
    entry: { preview: './preview/harness/main.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-preview'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve,
    module: { rules: moduleRules },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './preview/harness/index.html' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
    ],
    devServer: { port: PREVIEW_PORT, host: '127.0.0.1', hot: false, static: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? (env.preview ? 'development' : 'production');
  return env.preview ? previewConfig(mode) : addinConfig(mode, Boolean(env.WEBPACK_SERVE));
};
