/** @jest-environment jsdom */
import './domShims';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, type AppProps } from '../../src/taskpane/App';
import { defineRule, type RuleReport } from '../../src/core';
import {
  officeLibraryJson,
  PERSONAL_ALLOW_KEY,
  RULE_SETTINGS_KEY,
} from '../../src/taskpane/userSettings';
import { TRACKED_NOTE } from '../../src/word/texts';
import { MemoryWord } from './memoryWord';

const FELL_BACK = {
  zh: '此版本的 Word 无法添加编辑器式标记，已改用突出显示。',
  en: 'This Word cannot add Editor-style marks, so highlights were used.',
};
import { SPEECH, suggestionRule, testRules } from './testRules';

const immediate = () => Promise.resolve();
const fixedNow = () => new Date(2024, 2, 15);

function renderPane(word: MemoryWord, props: Partial<AppProps> = {}) {
  return render(
    <App
      word={word}
      locale="zh-CN"
      rules={testRules}
      now={fixedNow}
      yieldToUi={immediate}
      storage={window.localStorage}
      {...props}
    />,
  );
}

async function startCheck() {
  fireEvent.click(screen.getByRole('button', { name: /开始检查|重新检查/ }));
  await screen.findByText(/共 \d+ 段，发现 \d+ 处问题/);
}

function findingItems(): HTMLElement[] {
  return screen.queryAllByRole('listitem').filter((li) => li.hasAttribute('data-rule'));
}

/** The finding's row, opened so its actions show. */
function openRow(rule: string, index = 0): HTMLElement {
  const li = findingItems().filter((item) => item.dataset.rule === rule)[index] as HTMLElement;
  const toggle = li.querySelector('button[aria-expanded]') as HTMLElement;
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return findingItems().filter((item) => item.dataset.rule === rule)[index] as HTMLElement;
}

async function moreAction(name: string | RegExp) {
  fireEvent.click(screen.getByRole('button', { name: '更多操作' }));
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}

function openOptions() {
  fireEvent.click(screen.getByRole('button', { name: '筛选与排序' }));
}

beforeEach(() => window.localStorage.clear());

