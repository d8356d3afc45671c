/**
 * The task pane end to end, in headless Chromium, on the preview harness (the browser stand-in
 * for Word with load/sync semantics, beside the production-built pane): check, jump to a finding,
 * fix one, re-check, mark and clear marks, on a sample speech of our own and on the seeds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ARTIFACTS,
  closePreviewSession,
  newPreviewPage,
  openPreviewSession,
  type PreviewInput,
  type PreviewSession,
} from './harness';

const SAMPLE = readFileSync(join(__dirname, 'sample-speech.txt'), 'utf8');
const SEEDS = join(__dirname, '../../../shared/seeds');
const SUMMARY = /共 \d+ 段，发现 (\d+) 处问题/;
const APART = /另有占位符 (\d+) 处待填/;

interface StandinView {
  paragraphs: string[];
  selection: { paragraph: number; start: number; end: number } | null;
  highlights: unknown[];
  critiques: unknown[];
  comments: unknown[];
  syncs: number;
}

let session: PreviewSession | undefined;
let browser: Browser;
let url: string;
const metrics: Record<string, unknown> = {};

beforeAll(async () => {
  session = await openPreviewSession();
  ({ url, browser } = session);
});

afterAll(() => closePreviewSession(session, 'e2e-metrics.json', metrics));

async function standin(page: Page): Promise<StandinView> {
  return page.evaluate(() => {
    const s = window.__standin;
    if (!s) throw new Error('the preview did not install the stand-in');
    return {
      paragraphs: s.paragraphs(),
      selection: s.selection(),
      highlights: s.highlights(),
      critiques: s.critiques(),
      comments: s.comments(),
      syncs: s.syncCount(),
    };
  });
}

function openPane(input: PreviewInput): Promise<{ page: Page; errors: string[] }> {
  return newPreviewPage(browser, input);
}

/** Opens the pane, starts the check, and returns the finding count and the time to the first result. */
async function openAndCheck(
  input: PreviewInput,
): Promise<{ page: Page; errors: string[]; count: number; ms: number; msCheck: number }> {
  const { page, errors } = await openPane(input);
  const opened = Date.now();
  await page.goto(url);
  await page.getByRole('button', { name: '开始检查' }).click();
  const clicked = Date.now();
  const summary = page.getByText(SUMMARY);
  await summary.waitFor();
  const ms = Date.now() - opened;
  // Problems and placeholders (counted apart, in one folded group).
  const apart = page.getByText(APART);
  const placeholders =
    (await apart.count()) > 0 ? Number(APART.exec((await apart.textContent()) ?? '')?.[1]) : 0;
  const count = Number(SUMMARY.exec((await summary.textContent()) ?? '')?.[1]) + placeholders;
  return { page, errors, count, ms, msCheck: Date.now() - clicked };
}

async function findingData(item: ReturnType<Page['locator']>) {
  const get = async (name: string) => Number(await item.getAttribute(`data-${name}`));
  return {
    paragraph: await get('paragraph'),
    offset: await get('offset'),
    length: await get('length'),
  };
}

/** 全部标记, 清除标记 and the other bulk actions live in the 更多操作 menu. */
async function moreAction(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^(更多操作|More actions)$/ }).click();
  await page.getByRole('menuitem', { name }).click();
}

