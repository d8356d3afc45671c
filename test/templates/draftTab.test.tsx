/** @jest-environment jsdom */
/**
 * The 起草 tab end to end over the Office.js insertion code and a small Word fake: search,
 * preview, insert a skeleton into an empty document, add a section, check (only placeholder
 * findings), fill the fields, check (clean); personal phrases saved, edited, deleted, imported.
 */
import '../taskpane/domShims';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { check, documentFromText } from '../../src/core';
import { DraftTab } from '../../src/taskpane/draft/DraftTab';
import { officeDrafting } from '../../src/word/insert';
import { installMiniWord, MiniDocument } from './miniWord';

const DATE = '2026-03-01';
const findingsOf = (doc: MiniDocument) =>
  check(documentFromText(doc.texts().join('\n')), { today: DATE, speechDate: DATE }).findings;

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

function results(): HTMLElement[] {
  return within(screen.getByRole('list', { name: '素材' })).getAllByRole('button');
}

test('`wy` finds 五要; the preview shows the passage', () => {
  installMiniWord(new MiniDocument(['']));
  render(<DraftTab drafting={officeDrafting} />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'wy' } });
  const first = results()[0] as HTMLElement;
  expect(first.textContent).toContain('精气神：想为、敢为、勤为、有为、善为');
  fireEvent.click(first);
  expect(screen.getByRole('document', { name: '预览' }).textContent).toContain(
    '一要想为，把岗位当作干事的平台',
  );
});

test('insert a skeleton into an empty document, add a section, check, fill, check clean', async () => {
  const doc = installMiniWord(new MiniDocument(['']));
  const changed = jest.fn();
  render(<DraftTab drafting={officeDrafting} onDocumentChanged={changed} />);
  fireEvent.change(screen.getByRole('combobox', { name: '讲话类型' }), {
    target: { value: 'symposium' },
  });
  const skeleton = results().find((b) => b.textContent?.includes('座谈会讲话')) as HTMLElement;
  fireEvent.click(skeleton);
  fireEvent.change(screen.getByRole('combobox', { name: '讲几个部分' }), {
    target: { value: '2' },
  });
  expect(screen.getByRole('document', { name: '预览' }).textContent).toContain(
    '下面，我就大家提出的意见讲两点看法：',
  );

  fireEvent.click(screen.getByRole('button', { name: '插入到光标处' }));
  await screen.findByText(/已插入 \d+ 段，其中【】内待替换的内容 \d+ 处/);
  expect(doc.texts()).toContain('下面，我就大家提出的意见讲两点看法：');
  expect(doc.texts().filter((t) => /^[一二三四]、/.test(t))).toHaveLength(2);
  expect(changed).toHaveBeenCalledTimes(1);

  // cursor in the title, then add the optional section the writer left out: it still goes to
  // its place in the framework (after the two sections, before the closing), not after the title
  const title = doc.paragraphs[0];
  if (!title) throw new Error('title');
  doc.selection = doc.track({ para: title, start: 2, end: 2 });
  const sectionsBefore = doc.texts().filter((t) => /^[一二三四]、/.test(t));
  fireEvent.click(screen.getByRole('button', { name: /添加为新的一部分：持续改进工作作风/ }));
  await screen.findByText('已添加第 3 部分，编号和“几点意见”已随之更新。');
  expect(doc.texts()).toContain('下面，我就大家提出的意见讲三点看法：');
  const sectionsAfter = doc.texts().filter((t) => /^[一二三四]、/.test(t));
  expect(sectionsAfter.slice(0, 2)).toEqual(sectionsBefore);
  expect(sectionsAfter[2]).toMatch(/^三、持续改进工作作风/);
  expect(doc.texts()[1]).not.toMatch(/^[一二三四]、/);

  const findings = findingsOf(doc);
  expect(findings.length).toBeGreaterThan(0);
  expect(
    findings.filter((f) => !f.rule.startsWith('placeholder/')).map((f) => `${f.rule} ${f.text}`),
  ).toEqual([]);

  const values: Record<string, string> = {
    会议名称: '全县人社系统青年干部座谈会',
    单位名称: '县人社局',
    数字: '8',
  };
  for (const control of [...doc.controls].reverse()) {
    doc.edit(control.para, control.start, control.end, values[control.title] ?? control.title);
  }
  expect(findingsOf(doc).map((f) => `${f.rule} ${f.text}`)).toEqual([]);
});

