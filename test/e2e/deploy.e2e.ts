/**
 * The production build as an office deploys it, in headless Chromium: `npm run build` with the
 * intranet base URL (both `--office-js cdn` and `local`), dist/ served on 127.0.0.1, and the
 * intranet host mapped onto that server by a Playwright route, so the page runs under its real
 * origin and CSP. Office.js is replaced by a stand-in bundle (the CDN stubbed by a route; for
 * `local`, the copy in dist/ is swapped the same way). Asserts: a check runs, every request went to
 * the add-in's origin (or the stubbed CDN), and the console shows no CSP violation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launchChromium, requireChromium, ROOT } from './harness';

const BASE = 'https://intranet.example.org/speechdesk/';
const ORIGIN = new URL(BASE).origin;
const CDN = 'https://appsforoffice.microsoft.com';
const LIBRARY_URL = 'https://files.example.org/speechdesk-library/office.json';
const SAMPLE = readFileSync(join(__dirname, 'sample-speech.txt'), 'utf8');
const SUMMARY = /共 \d+ 段，发现 (\d+) 处问题/;
/** An office's own library files: one shipped in dist/library/, one at another address. */
const phraseLibrary = (id: string, title: string, text: string) =>
  JSON.stringify({
    version: 1,
    phrases: [{ id, title, theme: '作风建设', text, tags: [], speechTypes: [] }],
  });
const OWN_LIBRARY = phraseLibrary(
  'office-mashangban',
  '本局马上就办要求',
  '凡是群众反映的问题，能当场解决的当场解决，不能当场解决的限期答复。',
);
const REMOTE_LIBRARY = phraseLibrary(
  'office-diaoyan',
  '本局调查研究要求',
  '领导班子成员每季度到基层蹲点调研不少于一次，带着问题去，带着办法回。',
);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.xml': 'text/xml; charset=utf-8',
};

type OfficeJsMode = 'cdn' | 'local';
interface Served {
  dir: string;
  server: Server;
  loopback: string;
}

let browser: Browser;
let work: string;
let fakeOfficeJs: string;
const served = new Map<OfficeJsMode, Served>();
const metrics: Record<string, number> = {};

function runBuild(mode: OfficeJsMode, out: string, extra: string[] = []): void {
  const started = Date.now();
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'scripts/build.mjs'),
      '--base-url',
      BASE,
      '--office-js',
      mode,
      '--out',
      out,
      ...extra,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  metrics[`build-${mode}-ms`] = Date.now() - started;
}

async function serve(dir: string): Promise<{ server: Server; loopback: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.replace(/^\/speechdesk\//, '/')));
    if (!file.startsWith(dir) || !existsSync(file) || extname(file) === '') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, loopback: `http://127.0.0.1:${port}/speechdesk/` };
}