describe('检查 tab', () => {
  test('triage: problems first with a summary by severity and kind, placeholders counted apart and folded', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    expect(screen.getByText('点击“开始检查”检查当前文档。')).toBeTruthy();
    await startCheck();

    // 4 placeholders (全X twice, X万 twice) apart; 1 heading skip and 2 half-width commas to judge.
    expect(screen.getByText('共 7 段，发现 3 处问题')).toBeTruthy();
    const counts = screen.getByText((_content, element) =>
      /^错误 1 · 警告 2 · 提示 0 ｜ 编号 1 · 标点 2$/u.test(element?.textContent ?? ''),
    );
    expect(counts.tagName).toBe('SPAN');
    expect(screen.getByText('另有占位符 4 处待填，已收起放在最后。')).toBeTruthy();
    // Only the problems are rows; the placeholders are one closed group.
    expect(findingItems().map((li) => li.dataset.rule)).toEqual([
      'heading/test-skip',
      'punct/test-comma',
      'punct/test-comma',
    ]);
    const group = screen.getByRole('button', { name: /占位符：4 处待填/ });
    expect(group.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(group);
    expect(findingItems()).toHaveLength(7);

    const skip = openRow('heading/test-skip');
    expect(within(skip).getAllByText('序号“（三）”前缺少“2”')).toHaveLength(1);
    // The excerpt names the paragraph (1-based) and marks the reported text.
    expect(skip.textContent).toContain('第 5 段：');
    expect(skip.querySelector('mark')?.textContent).toBe('（三）');
  });

  test('the placeholder group leads to 占位符, and document order is an option', async () => {
    renderPane(new MemoryWord(SPEECH));
    await startCheck();
    openOptions();
    fireEvent.change(screen.getByRole('combobox', { name: '排列' }), {
      target: { value: 'document' },
    });
    expect(findingItems().map((li) => li.dataset.paragraph)).toEqual(['3', '4', '6']);
    fireEvent.click(screen.getByRole('button', { name: '到“占位符”页逐个填写' }));
    expect(screen.getByRole('tab', { name: '占位符' }).getAttribute('aria-selected')).toBe('true');
  });

  test('after a check, focus is on the result, not lost to the page', async () => {
    renderPane(new MemoryWord(SPEECH));
    await startCheck();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('共 7 段，发现 3 处问题'));
  });

  test('定位 selects the finding in Word', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    const comma = openRow('punct/test-comma');
    fireEvent.click(within(comma).getByRole('button', { name: '定位' }));
    await waitFor(() => expect(word.selection).toEqual({ paragraph: 3, start: 23, end: 24 }));
  });

  test('修复 writes the fix, re-checks, and the finding is gone', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    const comma = openRow('punct/test-comma');
    fireEvent.click(within(comma).getByRole('button', { name: /^修复/ }));
    await screen.findByText('已修改 1 处，已重新检查。');
    expect(word.paragraphs[3]).toBe(
      '（一）办学条件持续改善。全X新建校舍X万平方米，改造薄弱学校12所。',
    );
    // Every other paragraph is untouched.
    expect(word.paragraphs.filter((p, i) => p !== SPEECH.split('\n')[i])).toHaveLength(1);
    expect(screen.getByText('共 7 段，发现 2 处问题')).toBeTruthy();
    expect(word.reads).toBe(2);
  });

  test('全部修复 applies every safe fix, as tracked changes when asked', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    openOptions();
    fireEvent.click(screen.getByRole('checkbox', { name: '以修订方式修改' }));
    await moreAction('全部修复（2）');
    await screen.findByText('已修改 2 处，已重新检查。');
    expect(word.trackedFixes).toBe(2);
    expect(word.paragraphs.join('\n')).not.toMatch(/,/);
    fireEvent.click(screen.getByRole('button', { name: '更多操作' }));
    expect(
      (await screen.findByRole('menuitem', { name: '全部修复（0）' })).getAttribute(
        'aria-disabled',
      ),
    ).toBe('true');
  });

  test('a paragraph edited after the check is not written; the pane says so and re-checks', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    word.paragraphs[6] = '全X教育系统要坚持立德树人,努力办好人民满意的教育。';
    const comma = openRow('punct/test-comma', 1);
    fireEvent.click(within(comma).getByRole('button', { name: /^修复/ }));
    await screen.findByText(/1 处所在段落在检查后被改动，未修改/);
    expect(word.paragraphs[6]).toBe('全X教育系统要坚持立德树人,努力办好人民满意的教育。');
  });

  test('忽略 hides a finding, saves it with the document, and 显示已忽略 brings it back', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    const skip = openRow('heading/test-skip');
    fireEvent.click(within(skip).getByRole('button', { name: '忽略' }));
    await waitFor(() => expect(word.settings.ignored).toHaveLength(1));
    expect(findingItems().some((li) => li.dataset.rule === 'heading/test-skip')).toBe(false);
    expect(screen.getByText('共 7 段，发现 2 处问题')).toBeTruthy();

    openOptions();
    fireEvent.click(screen.getByRole('switch', { name: '显示已忽略' }));
    const shown = openRow('heading/test-skip');
    fireEvent.click(within(shown).getByRole('button', { name: '取消忽略' }));
    await waitFor(() => expect(word.settings.ignored).toHaveLength(0));
  });

  test('ignored findings stay ignored when the pane is opened again on the same document', async () => {
    const word = new MemoryWord(SPEECH);
    const first = renderPane(word);
    await startCheck();
    const skip = openRow('heading/test-skip');
    fireEvent.click(within(skip).getByRole('button', { name: '忽略' }));
    await waitFor(() => expect(word.settings.ignored).toHaveLength(1));
    first.unmount();

    renderPane(word);
    await startCheck();
    expect(screen.getByText('共 7 段，发现 2 处问题')).toBeTruthy();
  });

  test('severity and category filters narrow the list', async () => {
    renderPane(new MemoryWord(SPEECH));
    await startCheck();
    openOptions();
    fireEvent.click(screen.getByRole('button', { name: '错误 5' }));
    expect(findingItems().map((li) => li.dataset.rule)).toEqual([
      'punct/test-comma',
      'punct/test-comma',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '错误 5' }));
    fireEvent.change(screen.getByRole('combobox', { name: '类别' }), {
      target: { value: 'heading' },
    });
    expect(findingItems().map((li) => li.dataset.rule)).toEqual(['heading/test-skip']);
  });

  test('全部标记, 清除标记 and 添加批注 go to Word with the visible findings', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    await moreAction('全部标记');
    await screen.findByText('已标记 7 处。');
    expect(word.marked).toHaveLength(7);
    await moreAction('清除标记');
    await screen.findByText('已清除 7 处标记。');
    fireEvent.click(screen.getByRole('button', { name: '添加批注' }));
    await screen.findByText('已添加 7 条批注。');
    expect(word.comments.map((f) => f.rule)).toContain('heading/test-skip');
    // Comments carry the rule's Chinese name.
    expect(word.commentRuleNames?.['heading/test-skip']).toBe('标题序号跳号');
    // A second run adds none; 删除本工具添加的批注 takes them back.
    fireEvent.click(screen.getByRole('button', { name: '添加批注' }));
    await screen.findByText('没有新增批注：这些问题都已有本工具的批注。');
    expect(word.comments).toHaveLength(7);
    await moreAction('删除本工具添加的批注');
    await screen.findByText('已删除本工具添加的 7 条批注，其他批注未动。');
    expect(word.comments).toEqual([]);
  });

  test("Word's notes on reading and marking show once each, and stay gone when dismissed", async () => {
    const word = new MemoryWord(SPEECH);
    word.readNotes = [TRACKED_NOTE];
    // The adapter repeats the tracked-changes note when marking; the fallback note is new.
    word.markNotes = [FELL_BACK, TRACKED_NOTE];
    renderPane(word);
    await startCheck();
    expect(screen.getAllByText(TRACKED_NOTE.zh)).toHaveLength(1);
    await startCheck();
    expect(screen.getAllByText(TRACKED_NOTE.zh)).toHaveLength(1);
    await moreAction('全部标记');
    await screen.findByText('已标记 7 处。');
    expect(screen.getAllByText(FELL_BACK.zh)).toHaveLength(1);
    expect(screen.getAllByText(TRACKED_NOTE.zh)).toHaveLength(1);

    const bar = screen.getByText(TRACKED_NOTE.zh).closest('.fui-MessageBar') as HTMLElement;
    fireEvent.click(within(bar).getByRole('button', { name: '关闭' }));
    expect(screen.queryByText(TRACKED_NOTE.zh)).toBeNull();
    await startCheck();
    expect(screen.queryByText(TRACKED_NOTE.zh)).toBeNull();
    expect(screen.getByText(FELL_BACK.zh)).toBeTruthy();
  });

  test('more than 20 comments are asked for first, with the choice to leave placeholders out', async () => {
    const lines = Array.from({ length: 15 }, (_, i) => `第${i + 1}项任务投入X万元,进展顺利。`);
    const word = new MemoryWord(['在2024年全县工作会议上的讲话', ...lines].join('\n'));
    renderPane(word);
    await startCheck();
    fireEvent.click(screen.getByRole('button', { name: '添加批注' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('添加 30 条批注？')).toBeTruthy();
    expect(word.comments).toEqual([]);
    fireEvent.click(
      await within(dialog).findByRole('button', { name: '不含占位符（15）', hidden: true }),
    );
    await screen.findByText('已添加 15 条批注。');
    expect(word.comments.every((f) => f.rule === 'punct/test-comma')).toBe(true);
  });

  test('without WordApi 1.4 the comment button is hidden and the pane says why', async () => {
    renderPane(new MemoryWord(SPEECH, { comments: false, trackChanges: false }));
    await startCheck();
    expect(screen.queryByRole('button', { name: '添加批注' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: '以修订方式修改' })).toBeNull();
    expect(screen.getByText(/您的 Word 不支持批注（需要 WordApi 1.4/)).toBeTruthy();
  });

  test('a failed read shows an error with what to do, and 重试 recovers', async () => {
    const word = new MemoryWord(SPEECH);
    word.failNextRead = Object.assign(new Error('The document is locked'), {
      name: 'RichApi.Error',
    });
    renderPane(word);
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('无法读取文档。请确认文档没有处于只读或编辑受限状态');
    expect(alert.textContent).toContain('RichApi.Error: The document is locked');
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await screen.findByText('共 7 段，发现 3 处问题');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('speech date', () => {
  function editDate(value: string) {
    fireEvent.click(screen.getByRole('button', { name: '修改' }));
    const input = screen.getByRole('textbox', { name: '讲话日期' });
    fireEvent.change(input, { target: { value } });
    fireEvent.keyDown(input, { key: 'Enter' });
  }

  test('is detected from the title, and a date the user types is saved with the document', async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    expect(screen.getByTestId('speech-date').textContent).toBe('2024年（仅知年份）');
    // One hint: what was found and where.
    expect(screen.getByText(/^依据：第1段“[^”]*2024年[^”]*”。$/)).toBeTruthy();

    editDate('2024-13-01');
    expect(screen.getByText('请写成 2024-03-01、2024/3/1 或 2024年3月1日。')).toBeTruthy();
    expect(word.settings.speechDate).toBeUndefined();

    fireEvent.change(screen.getByRole('textbox', { name: '讲话日期' }), {
      target: { value: '2024年6月30日' },
    });
    fireEvent.keyDown(screen.getByRole('textbox', { name: '讲话日期' }), { key: 'Enter' });
    await waitFor(() => expect(word.settings.speechDate).toBe('2024-06-30'));
    await waitFor(() => expect(word.reads).toBe(2));
    expect(screen.getByText(/您设定的日期/)).toBeTruthy();
    expect(screen.getByTestId('speech-date').textContent).toBe('2024-06-30');

    fireEvent.click(screen.getByRole('button', { name: '改回自动识别' }));
    await waitFor(() => expect(word.settings.speechDate).toBeUndefined());
  });

  test.each([
    ['2022-3-10', '2022-03-10'],
    ['2022/3/10', '2022-03-10'],
    ['2022年3月10日', '2022-03-10'],
  ])('accepts %s', async (typed, saved) => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    editDate(typed);
    await waitFor(() => expect(word.settings.speechDate).toBe(saved));
  });

  test('a saved date is used for the next check', async () => {
    const word = new MemoryWord(SPEECH);
    word.settings = { speechDate: '2023-12-01', ignored: [] };
    renderPane(word);
    await waitFor(() => expect(screen.getByTestId('speech-date').textContent).toBe('2023-12-01'));
    await startCheck();
    expect(screen.getByTestId('speech-date').textContent).toBe('2023-12-01');
  });
});

describe('rule settings', () => {
  test('turning a rule off is saved per user and leaves its findings out of the next check', async () => {
    renderPane(new MemoryWord(SPEECH));
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    fireEvent.click(await screen.findByRole('switch', { name: '启用“半角逗号”' }));
    expect(JSON.parse(window.localStorage.getItem(RULE_SETTINGS_KEY) ?? '{}')).toEqual({
      'punct/test-comma': 'off',
    });
    fireEvent.change(screen.getByRole('combobox', { name: '“未填的占位符”的严重程度' }), {
      target: { value: 'warning' },
    });

    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    await startCheck();
    // The comma rule is off; placeholders, now warnings, are still counted apart.
    expect(screen.getByText('共 7 段，发现 1 处问题')).toBeTruthy();
    openOptions();
    expect(screen.getByRole('button', { name: '警告 4' })).toBeTruthy();
  });

  test('settings saved earlier are read back; unknown or broken entries are dropped', async () => {
    window.localStorage.setItem(
      RULE_SETTINGS_KEY,
      JSON.stringify({
        'punct/test-comma': 'off',
        'no/such-rule': 'off',
        'heading/test-skip': 'loud',
      }),
    );
    renderPane(new MemoryWord(SPEECH));
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    expect(await screen.findByRole('switch', { name: '启用“半角逗号”' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.getByRole('switch', { name: '启用“标题序号跳号”' })).toHaveProperty(
      'checked',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    expect(screen.getByRole('switch', { name: '启用“半角逗号”' })).toHaveProperty('checked', true);
  });
});

describe('English Office', () => {
  test('shows the pane and the engine messages in English', async () => {
    renderPane(new MemoryWord(SPEECH), { locale: 'en-US' });
    fireEvent.click(screen.getByRole('button', { name: 'Start check' }));
    await screen.findByText('7 paragraphs, 3 findings');
    expect(screen.getByRole('button', { name: /Placeholders: 4 to fill/ })).toBeTruthy();
    expect(screen.getByText('"（三）" follows a gap: "2" is missing')).toBeTruthy();
    await act(async () => undefined);
  });
});

describe('English Office: notes', () => {
  test("Word's notes are shown in English", async () => {
    const word = new MemoryWord(SPEECH);
    word.readNotes = [TRACKED_NOTE];
    renderPane(word, { locale: 'en-US' });
    fireEvent.click(screen.getByRole('button', { name: 'Start check' }));
    await screen.findByText('7 paragraphs, 3 findings');
    expect(screen.getByText(TRACKED_NOTE.en)).toBeTruthy();
    expect(screen.queryByText(TRACKED_NOTE.zh)).toBeNull();
  });
});

describe('Word errors', () => {
  test("the adapter's own explanation is shown when Word refuses an edit", async () => {
    const word = new MemoryWord(SPEECH);
    renderPane(word);
    await startCheck();
    word.applyFixes = async () => {
      throw Object.assign(new Error('AccessDenied'), {
        name: 'WordAdapterError',
        userMessage: {
          zh: '文档处于只读或受保护状态，无法修改。请在 Word 中启用编辑后重试。',
          en: 'The document is read-only or protected. Enable editing in Word, then retry.',
        },
      });
    };
    await moreAction('全部修复（2）');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      '文档处于只读或受保护状态，无法修改。请在 Word 中启用编辑后重试。',
    );
    fireEvent.click(within(alert).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('alert')).toBeNull();
    // The buttons work again after the failure.
    expect(screen.getByRole('button', { name: '更多操作' })).toHaveProperty('disabled', false);
  });
});

describe('long documents', () => {
  test('a category shows its first 50 findings and a button for the rest', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `第${i + 1}项工作要抓紧,抓实。`);
    renderPane(new MemoryWord(['在2024年全县工作会议上的讲话', ...lines].join('\n')));
    await startCheck();
    expect(findingItems()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: '显示全部 60 处' }));
    expect(findingItems()).toHaveLength(60);
  });
});

