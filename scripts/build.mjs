// `npm run build`: the add-in for an office's own HTTPS server, as self-contained static files.
//
//   npm run build -- --base-url https://intranet.example.org/speechdesk/
//       [--office-js cdn|local] [--library <file>]... [--library-url <url>]... [--id <guid>] [--out <dir>]
//
// The base URL may come from SPEECHDESK_BASE_URL instead. Writes <out>/ (default dist/): the
// bundled pages with a Content-Security-Policy <meta>, assets, manifest.xml pointing at the base
// URL, Office.js files for `--office-js local`, and library/ for `--library`. Two builds of the
// same commit with the same options give identical files. See docs/deploy.md.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkOfficeJs, describeFallbacks } from './office-js-check.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const OFFICE_JS_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
/** Where `--office-js local` puts Office.js, relative to the base URL. */
const OFFICE_JS_DIR = 'office-js';
/**
 * What the Office.js loader fetches in Word (see OSF.HostSpecificFileVersionMap in office.js:
 * word win32 16.01, mac and web 16.00), its telemetry sink, and the strings for zh-CN and en-US.
 * Office.js falls back to en-US strings for other display languages.
 */
const OFFICE_JS_FILES = [
  'office.js',
  'word-win32-16.01.js',
  'word-mac-16.00.js',
  'word-web-16.00.js',
  'telemetry/oteljs_agave.js',
  // Without host information (the page opened in a browser to troubleshoot) the loader reads this.
  'o15apptofilemappingtable.js',
  'zh-cn/office_strings.js',
  'en-us/office_strings.js',
];
/** UUIDv5 namespace for production add-in Ids: Id = uuidv5(NAMESPACE, base URL). Never change it. */
const PRODUCTION_ID_NAMESPACE = '47968953-de88-464c-b915-9f2943216848';
/** Budget for the task pane's initial JavaScript (the scripts taskpane.html loads), gzip -9. */
export const INITIAL_JS_BUDGET_GZIP = 240 * 1024;

class BuildError extends Error {}

const HOW_TO_GIVE_BASE_URL = `Give the HTTPS address the add-in will be served from, ending in /:
  npm run build -- --base-url https://intranet.example.org/speechdesk/
or set the environment variable:
  SPEECHDESK_BASE_URL=https://intranet.example.org/speechdesk/ npm run build
请给出加载项发布的 HTTPS 网址（以 / 结尾），例如 npm run build -- --base-url https://intranet.example.org/speechdesk/`;

export function parseBuildArgs(argv, env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'base-url': { type: 'string' },
      'office-js': { type: 'string', default: 'cdn' },
      library: { type: 'string', multiple: true, default: [] },
      'library-url': { type: 'string', multiple: true, default: [] },
      id: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const given = values['base-url'] ?? env.SPEECHDESK_BASE_URL;
  if (!given) throw new BuildError(`No base URL. ${HOW_TO_GIVE_BASE_URL}`);
  const baseUrl = normalizeBaseUrl(given);
  const officeJs = values['office-js'];
  if (officeJs !== 'cdn' && officeJs !== 'local') {
    throw new BuildError(`--office-js is cdn or local, not "${officeJs}".`);
  }
  const id = values.id ?? uuidV5(PRODUCTION_ID_NAMESPACE, baseUrl);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new BuildError(`--id must be a GUID such as ${PRODUCTION_ID_NAMESPACE}, not "${id}".`);
  }
  const out = resolve(values.out ?? join(ROOT, 'dist'));
  if (out === ROOT || ROOT.startsWith(out + sep) || out === resolve('/')) {
    throw new BuildError(`--out ${out} would be emptied: give a folder of its own.`);
  }
  return {
    baseUrl,
    officeJs,
    id: id.toLowerCase(),
    out,
    libraryFiles: values.library.map((file) => resolve(file)),
    libraryUrls: values['library-url'].map(normalizeLibraryUrl),
  };
}

function normalizeBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new BuildError(`"${text}" is not a URL. ${HOW_TO_GIVE_BASE_URL}`);
  }
  if (url.protocol !== 'https:') {
    throw new BuildError(`Word loads add-ins only over HTTPS: "${text}" must start with https://.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new BuildError(`The base URL "${text}" must have no query, fragment or user name.`);
  }
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) {
    throw new BuildError(
      `"${text}" is this computer: other PCs cannot reach it. Use the server's name (npm start serves localhost).`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function normalizeLibraryUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new BuildError(`--library-url "${text}" is not an absolute URL.`);
  }
  if (url.protocol !== 'https:') {
    throw new BuildError(`--library-url "${text}" must be https:// (the pane is an HTTPS page).`);
  }
  if (url.search || url.hash || /[\s;,']/.test(url.href)) {
    throw new BuildError(
      `--library-url "${text}" must be a plain address without query or fragment.`,
    );
  }
  return url.href;
}

/** RFC 4122 version 5 (SHA-1, name-based) UUID. */
export function uuidV5(namespace, name) {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The page's policy: own origin only, plus the Office.js CDN for `cdn` and the configured libraries. */
export function contentSecurityPolicy({ officeJs, libraryUrls }) {
  const scripts = officeJs === 'cdn' ? ["'self'", OFFICE_JS_CDN_ORIGIN] : ["'self'"];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    // Fluent UI v9 (Griffel) inserts its style rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${["'self'", ...libraryUrls].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The development manifest with the base URL, the production Id and the package version. */
export function productionManifest(devManifest, { baseUrl, id, version }) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new BuildError(
      `package.json version "${version}" must be major.minor.patch for the manifest.`,
    );
  }
  const origin = new URL(baseUrl).origin;
  const manifest = devManifest
    .replace(/<!--[\s\S]*?-->/, () =>
      [
        '<!--',
        "  讲稿助手 SpeechDesk, built for this office's server by npm run build (scripts/build.mjs).",
        '  Do not edit: rebuild with the same base URL to change it. See docs/deploy.md.',
        '-->',
      ].join('\n'),
    )
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`)
    .replaceAll('https://localhost:3000/', baseUrl)
    .replaceAll('https://localhost:3000', origin);
  if (/localhost/i.test(manifest)) throw new BuildError('The manifest still names localhost.');
  return manifest;
}

function libraryTargets(files) {
  const seen = new Map();
  return files.map((file) => {
    if (!existsSync(file) || !statSync(file).isFile())
      throw new BuildError(`--library ${file}: no such file.`);
    const name = basename(file);
    if (!/^[\w.-]+\.json$/.test(name)) {
      throw new BuildError(
        `--library ${file}: the name must end in .json and use only letters, digits, - _ .`,
      );
    }
    if (seen.has(name))
      throw new BuildError(`--library ${file} and ${seen.get(name)} have the same name.`);
    seen.set(name, file);
    try {
      JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new BuildError(
        `--library ${file} is not JSON (${error.message}). Check it with: node bin/speechdesk.js templates check --library ${file}`,
      );
    }
    return { file, url: `library/${name}` };
  });
}

async function bundle(deploy) {
  const webpack = require('webpack');
  const makeConfig = require(join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({ deploy }, { mode: 'production' });
  config.infrastructureLogging = { level: 'warn' };
  const stats = await new Promise((done, fail) =>
    webpack(config, (error, result) => (error ? fail(error) : done(result))),
  );
  if (stats.hasErrors()) throw new BuildError(stats.toString({ all: false, errors: true }));
}

function copyOfficeJs(out) {
  const source = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  for (const file of OFFICE_JS_FILES) {
    mkdirSync(dirname(join(out, OFFICE_JS_DIR, file)), { recursive: true });
    copyFileSync(join(source, file), join(out, OFFICE_JS_DIR, file));
  }
  copyFileSync(join(source, '..', 'LICENSE.md'), join(out, OFFICE_JS_DIR, 'LICENSE.md'));
}

/**
 * The shipped Office.js copy against the Word members the adapter calls: stops the build when a
 * required one is missing, and returns the lines saying which features will fall back.
 */
export function officeJsReport(dir) {
  const { missing, fallbacks } = checkOfficeJs(dir);
  if (missing.length > 0) {
    throw new BuildError(
      `The Office.js copy in ${dir} lacks Word members SpeechDesk needs: ${missing
        .map((m) => `${m.member} (${m.file})`)
        .join(', ')}. Install a newer @microsoft/office-js, or build with --office-js cdn.`,
    );
  }
  return describeFallbacks(fallbacks);
}

function requireOfficeJsPackage() {
  try {
    require.resolve('@microsoft/office-js/package.json');
  } catch {
    throw new BuildError(
      '--office-js local needs the npm package @microsoft/office-js: run `npm ci` (it is a devDependency).',
    );
  }
}

/** The scripts taskpane.html loads at start, with their gzip size. */
export function initialTaskpaneScripts(out) {
  const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
  // html-webpack-plugin minifies: attribute values may be unquoted.
  return [...html.matchAll(/<script[^>]*?\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith(`${OFFICE_JS_DIR}/`))
    .map((src) => {
      const bytes = readFileSync(join(out, src));
      return { file: src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(path) : statSync(path).size;
  }
  return total;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function build(options) {
  const started = Date.now();
  const libraries = libraryTargets(options.libraryFiles);
  if (options.officeJs === 'local') requireOfficeJsPackage();
  const libraryUrls = [...libraries.map((l) => l.url), ...options.libraryUrls];
  await bundle({
    outputPath: options.out,
    officeJs: options.officeJs === 'cdn' ? OFFICE_JS_CDN : `${OFFICE_JS_DIR}/office.js`,
    csp: contentSecurityPolicy({ officeJs: options.officeJs, libraryUrls: options.libraryUrls }),
    libraryUrls,
  });
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const devManifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  writeFileSync(
    join(options.out, 'manifest.xml'),
    productionManifest(devManifest, { baseUrl: options.baseUrl, id: options.id, version }),
  );
  let officeJsFallbacks = [];
  if (options.officeJs === 'local') {
    copyOfficeJs(options.out);
    officeJsFallbacks = officeJsReport(join(options.out, OFFICE_JS_DIR));
  }
  for (const { file, url } of libraries) {
    mkdirSync(join(options.out, 'library'), { recursive: true });
    copyFileSync(file, join(options.out, url));
  }
  const initial = initialTaskpaneScripts(options.out);
  const initialGzip = initial.reduce((sum, s) => sum + s.gzip, 0);
  return {
    ...options,
    version,
    initial,
    initialGzip,
    officeJsFallbacks,
    size: sizeOf(options.out),
    ms: Date.now() - started,
  };
}

async function main() {
  let options;
  try {
    options = parseBuildArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(
      error instanceof BuildError || error.code?.startsWith('ERR_PARSE_ARGS')
        ? error.message
        : error,
    );
    process.exit(2);
  }
  try {
    const result = await build(options);
    const where = relative(process.cwd(), result.out) || '.';
    console.log(
      `SpeechDesk ${result.version} built into ${where}/ in ${(result.ms / 1000).toFixed(1)} s`,
    );
    console.log(`  base URL   ${result.baseUrl}`);
    console.log(`  add-in Id  ${result.id}`);
    console.log(
      `  Office.js  ${result.officeJs === 'cdn' ? OFFICE_JS_CDN : `${OFFICE_JS_DIR}/office.js (local copy)`}`,
    );
    if (result.officeJsFallbacks.length > 0) {
      console.log(
        '  The local Office.js lacks some Word methods; in Word these features fall back:',
      );
      for (const line of result.officeJsFallbacks) console.log(`  ${line}`);
    }
    for (const url of [
      ...result.libraryFiles.map((f) => `library/${basename(f)}`),
      ...result.libraryUrls,
    ]) {
      console.log(`  library    ${url}`);
    }
    console.log(`  size       ${kib(result.size)}`);
    console.log(
      `  initial task-pane JS ${kib(result.initialGzip)} gzip (budget ${kib(INITIAL_JS_BUDGET_GZIP)}): ${result.initial.map((s) => s.file).join(', ')}`,
    );
    if (result.initialGzip > INITIAL_JS_BUDGET_GZIP) {
      console.error('The initial task-pane JavaScript is over its budget.');
      process.exit(1);
    }
    console.log(
      `Next: npm run validate -- ${where}/manifest.xml, then copy ${where}/ to the server (docs/deploy.md).`,
    );
  } catch (error) {
    console.error(error instanceof BuildError ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