test('personal phrases: save the selection, edit, delete', async () => {
  const doc = installMiniWord(
    new MiniDocument(['同志们：', '要把群众满意作为检验工作的根本标准。下面，我讲三点意见：']),
  );
  doc.selection = doc.track({
    para: doc.paragraphs[1] as (typeof doc.paragraphs)[number],
    start: 0,
    end: 18,
  });
  const storage = memoryStorage();
  render(<DraftTab drafting={officeDrafting} storage={storage} />);

  fireEvent.click(screen.getByRole('button', { name: '把所选内容存为常用语' }));
  await screen.findByText(/已保存为常用语“要把群众满意作为检验工作/);
  expect(
    JSON.parse(storage.data.get('speechdesk.personalPhrases.v1') as string).phrases[0].text,
  ).toBe('要把群众满意作为检验工作的根本标准。');
  fireEvent.change(screen.getByRole('combobox', { name: '主题' }), {
    target: { value: '我的常用语' },
  });
  expect(results()).toHaveLength(1);

  fireEvent.click(screen.getByRole('button', { name: '编辑' }));
  fireEvent.change(screen.getByRole('textbox', { name: '标题' }), {
    target: { value: '群众满意' },
  });
  fireEvent.click(screen.getByRole('button', { name: '保存修改' }));
  await waitFor(() => expect(results()[0]?.textContent).toContain('群众满意'));

  fireEvent.click(screen.getByRole('button', { name: '删除' }));
  await screen.findByText('已删除常用语“群众满意”。');
  expect(screen.getByText('没有找到匹配的素材。')).toBeTruthy();
});

test('importing a file adds its phrases and reports the bad entry', async () => {
  installMiniWord(new MiniDocument(['']));
  render(<DraftTab drafting={officeDrafting} storage={memoryStorage()} />);
  const json = JSON.stringify({
    version: 1,
    phrases: [
      {
        id: 'personal-3',
        title: '服务承诺',
        theme: '我的常用语',
        text: '办事不超过一次。',
        tags: [],
        speechTypes: [],
      },
      { id: 'personal-4', title: '缺正文', theme: '我的常用语', tags: [], speechTypes: [] },
    ],
  });
  const file = new File([json], '常用语.json', { type: 'application/json' });
  if (typeof file.text !== 'function')
    Object.defineProperty(file, 'text', { value: async () => json });
  fireEvent.change(screen.getByLabelText('导入常用语', { selector: 'input' }), {
    target: { files: [file] },
  });
  await screen.findByText(/有 1 条未能导入：phrases\[1\] \(personal-4\)/);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '服务承诺' } });
  expect(results().map((b) => b.textContent)).toEqual([expect.stringContaining('服务承诺')]);
});

test('a Word failure is shown with what to do', async () => {
  installMiniWord(
    new MiniDocument(['同志们：', '今天，我们召开会议。'], { paragraph: 1, start: 0 }),
  );
  const failing = {
    ...officeDrafting,
    insertPhrase: async () => {
      throw Object.assign(new Error('denied'), {
        userMessage: { zh: '文档处于只读状态，无法修改。', en: 'Read-only.' },
      });
    },
  };
  render(<DraftTab drafting={failing} />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '使命呼唤担当' } });
  fireEvent.click(results()[0] as HTMLElement);
  fireEvent.click(screen.getByRole('button', { name: '插入到光标处' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('文档处于只读状态，无法修改。');
});

test('the preview shows an entry’s note and warns when its wording is out of date or season', () => {
  installMiniWord(new MiniDocument(['']));
  const { unmount } = render(<DraftTab drafting={officeDrafting} today="2027-11-01" />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '年度工作会议讲话' } });
  fireEvent.click(results()[0] as HTMLElement);
  expect(screen.getByText('这条素材可能已过时')).toBeTruthy();
  expect(screen.getByText(/可能已过时：适用至 2027-09-30/)).toBeTruthy();
  expect(screen.getByText(/党的二十一大召开后须改为新的表述/)).toBeTruthy();
  unmount();

  render(<DraftTab drafting={officeDrafting} today="2026-07-01" />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '开场：年初开局' } });
  fireEvent.click(results()[0] as HTMLElement);
  expect(screen.getByText('时令素材')).toBeTruthy();
  expect(screen.queryByText('这条素材可能已过时')).toBeNull();

  fireEvent.change(screen.getByRole('searchbox'), { target: { value: '零败诉' } });
  fireEvent.click(results()[0] as HTMLElement);
  expect(screen.getByText('使用前请注意')).toBeTruthy();
  expect(screen.getByText(/不是对问题不追责/)).toBeTruthy();
});

test('an entry that is current and has no note shows no notice', () => {
  installMiniWord(new MiniDocument(['']));
  render(<DraftTab drafting={officeDrafting} today="2026-03-01" />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'wy' } });
  fireEvent.click(results()[0] as HTMLElement);
  expect(screen.queryByText('使用前请注意')).toBeNull();
  expect(screen.queryByText('这条素材可能已过时')).toBeNull();
});