describe('suggestions', () => {
  test('a finding without a certain fix offers its suggestions in a menu, and the chosen one is written', async () => {
    const word = new MemoryWord('在2024年全县干部大会上的讲话\n要增强“四个意识”，做到二个维护。');
    renderPane(word, { rules: [suggestionRule] });
    await startCheck();
    const item = openRow('term/test-canon');
    expect(within(item).queryByRole('button', { name: /^修复：/ })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: '选择修改' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '改为“两个维护”' }));
    await screen.findByText('已修改 1 处，已重新检查。');
    expect(word.paragraphs[1]).toBe('要增强“四个意识”，做到两个维护。');
  });
});

describe('speech date field', () => {
  test('a year-only date shows no made-up day, and the hint says once where it was found', async () => {
    const word = new MemoryWord(
      ['在2023年全县人社工作会议上的讲话', '同志们：', '今天召开全县人社工作会议。'].join('\n'),
    );
    renderPane(word);
    await startCheck();
    expect(screen.getByTestId('speech-date').textContent).toBe('2023年（仅知年份）');
    expect(screen.queryByText(/01-01/)).toBeNull();
    expect(
      screen.getAllByText(/2023年/).filter((e) => /依据/.test(e.textContent ?? '')),
    ).toHaveLength(1);
  });
});

