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
  const position = () => screen.getByText(/^第 \d+ \/ \d+ 处空白$/).textContent;
  const sentence = () => screen.getByTestId('blank-sentence').textContent;
  const fillWith = (value: string) => {
    fireEvent.change(screen.getByRole('textbox', { name: /^填入内容/ }), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: /^填入/ }));
  };

  test('one blank at a time in its sentence: fill, question, undo, skip, next and previous', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await checkThenOpen('占位符');
    await screen.findByText('第 1 / 4 处空白');
    expect(sentence()).toBe('全X新建校舍X万平方米,改造薄弱学校12所。');
    expect(screen.getByRole('button', { name: '定位' })).toBeTruthy();

    fillWith('全县');
    await screen.findByText('已填入 1 处，已重新检查。');
    expect(word.paragraphs[3]).toBe(
      '（一）办学条件持续改善。全县新建校舍X万平方米,改造薄弱学校12所。',
    );
    // On to the next blank, with the cursor in the field for it.
    expect(position()).toBe('第 1 / 3 处空白');
    expect(screen.getByText('应填：数字（单位原文已有）')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^填入内容/ })),
    );

    // A name in a number blank is questioned, not written.
    fillWith('张明');
    expect(await screen.findByText('这里应填数字，“张明”看起来不是。仍要填入吗？')).toBeTruthy();
    expect(word.paragraphs[3]).toContain('X万平方米');
    fillWith('1.2');
    await waitFor(() => expect(word.paragraphs[3]).toContain('1.2万平方米'));

    // One action takes the last fill back.
    fireEvent.click(await screen.findByRole('button', { name: '撤销上次填入（“1.2”）' }));
    await screen.findByText('已撤销上次填入（1 处），已重新检查。');
    expect(word.paragraphs[3]).toBe(
      '（一）办学条件持续改善。全县新建校舍X万平方米,改造薄弱学校12所。',
    );
    expect(position()).toBe('第 1 / 3 处空白');

    fireEvent.click(screen.getByRole('button', { name: '跳过' }));
    expect(position()).toBe('第 2 / 3 处空白');
    expect(screen.getByText(/已跳过 1 处/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一处' }));
    expect(sentence()).toBe('全X教育系统要坚持立德树人,办好人民满意的教育。');
    fireEvent.click(screen.getByRole('button', { name: '上一处' }));
    expect(position()).toBe('第 2 / 3 处空白');
  });

  test('fill-all is offered for the same blank in the same phrase, and shows each one first', async () => {
    const word = new MemoryWord(
      [
        '在2024年全县人社工作会议上的讲话',
        '全X人社系统要提高站位。',
        '今年全X人社系统要抓好就业。',
        '全X城乡居民参保率稳步提高。',
      ].join('\n'),
    );
    renderPane(word);
    await checkThenOpen('占位符');
    await screen.findByText('第 1 / 3 处空白');
    const same = screen.getByRole('checkbox', { name: /相同空白还有 1 处（“全X人社系统”）/ });
    fireEvent.click(same);
    expect(screen.getByText('将一并填入以下各处：')).toBeTruthy();
    expect(screen.getByText('将一并填入以下各处：').parentElement?.textContent).toContain(
      '今年全X人社系统',
    );
    fillWith('全区');
    await screen.findByText('已填入 2 处，已重新检查。');
    expect(word.paragraphs.slice(1)).toEqual([
      '全区人社系统要提高站位。',
      '今年全区人社系统要抓好就业。',
      '全X城乡居民参保率稳步提高。',
    ]);
    // The blank in another phrase is not offered with them.
    expect(screen.queryByRole('checkbox', { name: /相同空白/ })).toBeNull();
  });

  test('an empty fill is refused', async () => {
    renderPane(new MemoryWord(SPEECH));
    await checkThenOpen('占位符');
    await screen.findByText('第 1 / 4 处空白');
    expect(screen.getByRole('button', { name: /^填入$/ })).toHaveProperty('disabled', true);
  });
});
