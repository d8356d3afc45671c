/**
 * Drafting end to end, in headless Chromium on the preview harness (the browser stand-in for
 * Word with load/sync semantics, beside the production-built pane): open 起草 on an empty
 * document, find 五要 by pinyin initials, insert a skeleton, add a section, check (only fields
 * to fill), fill them in 占位符, check again (clean); and replace a selection with a phrase in a
 * written speech, with an office library served beside the page.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  ARTIFACTS,
  closePreviewSession,
  newPreviewPage,
  openPreviewSession,
  type PreviewInput,
  type PreviewSession,
} from './harness';

const SUMMARY = /共 \d+ 段，发现 (\d+) 处问题/;
const FIELD_TAG = 'speechdesk-field';

interface StandinView {
  paragraphs: string[];
  styles: string[];
  selection: { paragraph: number; start: number; end: number } | null;
  fields: Array<{ paragraph: number; start: number; end: number; tag: string; title: string }>;
}

let session: PreviewSession | undefined;
let browser: Browser;
let url: string;
const metrics: Record<string, number> = {};

beforeAll(async () => {
  session = await openPreviewSession();
  ({ url, browser } = session);
});

afterAll(() => closePreviewSession(session, 'draft-e2e-metrics.json', metrics));

async function standin(page: Page): Promise<StandinView> {
  return page.evaluate(() => {
    const s = window.__standin;
    if (!s) throw new Error('the preview did not install the stand-in');
    return {
      paragraphs: s.paragraphs(),
      styles: s.styles(),
      selection: s.selection(),
      fields: s.contentControls(),
    };
  });
}

async function openPane(
  input: PreviewInput,
  search: string,
): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await newPreviewPage(browser, input);
  await page.goto(`${url}${search}`);
  return { page, errors };
}

function results(page: Page) {
  return page.getByRole('list', { name: '素材' }).getByRole('button');
}

/** Puts the stand-in's cursor at the end of paragraph `index`, as a click in Word would. */
async function clickEndOf(page: Page, index: number): Promise<void> {
  const paragraph = page.locator(`#document p[data-paragraph="${index}"]`);
  const box = await paragraph.boundingBox();
  if (!box) throw new Error(`paragraph ${index} is not shown`);
  await paragraph.click({ position: { x: box.width - 4, y: box.height - 8 } });
  await page.waitForFunction((i) => window.__standin?.selection()?.paragraph === i, index);
}

