/**
 * The probe page end to end in headless Chromium over the stand-in (dist-preview/probe.html, the
 * same src/probe code as the add-in's probe.html): the probes run against the sample document and
 * show a JSON report; a report pasted from another Word sets the stand-in's modes and the probes
 * then measure those behaviours.
 */
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { buildPreview, launchChromium, requireChromium, servePreview } from './harness';

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  requireChromium();
  buildPreview();
  ({ url, server } = await servePreview());
  browser = await launchChromium();
}, 240000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function reportOf(
  page: Page,
): Promise<{ fields: Record<string, unknown>; errors: unknown[] }> {
  await page.waitForFunction(() =>
    document.getElementById('status')?.textContent?.startsWith('探测完成'),
  );
  return JSON.parse(await page.inputValue('#report')) as {
    fields: Record<string, unknown>;
    errors: unknown[];
  };
}

test('probes the stand-in, then behaves like the Word of a pasted report', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(`${url}probe.html`);
  const first = await reportOf(page);
  expect(first.errors).toEqual([]);
  expect(first.fields).toMatchObject({
    annotations: 'available',
    listItem: 'ok',
    mixedHighlight: 'empty',
    searchFoldsQuotes: false,
    searchLimit: { at255: 'ok', at256: 'SearchStringInvalidOrTooLong' },
    listStrings: [
      { listString: '一、', level: 0 },
      { listString: '（一）', level: 1 },
    ],
  });
  expect(await page.textContent('#document p')).toContain('放管服');

  // A report from a perpetual Office on the web, say: critiques refused, deletions in the text.
  const office = {
    ...first,
    fields: {
      ...first.fields,
      annotations: 'throws',
      deletedTextInText: true,
      listItem: 'throwsOnTracked',
      mixedHighlight: 'null',
      searchFoldsQuotes: true,
    },
  };
  await page.fill('#paste', JSON.stringify(office));
  await page.evaluate(() => {
    (document.getElementById('status') as HTMLElement).textContent = '';
  });
  await page.click('#apply');
  const replayed = await reportOf(page);
  expect(replayed.fields).toMatchObject({
    annotations: 'throws',
    deletedTextInText: true,
    listItem: 'throwsOnTracked',
    mixedHighlight: 'null',
    searchFoldsQuotes: true,
    reviewedText: 'differs',
  });
  expect(await page.textContent('#modes')).toContain('"annotations":"throws"');

  await page.fill('#paste', '这不是报告');
  await page.click('#apply');
  await page.waitForFunction(() =>
    document.getElementById('status')?.textContent?.includes('不是探测页生成的 JSON 报告'),
  );
  expect(problems).toEqual([]);
  await page.close();
});
