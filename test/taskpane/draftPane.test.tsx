/** @jest-environment jsdom */
/**
 * 起草 as the pane mounts it: the first tab, opened by `?tab=draft`; office libraries merged over
 * the shipped one; its state kept across tabs; and an insertion marks 检查's results out of date.
 */
import './domShims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, type AppProps } from '../../src/taskpane/App';
import type { FetchText } from '../../src/taskpane/draft/officeLibrary';
import { renderPhrase, renderSkeleton } from '../../src/templates';
import type { SpeechDeskDrafting } from '../../src/word/insert';
import { MemoryWord } from './memoryWord';
import { testRules } from './testRules';

const WRITTEN = [
  '同志们：',
  '今天召开全局作风建设推进会，主要任务是总结前一阶段工作，部署下一步任务。',
  '下一步,要把作风建设同业务工作结合起来，做到两手抓、两不误。',
].join('\n');

/** Inserts after the cursor's paragraph (the second one) in a MemoryWord, as Word would. */
function draftingInto(word: MemoryWord): SpeechDeskDrafting & { inserted: string[][] } {
  const inserted: string[][] = [];
  const insert = (texts: string[]) => {
    inserted.push(texts);
    word.paragraphs.splice(2, 0, ...texts);
    return { paragraphs: texts.length, fields: 0 };
  };
  return {
    inserted,
    insertPhrase: async (phrase) => insert(renderPhrase(phrase).map((p) => p.text)),
    insertSkeleton: async (skeleton, options) =>
      insert(renderSkeleton(skeleton, { sections: options.sections }).map((p) => p.text)),
    addSection: async () => {
      throw new Error('not used here');
    },
    readSelectionText: async () => '',
  };
}