/** The full reviewer's pass on one document; returns what it measured. */
async function reviewersPass(name: string, input: PreviewInput) {
  const { page, errors, count, ms, msCheck } = await openAndCheck(input);
  const original = (await standin(page)).paragraphs;
  expect(count).toBeGreaterThan(0);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-1-checked.png`) });

  // Every row open, placeholders too, so their actions show.
  const group = page.getByRole('button', { name: /占位符：\d+ 处待填/ });
  if ((await group.count()) > 0) await group.click();
  const toggles = page.locator('li[data-rule] > button[aria-expanded="false"]');
  for (let n = await toggles.count(); n > 0; n--) await toggles.first().click();

  // 定位: the stand-in's selection moves to the finding.
  const located = page.locator('li[data-rule]:not([data-length="0"])').nth(Math.min(2, count - 1));
  const target = await findingData(located);
  await located.getByRole('button', { name: '定位' }).click();
  const wanted = {
    paragraph: target.paragraph,
    start: target.offset,
    end: target.offset + target.length,
  };
  await page.waitForFunction(
    (want) => JSON.stringify(window.__standin?.selection()) === JSON.stringify(want),
    wanted,
    { timeout: 10000 },
  );
  expect((await standin(page)).selection).toEqual(wanted);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-2-located.png`) });

  // 修复 one finding that has a certain fix: only its paragraph changes, exactly as the fix says.
  const fixable = page
    .locator('li[data-rule]')
    .filter({ has: page.getByRole('button', { name: /^修复：/ }) })
    .first();
  let fixedParagraph: number | undefined;
  if ((await fixable.count()) > 0) {
    const fix = await findingData(fixable);
    const title =
      (await fixable.getByRole('button', { name: /^修复：/ }).getAttribute('title')) ?? '';
    const replacement = /改为“(.*)”$/u.exec(title)?.[1] ?? '';
    const before = original[fix.paragraph] as string;
    await fixable.getByRole('button', { name: /^修复：/ }).click();
    await page.getByText('已修改 1 处，已重新检查。').waitFor();
    const after = (await standin(page)).paragraphs;
    expect(after[fix.paragraph]).toBe(
      before.slice(0, fix.offset) + replacement + before.slice(fix.offset + fix.length),
    );
    fixedParagraph = fix.paragraph;
    // 重新检查: one finding fewer.
    await page.getByRole('button', { name: '重新检查', exact: true }).click();
    await page.getByText(SUMMARY).waitFor();
    const apart = page.getByText(APART);
    const recount =
      Number(SUMMARY.exec((await page.getByText(SUMMARY).textContent()) ?? '')?.[1]) +
      ((await apart.count()) > 0 ? Number(APART.exec((await apart.textContent()) ?? '')?.[1]) : 0);
    expect(recount).toBeLessThan(count);
  }

  // 全部标记 then 清除标记: marks appear, then exactly nothing of ours is left.
  await moreAction(page, '全部标记');
  await page.getByText(/^已标记 \d+ 处/).waitFor();
  const marked = await standin(page);
  expect(marked.highlights.length + marked.critiques.length).toBeGreaterThan(0);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-3-marked.png`) });
  await moreAction(page, '清除标记');
  await page.getByText(/^已清除 \d+ 处标记/).waitFor();
  const cleared = await standin(page);
  expect(cleared.highlights).toEqual([]);
  expect(cleared.critiques).toEqual([]);
  // The document reads as at the start, except the one fix.
  const changed = cleared.paragraphs.flatMap((text, i) => (text === original[i] ? [] : [i]));
  expect(changed).toEqual(fixedParagraph === undefined ? [] : [fixedParagraph]);
  expect(cleared.paragraphs).toHaveLength(original.length);

  await page.getByRole('tab', { name: '大纲' }).click();
  await page.locator('#root').screenshot({ path: join(ARTIFACTS, `${name}-4-outline.png`) });
  await page.getByRole('tab', { name: '占位符' }).click();
  await page.locator('#root').screenshot({ path: join(ARTIFACTS, `${name}-5-placeholders.png`) });

  expect(errors).toEqual([]);
  await page.close();
  return { findings: count, msToFirstResult: ms, msFromClickToResult: msCheck, fixedParagraph };
}

test('a reviewer checks, locates, fixes, re-checks and clears marks on our sample speech', async () => {
  metrics.sample = await reviewersPass('sample', { text: SAMPLE });
});

test('on WordApi 1.3 (no comments, no critiques) findings are highlighted and the pane says what is missing', async () => {
  const { page, errors } = await openAndCheck({
    text: SAMPLE,
    capabilities: { critiques: false, comments: false, trackChanges: false },
  });
  expect(await page.getByRole('button', { name: '添加批注' }).count()).toBe(0);
  await page.getByText(/您的 Word 不支持批注/).waitFor();
  await moreAction(page, '全部标记');
  await page.getByText(/^已标记 \d+ 处/).waitFor();
  const marked = await standin(page);
  expect(marked.critiques).toEqual([]);
  expect(marked.highlights.length).toBeGreaterThan(0);
  await page.screenshot({ path: join(ARTIFACTS, 'wordapi13-marked.png') });
  await moreAction(page, '清除标记');
  await page.getByText(/^已清除 \d+ 处标记/).waitFor();
  expect((await standin(page)).highlights).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('English Office gets the English pane, and comments go into the document', async () => {
  const { page, errors } = await openPane({ text: SAMPLE, displayLanguage: 'en-US' });
  await page.goto(url);
  await page.getByRole('button', { name: 'Start check' }).click();
  await page.getByText(/\d+ paragraphs, \d+ findings/).waitFor();
  await page.getByRole('button', { name: 'Add comments' }).click();
  await page.getByText(/^Added \d+ comments/).waitFor();
  expect((await standin(page)).comments.length).toBeGreaterThan(0);
  await page.locator('#root').screenshot({ path: join(ARTIFACTS, 'english-pane.png') });
  expect(errors).toEqual([]);
  await page.close();
});

test("Word's notes (tracked changes read as accepted) show once, through checks and marking", async () => {
  // The sample with 修订 in one paragraph: two characters deleted, still in Paragraph.text.
  const lines = SAMPLE.split(/\r?\n/).filter((line) => line.trim() !== '');
  const at = lines.findIndex((line, i) => i > 1 && line.length > 20);
  const line = lines[at] as string;
  const paragraphs = lines.map((text, i) =>
    i === at
      ? { text: `${line.slice(0, 4)}已删${line.slice(4)}`, deleted: [{ start: 4, end: 6 }] }
      : { text },
  );
  const { page, errors } = await openPane({
    text: '',
    paragraphs,
    modes: { deletedTextInText: true },
  });
  await page.goto(url);
  const note = page.getByText(/文档中有尚未接受的修订/);
  await page.getByRole('button', { name: '开始检查' }).click();
  await page.getByText(SUMMARY).waitFor();
  expect(await note.count()).toBe(1);
  await moreAction(page, '全部标记');
  await page.getByText(/^已标记 \d+ 处/).waitFor();
  await page.getByRole('button', { name: '重新检查', exact: true }).click();
  await page.getByText(SUMMARY).waitFor();
  expect(await note.count()).toBe(1);
  await page
    .getByRole('status')
    .filter({ hasText: '文档中有尚未接受的修订' })
    .getByRole('button', { name: '关闭' })
    .click();
  expect(await note.count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('a long speech (2,100 paragraphs) is checked with a progress bar, and the pane stays usable', async () => {
  const long = Array.from({ length: 100 }, () => SAMPLE.trimEnd()).join('\n');
  const { page, errors } = await openPane({ text: long });
  await page.goto(url);
  await page.getByRole('button', { name: '开始检查' }).click();
  const started = Date.now();
  // The engine yields between rules, so the progress bar is painted while it runs.
  await page.getByRole('progressbar').waitFor();
  await page.getByText(SUMMARY).waitFor({ timeout: 120000 });
  metrics.longSpeech = {
    paragraphs: long.split('\n').length,
    msFromStartToResult: Date.now() - started,
    findings: Number(SUMMARY.exec((await page.getByText(SUMMARY).textContent()) ?? '')?.[1]),
  };
  await page.getByRole('tab', { name: '大纲' }).click();
  await page.getByRole('tree', { name: '标题大纲' }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a dark Office theme gives the dark pane', async () => {
  const { page, errors } = await openAndCheck({
    text: SAMPLE,
    officeTheme: { bodyBackgroundColor: '#262626' },
  });
  const background = await page
    .locator('#root .fui-FluentProvider > div')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 80);
  await page.locator('#root').screenshot({ path: join(ARTIFACTS, 'dark-pane.png') });
  expect(errors).toEqual([]);
  await page.close();
});

/** Presses Tab (or Shift+Tab) until the focused element's text is `text`; fails after `max` presses. */
async function tabTo(
  page: Page,
  text: string,
  options: { back?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === text) return;
  }
  throw new Error(`keyboard: could not reach "${text}" with ${options.back ? 'Shift+Tab' : 'Tab'}`);
}

test('the pane works from the keyboard alone: check, locate, switch tab, go to a heading', async () => {
  const { page, errors } = await openPane({ text: SAMPLE });
  await page.goto(url);
  await page.getByRole('button', { name: '开始检查' }).waitFor();
  await tabTo(page, '开始检查');
  await page.keyboard.press('Enter');
  await page.getByText(SUMMARY).waitFor();

  // Focus is on the result; Tab reaches the first row, Enter opens it, Tab reaches 定位.
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const onRow = await page.evaluate(
      () => document.activeElement?.matches('li[data-rule] > button[aria-expanded]') === true,
    );
    if (onRow) break;
  }
  await page.keyboard.press('Enter');
  await tabTo(page, '定位');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__standin?.selection() !== null);
  const located = (await standin(page)).selection;
  expect(located?.end).toBeGreaterThan(located?.start ?? 0);

  await tabTo(page, '检查', { back: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const tree = page.getByRole('tree', { name: '标题大纲' });
  await tree.waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The second heading of our sample is （一）产业发展势头良好, paragraph 6.
  await page.waitForFunction(() => window.__standin?.selection()?.paragraph === 6);
  await page.locator('#root').screenshot({ path: join(ARTIFACTS, 'keyboard-outline.png') });
  expect(errors).toEqual([]);
  await page.close();
});

test('the reviewer’s pass works on every seed speech', async () => {
  if (!existsSync(SEEDS)) {
    console.log(
      `e2e: ${SEEDS} is absent, so the seed speeches were not exercised (the sample speech was).`,
    );
    return;
  }
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  expect(seeds.length).toBeGreaterThan(0);
  const results: Record<string, unknown> = {};
  for (const file of seeds) {
    results[file] = await reviewersPass(`seed-${basename(file, '.txt')}`, {
      text: readFileSync(join(SEEDS, file), 'utf8'),
    });
  }
  metrics.seeds = results;
});
