/**
 * What the e2e tests need around the browser: Chromium (required, never skipped), a fresh
 * preview build, a static server on 127.0.0.1 and screenshots in test-artifacts/.
 */
import type { StandinParagraph } from '../../preview/standin';
import type { StandinModes } from '../../preview/standin/modes';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const PREVIEW_DIR = join(ROOT, 'dist-preview');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = '/usr/bin/chromium';

export function requireChromium(path = CHROMIUM): void {
  if (!existsSync(path)) {
    throw new Error(
      `e2e: Chromium is not at ${path}. Install it (Debian: apt-get install chromium); these tests never skip.`,
    );
  }
}

export function buildPreview(): void {
  // The e2e run builds once in globalSetup; a file run on its own still gets a fresh build.
  if (process.env.SPEECHDESK_PREVIEW_BUILT === '1') return;
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--env', 'preview', '--mode', 'production'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves dist-preview/ on 127.0.0.1 on a free port. */
export async function servePreview(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(PREVIEW_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(PREVIEW_DIR) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What the preview harness reads from `window.__speechdeskPreview` before it loads. */
export interface PreviewInput {
  text: string;
  /** Paragraphs to open instead of `text`, e.g. with tracked deletions (`deleted`). */
  paragraphs?: StandinParagraph[];
  /** Real-Word behaviours for the stand-in (preview/standin/modes.ts). */
  modes?: Partial<StandinModes>;
  officeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
  capabilities?: { critiques?: boolean; comments?: boolean; trackChanges?: boolean };
  displayLanguage?: string;
  libraryUrls?: string[];
}

/** A new page that will open the preview on `input`, collecting page errors and console errors. */
export async function newPreviewPage(
  browser: Browser,
  input: PreviewInput,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript((value) => {
    (window as unknown as { __speechdeskPreview: PreviewInput }).__speechdeskPreview = value;
  }, input);
  return { page, errors };
}

/** The preview built, served on loopback and a browser launched: what each e2e file opens once. */
export interface PreviewSession {
  url: string;
  server: Server;
  browser: Browser;
}

export async function openPreviewSession(): Promise<PreviewSession> {
  requireChromium();
  buildPreview();
  const { url, server } = await servePreview();
  return { url, server, browser: await launchChromium() };
}

/** Closes the session and writes the file's metrics to test-artifacts/. */
export async function closePreviewSession(
  session: PreviewSession | undefined,
  metricsFile: string,
  metrics: Record<string, unknown>,
): Promise<void> {
  await session?.browser.close();
  await new Promise((done) => (session ? session.server.close(done) : done(undefined)));
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, metricsFile), `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(`${metricsFile}: ${JSON.stringify(metrics)}`);
}