/** Selects [start, end) of paragraph `index` in the stand-in, as a drag with the mouse would. */
async function selectText(page: Page, index: number, start: number, end: number): Promise<void> {
  await page.evaluate(
    ({ index, start, end }) => {
      const p = document.querySelector(`#document p[data-paragraph="${index}"]`);
      const text = p?.querySelector('span[data-start="0"]')?.firstChild;
      if (!text) throw new Error(`paragraph ${index} has no text`);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      const selection = document.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { index, start, end },
  );
  await page.waitForFunction(
    (want) => JSON.stringify(window.__standin?.selection()) === JSON.stringify(want),
    { paragraph: index, start, end },
  );
}

async function check(page: Page): Promise<number> {
  await page.getByRole('tab', { name: '检查' }).click();
  await page
    .getByRole('button', { name: /开始检查|重新检查/ })
    .first()
    .click();
  await page.getByText(SUMMARY).waitFor();
  return Number(SUMMARY.exec((await page.getByText(SUMMARY).textContent()) ?? '')?.[1]);
}

/** Values a writer types for the skeleton's fields: real-looking, and clean under every rule. */
const VALUES: Record<string, string> = {
  '【年份】': '2025',
  '【单位名称】': '县人社局',
  '【会议名称】': '全县人力资源和社会保障工作会议',
  '【上级会议名称】': '全市人力资源和社会保障工作会议',
  '【填写年度定位】': '全面深化改革的关键',
  '【工作名称】': '就业服务',
  '【指标名称】': '城镇新增就业',
  '【上级党委名称】': '县委',
  '【姓名】': '李华',
  '【数字】': '12',
};

test('empty document: find 五要 by pinyin, insert a skeleton, add a section, check, fill, check clean', async () => {
  const started = Date.now();
  const { page, errors } = await openPane({ text: '' }, '?tab=draft');
  await expect(page.getByRole('tab', { name: '起草' }).getAttribute('aria-selected')).resolves.toBe(
    'true',
  );
  const search = page.getByRole('searchbox');
  await search.waitFor();
  metrics.msToDraftTab = Date.now() - started;
  expect((await standin(page)).paragraphs).toEqual(['']);

  // 搜索 wy → 五要, and its preview.
  await search.fill('wy');
  await expect(results(page).first().textContent()).resolves.toContain(
    '精气神：想为、敢为、勤为、有为、善为',
  );
  await results(page).first().click();
  const preview = page.getByRole('document', { name: '预览' });
  await expect(preview.textContent()).resolves.toContain('一要想为，把岗位当作干事的平台');
  await page.screenshot({ path: join(ARTIFACTS, 'draft-1-search-wy.png') });

  // The annual work conference skeleton with three sections.
  await search.fill('');
  await page.getByRole('combobox', { name: '讲话类型' }).selectOption('annual-work');
  await results(page).filter({ hasText: '年度工作会议讲话' }).click();
  await page.getByRole('combobox', { name: '讲几个部分' }).selectOption('3');
  await expect(preview.textContent()).resolves.toContain('下面，我讲三点意见：');
  const inserting = Date.now();
  await page.getByRole('button', { name: '插入到光标处' }).click();
  await page.getByText(/^已插入 \d+ 段，其中【】内待替换的内容 \d+ 处/).waitFor();
  metrics.msInsertSkeleton = Date.now() - inserting;

  let doc = await standin(page);
  expect(doc.paragraphs[0]).toBe('在【会议名称】上的讲话');
  expect(doc.paragraphs).toContain('下面，我讲三点意见：');
  const headings = () => doc.paragraphs.filter((t) => /^[一二三四五]、/u.test(t));
  expect(headings().map((t) => t.slice(0, 2))).toEqual(['一、', '二、', '三、']);
  // Headings carry Word's built-in heading style, so the navigation pane shows the outline.
  for (const heading of headings())
    expect(doc.styles[doc.paragraphs.indexOf(heading)]).toBe('标题 1');
  expect(doc.styles[0]).toBe('标题');
  expect(doc.fields.length).toBeGreaterThan(0);
  expect(new Set(doc.fields.map((f) => f.tag))).toEqual(new Set([FIELD_TAG]));
  for (const field of doc.fields)
    expect(doc.paragraphs[field.paragraph]?.slice(field.start, field.end)).toBe(
      `【${field.title}】`,
    );
  await page.screenshot({ path: join(ARTIFACTS, 'draft-2-skeleton.png') });

  // Cursor in the last section (三、); the optional 作风 section goes to its place in the
  // framework (after 三, before the closing), wherever the cursor is.
  const closing = doc.paragraphs.findIndex((t, i) => i > 3 && t.startsWith('同志们，'));
  await clickEndOf(page, closing - 1);
  await page
    .getByRole('list', { name: '添加为新的一部分' })
    .getByRole('button', { name: /加强党的建设，持续改进作风/ })
    .click();
  await page.getByText('已添加第 4 部分，编号和“几点意见”已随之更新。').waitFor();
  doc = await standin(page);
  expect(doc.paragraphs).toContain('下面，我讲四点意见：');
  expect(doc.paragraphs).not.toContain('下面，我讲三点意见：');
  expect(headings().map((t) => t.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
  expect(headings()[3]).toMatch(/^四、加强党的建设，持续改进作风/u);
  // The new section comes after 三 and before the closing.
  const added = doc.paragraphs.indexOf(headings()[3] as string);
  expect(added).toBeGreaterThan(doc.paragraphs.indexOf(headings()[2] as string));
  expect(added).toBeLessThan(doc.paragraphs.findIndex((t, i) => i > 3 && t.startsWith('同志们，')));
  // Sections the document has are not offered again.
  await expect(
    page
      .getByRole('list', { name: '添加为新的一部分' })
      .getByRole('button', { name: /加强党的建设，持续改进作风/ })
      .count(),
  ).resolves.toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, 'draft-3-section-added.png') });

  // 检查: only the fields to fill are reported, as placeholders (counted apart, folded).
  const checking = Date.now();
  const count = await check(page);
  metrics.msCheckSkeleton = Date.now() - checking;
  expect(count).toBe(0);
  await page.getByText(/另有占位符 \d+ 处待填/).waitFor();
  await page.getByRole('button', { name: /占位符：\d+ 处待填/ }).click();
  const rules = await page
    .locator('li[data-rule]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule ?? ''));
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.filter((rule) => !rule.startsWith('placeholder/'))).toEqual([]);
  await page.screenshot({ path: join(ARTIFACTS, 'draft-4-checked.png') });

  // 占位符: fill the blanks one by one (each fill re-checks and moves to the next).
  await page.getByRole('tab', { name: '占位符' }).click();
  const field = page.getByRole('textbox', { name: /^填入内容/ });
  for (let left = 0; left < 200; left++) {
    await page.waitForFunction(
      () =>
        document.body.textContent?.includes('未发现占位符。') ||
        document.querySelector('[data-testid="blank-sentence"]') !== null,
    );
    if ((await page.getByText('未发现占位符。').count()) > 0) break;
    const label = (await page.getByTestId('blank-sentence').locator('mark').textContent()) ?? '';
    const value = VALUES[label];
    if (value === undefined) throw new Error(`e2e: no value to fill ${label}`);
    await field.fill(value);
    const same = page.getByRole('checkbox', { name: /相同空白还有/ });
    if ((await same.count()) > 0) await same.check();
    const before = await page.getByText(/^第 \d+ \/ \d+ 处空白$/).textContent();
    await page.getByRole('button', { name: /^填入/ }).click();
    const moved = (extra: string) =>
      page.waitForFunction(
        ({ was, extra }) =>
          document.body.textContent?.includes('未发现占位符。') ||
          (extra !== '' && document.body.textContent?.includes(extra)) ||
          ![...document.querySelectorAll('span')].some((e) => e.textContent === was),
        { was: before, extra },
        { timeout: 10000 },
      );
    await moved('仍要填入吗');
    const question = page.getByRole('button', { name: '仍然填入' });
    if ((await question.count()) > 0) {
      await question.click();
      await moved('');
    }
  }
  await page.screenshot({ path: join(ARTIFACTS, 'draft-5-filled.png') });
  doc = await standin(page);
  expect(doc.paragraphs.join('\n')).not.toMatch(/【[^】]*】/u);
  // The fields keep their controls around the values the writer typed.
  expect(doc.fields.length).toBeGreaterThan(0);

  // 检查 again: clean.
  expect(await check(page)).toBe(0);
  await page.getByText('未发现问题。').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'draft-6-clean.png') });
  metrics.msWholeFlow = Date.now() - started;
  expect(errors).toEqual([]);
  await page.close();
});