function renderPane(word: MemoryWord, props: Partial<AppProps> = {}) {
  return render(
    <App
      word={word}
      locale="zh-CN"
      rules={testRules}
      now={() => new Date(2024, 2, 15)}
      yieldToUi={() => Promise.resolve()}
      storage={window.localStorage}
      drafting={draftingInto(word)}
      {...props}
    />,
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const results = () => within(screen.getByRole('list', { name: '素材' })).getAllByRole('button');

beforeEach(() => window.localStorage.clear());

test('?tab=draft opens 起草, the first tab; its panel is named by its tab', async () => {
  renderPane(new MemoryWord(WRITTEN), { initialTab: 'draft' });
  expect(screen.getAllByRole('tab')).toEqual(
    ['起草', '检查', '大纲', '占位符', '设置'].map((name) => tab(name)),
  );
  expect(tab('起草').getAttribute('aria-selected')).toBe('true');
  await screen.findByRole('searchbox');
  const panel = screen.getByRole('tabpanel');
  expect(panel.getAttribute('aria-labelledby')).toBe('tab-draft');
  expect(tab('起草').getAttribute('aria-controls')).toBe(panel.id);
});

test('the writer’s search and choice survive a trip to 检查 and back', async () => {
  renderPane(new MemoryWord(WRITTEN), { initialTab: 'draft' });
  fireEvent.change(await screen.findByRole('searchbox'), { target: { value: 'wy' } });
  fireEvent.click(results()[0] as HTMLElement);
  fireEvent.click(tab('检查'));
  expect(screen.getByRole('button', { name: '开始检查' })).toBeTruthy();
  // Only the shown panel is exposed; 起草's is hidden, not gone.
  expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  expect(screen.queryByRole('searchbox')).toBeNull();
  fireEvent.click(tab('起草'));
  expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('wy');
  expect(screen.getByRole('document', { name: '预览' }).textContent).toContain(
    '一要想为，把岗位当作干事的平台',
  );
});

test('after an insertion 检查 marks its results out of date and offers the re-check', async () => {
  const word = new MemoryWord(WRITTEN);
  renderPane(word, { initialTab: 'check' });
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByText('共 3 段，发现 1 处问题');
  const stale = '文档已在“起草”中修改，下面的结果是修改前的，可能已过时。';
  expect(screen.queryByText(stale)).toBeNull();

  fireEvent.click(tab('起草'));
  fireEvent.change(await screen.findByRole('searchbox'), { target: { value: '团结协作' } });
  fireEvent.click(results()[0] as HTMLElement);
  fireEvent.click(screen.getByRole('button', { name: '插入到光标处' }));
  await screen.findByText('已插入 1 段。');
  expect(word.paragraphs[2]).toMatch(/^班子团结是最大的凝聚力/u);

  fireEvent.click(tab('检查'));
  const bar = (await screen.findByText(stale)).closest('[role="status"]') as HTMLElement;
  // The old results are still shown (under the warning) until the writer re-checks.
  expect(screen.getByText('共 3 段，发现 1 处问题')).toBeTruthy();
  const readsBefore = word.reads;
  fireEvent.click(within(bar).getByRole('button', { name: '重新检查' }));
  await screen.findByText('共 4 段，发现 1 处问题');
  expect(screen.queryByText(stale)).toBeNull();
  expect(word.reads).toBe(readsBefore + 1);
  // The comma finding moved down one paragraph with the insertion.
  const item = screen
    .getAllByRole('listitem')
    .find((li) => li.dataset.rule === 'punct/test-comma') as HTMLElement;
  expect(item.dataset.paragraph).toBe('3');
});

test('no stale mark before the first check, and none after a fix the checker made itself', async () => {
  const word = new MemoryWord(WRITTEN);
  renderPane(word, { initialTab: 'check' });
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByText('共 3 段，发现 1 处问题');
  fireEvent.click(document.querySelector('li[data-rule] button[aria-expanded]') as HTMLElement);
  fireEvent.click(screen.getByRole('button', { name: /^修复/ }));
  await screen.findByText('已修改 1 处，已重新检查。');
  expect(screen.queryByText(/可能已过时/u)).toBeNull();
});

test('office libraries are fetched once, merged over the shipped one, and bad entries reported', async () => {
  const office = {
    version: 1,
    phrases: [
      {
        id: 'office-fuwu-chengnuo',
        title: '本局服务承诺',
        theme: '服务',
        text: '要做到群众办事只进一扇门、最多跑一次。',
        tags: ['服务'],
        speechTypes: [],
      },
      { id: 'office-broken', title: '缺少正文', theme: '服务', tags: [], speechTypes: [] },
    ],
  };
  const asked: string[] = [];
  const fetchLibrary: FetchText = async (url) => {
    asked.push(url);
    return {
      ok: url === 'library/office.json',
      status: url === 'library/office.json' ? 200 : 404,
      text: async () => JSON.stringify(office),
    };
  };
  renderPane(new MemoryWord(WRITTEN), {
    initialTab: 'draft',
    libraryUrls: ['library/office.json', 'https://intranet.example/missing.json'],
    fetchLibrary,
  });
  const warning = await screen.findByText(/^本单位素材库有 2 处未能读取，其余素材照常可用/u);
  expect(warning.textContent).toContain('library/office.json: phrases[1] (office-broken)');
  expect(warning.textContent).toContain('https://intranet.example/missing.json: file: HTTP 404');
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'bjfw' } });
  expect(results().map((b) => b.textContent)).toEqual([expect.stringContaining('本局服务承诺')]);
  // The shipped library is still there.
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'wy' } });
  expect(results()[0]?.textContent).toContain('精气神：想为、敢为、勤为、有为、善为');

  fireEvent.click(tab('检查'));
  fireEvent.click(tab('起草'));
  await waitFor(() => expect(screen.getByRole('searchbox')).toBeTruthy());
  expect(asked).toEqual(['library/office.json', 'https://intranet.example/missing.json']);
});

test('English Office names the tab Draft', async () => {
  renderPane(new MemoryWord(WRITTEN), { locale: 'en-US', initialTab: 'draft' });
  expect(tab('Draft').getAttribute('aria-selected')).toBe('true');
  expect(await screen.findByText('Search the library')).toBeTruthy();
});