beforeAll(async () => {
  requireChromium();
  work = mkdtempSync(join(tmpdir(), 'speechdesk-deploy-e2e-'));
  const library = join(work, 'office-phrases.json');
  writeFileSync(library, OWN_LIBRARY);
  for (const mode of ['cdn', 'local'] as const) {
    const dir = join(work, mode);
    runBuild(mode, dir, mode === 'cdn' ? ['--library', library, '--library-url', LIBRARY_URL] : []);
    served.set(mode, { dir, ...(await serve(dir)) });
  }
  const bundle = await esbuild({
    entryPoints: [join(__dirname, 'fakeOfficeJs.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'warning',
  });
  fakeOfficeJs = bundle.outputFiles[0]?.text ?? '';
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const { server } of served.values()) await new Promise((done) => server.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
  writeFileSync(
    join(ARTIFACTS, 'deploy-e2e-metrics.json'),
    `${JSON.stringify(metrics, null, 2)}\n`,
  );
  console.log(`deploy e2e metrics: ${JSON.stringify(metrics)}`);
});

interface OpenedPane {
  page: Page;
  requests: string[];
  violations: string[];
  errors: string[];
}

/**
 * Opens taskpane.html under the intranet origin. `realOfficeJs` keeps the copy of Microsoft's
 * loader in a `local` build; otherwise Office.js (CDN or local) is the stand-in bundle.
 */
async function openPane(mode: OfficeJsMode, realOfficeJs = false): Promise<OpenedPane> {
  const { loopback } = served.get(mode) as Served;
  const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy|Refused to/i.test(text)) violations.push(text);
    else if (message.type() === 'error') errors.push(text);
  });
  await page.addInitScript((text) => {
    (window as { __deployE2eText?: string }).__deployE2eText = text;
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  }, SAMPLE);
  const fake = (route: Parameters<Parameters<Page['route']>[1]>[0]) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeJs });
  // Microsoft's CDN, stubbed: office.js is the stand-in, anything else it asks for is a 404.
  await page.route(`${CDN}/**`, (route) =>
    route.request().url() === `${CDN}/lib/1/hosted/office.js`
      ? fake(route)
      : route.fulfill({ status: 404 }),
  );
  // The intranet host, answered by the loopback server that serves dist/.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url();
    if (!realOfficeJs && url === `${BASE}office-js/office.js`) return fake(route);
    const response = await route.fetch({ url: url.replace(BASE, loopback) });
    return route.fulfill({ response });
  });
  // Nothing else may be reached: other requests fail (and are still recorded above).
  await page.route(
    (url) => url.origin !== ORIGIN && url.origin !== CDN,
    (route) => route.abort(),
  );
  return { page, requests, violations, errors };
}

/** Every request went to the add-in's origin, or (for `cdn`) the stubbed Office.js on the CDN. */
function expectOnlyAllowedOrigins(requests: string[], mode: OfficeJsMode): void {
  // The cdn build is configured with an office library at another address: 检查 reads its allow
  // words, so that origin is asked too (and only because the office configured it).
  const allowed = mode === 'cdn' ? [ORIGIN, CDN, new URL(LIBRARY_URL).origin] : [ORIGIN];
  expect(requests.filter((url) => !allowed.includes(new URL(url).origin))).toEqual([]);
  expect(requests.some((url) => url.startsWith(`${BASE}taskpane.`))).toBe(true);
}

describe.each(['cdn', 'local'] as const)('the %s build served from the intranet origin', (mode) => {
  test('the task pane checks a speech; only allowed origins are asked; no CSP violation', async () => {
    const { page, requests, violations, errors } = await openPane(mode);
    // The office's library at its configured address (cdn build), as its server would answer.
    await page.route(LIBRARY_URL, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': ORIGIN },
        body: REMOTE_LIBRARY,
      }),
    );
    const opened = Date.now();
    await page.goto(`${BASE}taskpane.html?tab=check`);
    await page.getByRole('button', { name: '开始检查' }).click();
    const summary = page.getByText(SUMMARY);
    await summary.waitFor();
    metrics[`check-${mode}-ms`] = Date.now() - opened;
    expect(Number(SUMMARY.exec((await summary.textContent()) ?? '')?.[1])).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, `deploy-${mode}-checked.png`) });

    const officeJs =
      mode === 'cdn' ? `${CDN}/lib/1/hosted/office.js` : `${BASE}office-js/office.js`;
    expect(requests).toContain(officeJs);
    expectOnlyAllowedOrigins(requests, mode);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a local build's own copy of Microsoft's Office.js, under the CSP, from the add-in's origin only", () => {
  test('outside Word it reports no host and the pane says where it belongs', async () => {
    const { page, requests, violations, errors } = await openPane('local', true);
    await page.goto(`${BASE}taskpane.html`);
    await page.getByText('讲稿助手是 Word 加载项').waitFor();
    expect(requests).toContain(`${BASE}office-js/office.js`);
    expectOnlyAllowedOrigins(requests, 'local');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // What Word passes in `_host_Info`: the loader then fetches that host's file and strings.
  test.each([
    ['Word$Win32$16.01$zh-CN', 'word-win32-16.01.js', 'zh-cn'],
    ['Word$Mac$16.00$en-US', 'word-mac-16.00.js', 'en-us'],
    ['Word$Web$16.00$zh-CN', 'word-web-16.00.js', 'zh-cn'],
  ])('as Word (%s) it finds %s and the %s strings in dist/', async (hostInfo, hostFile, locale) => {
    const { page, requests, violations } = await openPane('local', true);
    const statuses = new Map<string, number>();
    page.on('response', (response) => statuses.set(response.url(), response.status()));
    const wanted = [`${BASE}office-js/${hostFile}`, `${BASE}office-js/${locale}/office_strings.js`];
    await page.goto(`${BASE}taskpane.html?_host_Info=${encodeURIComponent(hostInfo)}`);
    await page.waitForFunction(
      () => typeof (window as { Word?: unknown }).Word === 'object',
      undefined,
      { timeout: 15000 },
    );
    for (let tries = 0; tries < 100 && !wanted.every((url) => statuses.has(url)); tries += 1) {
      await page.waitForTimeout(100);
    }
    expect(wanted.map((url) => statuses.get(url))).toEqual([200, 200]);
    expect([...statuses].filter(([, status]) => status >= 400)).toEqual([]);
    expectOnlyAllowedOrigins(requests, 'local');
    expect(violations).toEqual([]);
    await page.close();
  });
});