const OFFICE_LIBRARY = {
  version: 1,
  phrases: [
    {
      id: 'office-fuwu-chengnuo',
      title: '本局服务承诺',
      theme: '服务',
      text: '要做到群众办事只进一扇门、最多跑一次。\n对承诺事项，局办公室每月通报一次办理情况。',
      tags: ['服务', '承诺'],
      speechTypes: [],
    },
    { id: 'office-broken', title: '缺少正文', theme: '服务', tags: [], speechTypes: [] },
  ],
};

const WRITTEN = [
  '同志们：',
  '今天召开全局作风建设推进会，主要任务是总结前一阶段工作，部署下一步任务。',
  '过去一段时间，各科室认真查摆问题，作风建设取得了阶段性成效。这里先说一点临时想法。',
  '下一步,要把作风建设同业务工作结合起来，做到两手抓、两不误。',
].join('\n');

test('a written speech: replace the selection with a phrase from the office library; 检查 marks its results stale', async () => {
  const { page, errors } = await newPreviewPage(browser, {
    text: WRITTEN,
    libraryUrls: ['library/office.json'],
  });
  await page.route('**/library/office.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(OFFICE_LIBRARY) }),
  );
  await page.goto(`${url}?tab=check`);
  await expect(page.getByRole('tab', { name: '检查' }).getAttribute('aria-selected')).resolves.toBe(
    'true',
  );
  // One real defect, a half-width comma in the last paragraph.
  expect(await check(page)).toBe(1);
  const findingParagraph = () =>
    page.locator('li[data-rule="punct/halfwidth"]').getAttribute('data-paragraph');
  await expect(findingParagraph()).resolves.toBe('3');

  // Select the sentence to replace, then 起草: the office's phrase is in the library.
  const paragraph = WRITTEN.split('\n')[2] as string;
  const sentence = '这里先说一点临时想法。';
  const start = paragraph.indexOf(sentence);
  await selectText(page, 2, start, start + sentence.length);
  // To 起草 with the keyboard: the tabs are one arrow-key group.
  await page.getByRole('tab', { name: '检查' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: '起草' }).getAttribute('aria-selected')).resolves.toBe(
    'true',
  );
  await page.getByText(/本单位素材库有 1 处未能读取.*office-broken/u).waitFor();
  await page.getByRole('searchbox').fill('bjfw');
  await results(page).filter({ hasText: '本局服务承诺' }).click();
  await page.getByRole('button', { name: '插入到光标处' }).click();
  await page.getByText('已插入 2 段。').waitFor();

  // A two-paragraph phrase cannot go inline: the selected sentence is removed and the phrase's
  // paragraphs follow its paragraph (as at a cursor inside a paragraph).
  const doc = await standin(page);
  expect(doc.paragraphs).toEqual([
    '同志们：',
    '今天召开全局作风建设推进会，主要任务是总结前一阶段工作，部署下一步任务。',
    '过去一段时间，各科室认真查摆问题，作风建设取得了阶段性成效。',
    '要做到群众办事只进一扇门、最多跑一次。',
    '对承诺事项，局办公室每月通报一次办理情况。',
    '下一步,要把作风建设同业务工作结合起来，做到两手抓、两不误。',
  ]);
  await page.screenshot({ path: join(ARTIFACTS, 'draft-7-phrase-replaced.png') });

  // 检查 knows the document changed: the old results are marked, and the re-check clears the mark.
  await page.getByRole('tab', { name: '检查' }).click();
  const stale = page.getByText('文档已在“起草”中修改，下面的结果是修改前的，可能已过时。');
  await stale.waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'draft-8-stale.png') });
  await page.getByRole('status').getByRole('button', { name: '重新检查' }).click();
  await stale.waitFor({ state: 'detached' });
  await expect(page.getByText(SUMMARY).textContent()).resolves.toMatch(/共 6 段，发现 1 处问题/u);
  // The finding now points at its paragraph's new place.
  await expect(findingParagraph()).resolves.toBe('5');
  expect(errors).toEqual([]);
  await page.close();
});
