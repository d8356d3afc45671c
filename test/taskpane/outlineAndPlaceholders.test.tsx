/** @jest-environment jsdom */
import './domShims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { MemoryWord } from './memoryWord';
import { SPEECH, testRules } from './testRules';

function renderPane(word: MemoryWord) {
  return render(
    <App
      word={word}
      locale="zh-CN"
      rules={testRules}
      now={() => new Date(2024, 2, 15)}
      yieldToUi={() => Promise.resolve()}
    />,
  );
}

async function checkThenOpen(tab: string) {
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByText(/共 \d+ 段，发现 \d+ 处问题/);
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  // The other tabs load on first use.
  await screen.findByRole('tabpanel');
  await waitFor(() => expect(screen.queryByRole('button', { name: '重新检查' })).toBeNull());
}

describe('大纲 tab', () => {
  test('asks for a check first', async () => {
    renderPane(new MemoryWord(SPEECH));
    fireEvent.click(screen.getByRole('tab', { name: '大纲' }));
    expect(await screen.findByText('先在“检查”页开始检查，再查看大纲。')).toBeTruthy();
  });

  test('shows the headings as a tree with the numbering problem on its heading', async () => {
    renderPane(new MemoryWord(SPEECH));
    await checkThenOpen('大纲');
    const tree = await screen.findByRole('tree', { name: '标题大纲' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((i) => i.getAttribute('data-paragraph'))).toEqual(['2', '3', '4', '5']);
    const first = items[0] as HTMLElement;
    expect(first.getAttribute('aria-level')).toBe('1');
    expect(items[1]?.getAttribute('aria-level')).toBe('2');
    expect(first.textContent).toContain('一、过去一年的主要成绩');
    // Only （三） carries the skip, and its accessible name says so.
    const third = items[2] as HTMLElement;
    expect(third.getAttribute('aria-label')).toBe(
      '（三）教师队伍不断壮大，编号有问题：序号“（三）”前缺少“2”',
    );
    expect(items[1]?.getAttribute('aria-label')).toBe('（一）办学条件持续改善');
  });

  test('clicking or pressing Enter on a heading selects it in Word', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await checkThenOpen('大纲');
    const items = within(await screen.findByRole('tree')).getAllByRole('treeitem');
    fireEvent.click(within(items[2] as HTMLElement).getByText('教师队伍不断壮大'));
    await waitFor(() => expect(word.selection?.paragraph).toBe(4));
    fireEvent.keyDown(items[3] as HTMLElement, { key: 'Enter' });
    await waitFor(() => expect(word.selection).toEqual({ paragraph: 5, start: 0, end: 9 }));
  });
});

describe('占位符 tab', () => {
  test('groups placeholders by what they stand for and fills a whole group at once', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await checkThenOpen('占位符');
    const groups = within(await screen.findByRole('list', { name: '待填的占位符' })).getAllByRole(
      'listitem',
    );
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      '全X ×2',
      'X万平方米 ×1',
      'X万人 ×1',
    ]);

    const quanX = groups[0] as HTMLElement;
    fireEvent.change(within(quanX).getByRole('textbox', { name: '填入内容' }), {
      target: { value: '全县' },
    });
    fireEvent.click(within(quanX).getByRole('button', { name: '全部填入' }));
    await screen.findByText('已修改 2 处，已重新检查。');
    expect(word.paragraphs[3]).toBe(
      '（一）办学条件持续改善。全县新建校舍X万平方米,改造薄弱学校12所。',
    );
    expect(word.paragraphs[6]).toBe('全县教育系统要坚持立德树人,办好人民满意的教育。');
    const after = within(screen.getByRole('list', { name: '待填的占位符' })).getAllByRole(
      'listitem',
    );
    expect(after.map((g) => g.getAttribute('aria-label'))).toEqual(['X万平方米 ×1', 'X万人 ×1']);
  });

  test('an empty fill is refused', async () => {
    renderPane(new MemoryWord(SPEECH));
    await checkThenOpen('占位符');
    const buttons = await screen.findAllByRole('button', { name: '全部填入' });
    expect(buttons.every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });
});