describe('忽略此词', () => {
  /** Stands in for typo/confusable: flags every 带 (the rule id is what offers 忽略此词). */
  const confusable = defineRule({
    id: 'typo/confusable',
    title: { zh: '易混字', en: 'Confusable character' },
    description: { zh: '测试用。', en: 'For tests.' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: { hit: { zh: '“{text}”可能是错字', en: '"{text}" may be a typo' } },
    defaultOptions: {},
    check(doc) {
      const reports: RuleReport[] = [];
      doc.paragraphs.forEach((p, paragraph) => {
        for (const m of p.text.matchAll(/沙带/gu))
          reports.push({
            paragraph,
            offset: m.index,
            length: 2,
            messageId: 'hit',
            data: { text: m[0] },
          });
      });
      return reports;
    },
  });
  const TEXT = '在2024年沙带镇工作会议上的讲话\n沙带镇要抓好防汛工作。';

  test('本文档 keeps the word in the document’s ignore store and re-checks without it', async () => {
    const word = new MemoryWord(TEXT);
    renderPane(word, { rules: [confusable] });
    await startCheck();
    expect(findingItems()).toHaveLength(2);
    const row = openRow('typo/confusable');
    expect(within(row).getByText(/会作为词语原样保存/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '忽略此词…' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '本文档：不再提示“沙带”' }));
    await screen.findByText('已忽略“沙带”，并已重新检查。');
    expect(word.settings.ignored).toEqual(['word:沙带']);
    expect(findingItems()).toHaveLength(0);
  });

  test('本单位 adds the word to the personal list that 设置 shows and exports', async () => {
    renderPane(new MemoryWord(TEXT), { rules: [confusable] });
    await startCheck();
    const row = openRow('typo/confusable');
    fireEvent.click(within(row).getByRole('button', { name: '忽略此词…' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '本单位：加入个人词表' }));
    await screen.findByText('已忽略“沙带”，并已重新检查。');
    expect(JSON.parse(window.localStorage.getItem(PERSONAL_ALLOW_KEY) ?? '[]')).toEqual(['沙带']);
    expect(findingItems()).toHaveLength(0);
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    expect(await screen.findByText('沙带')).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出为单位词库（JSON）' })).toHaveProperty(
      'disabled',
      false,
    );
    expect(officeLibraryJson(['沙带'])).toBe(
      '{\n  "version": 1,\n  "allow": [\n    "沙带"\n  ]\n}\n',
    );
  });

  test('words an office library allows are never flagged', async () => {
    const asked: string[] = [];
    renderPane(new MemoryWord(TEXT), {
      rules: [confusable],
      libraryUrls: ['library/office.json'],
      fetchLibrary: async (url) => {
        asked.push(url);
        return {
          ok: true,
          status: 200,
          text: async () => JSON.stringify({ version: 1, allow: ['沙带'] }),
        };
      },
    });
    await startCheck();
    expect(findingItems()).toHaveLength(0);
    await startCheck();
    // Fetched once, at the first check.
    expect(asked).toEqual(['library/office.json']);
  });
});