test('the page may read its own library and the configured address, and nothing else', async () => {
  const { page, violations } = await openPane('cdn');
  await page.route(LIBRARY_URL, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': ORIGIN },
      body: REMOTE_LIBRARY,
    }),
  );
  await page.goto(`${BASE}taskpane.html?tab=check`);
  await page.getByRole('button', { name: '开始检查' }).waitFor();
  const read = (url: string) =>
    page.evaluate(
      (address) =>
        fetch(address).then(
          (response) => `status ${response.status}`,
          () => 'blocked',
        ),
      url,
    );
  expect(await read('library/office-phrases.json')).toBe('status 200');
  expect(await read(LIBRARY_URL)).toBe('status 200');
  expect(violations).toEqual([]);
  expect(await read('https://elsewhere.example.net/speechdesk-library/office.json')).toBe(
    'blocked',
  );
  // The console reports the blocked fetch as a connect-src violation.
  for (let tries = 0; tries < 50 && violations.length === 0; tries += 1) {
    await page.waitForTimeout(100);
  }
  expect(violations.join('\n')).toMatch(/connect-src/);
  await page.close();
});

test("the Draft tab reads the office's libraries from its own origin and the configured address", async () => {
  const { page, requests, violations, errors } = await openPane('cdn');
  const statuses = new Map<string, number>();
  page.on('response', (response) => statuses.set(response.url(), response.status()));
  await page.route(LIBRARY_URL, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': ORIGIN },
      body: REMOTE_LIBRARY,
    }),
  );
  await page.goto(`${BASE}taskpane.html?tab=draft`);
  const wanted = [`${BASE}library/office-phrases.json`, LIBRARY_URL];
  for (let tries = 0; tries < 100 && !wanted.every((url) => statuses.has(url)); tries += 1) {
    await page.waitForTimeout(100);
  }
  expect(wanted.map((url) => statuses.get(url))).toEqual([200, 200]);
  await page.getByText('正在读取本单位素材库').waitFor({ state: 'detached' });
  expect(await page.getByText('未能读取').count()).toBe(0);
  // Both offices' phrases are in the library the writer searches.
  const search = page.getByLabel('搜索素材');
  await search.fill('马上就办');
  await page.getByText('本局马上就办要求').waitFor();
  await search.fill('蹲点调研');
  await page.getByText('本局调查研究要求').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'deploy-cdn-draft-library.png') });
  const others = requests.filter((url) => ![ORIGIN, CDN].includes(new URL(url).origin));
  expect(others).toEqual([LIBRARY_URL]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
