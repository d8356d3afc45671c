/**
 * The adapter under the stand-in's real-Word modes (preview/standin/modes.ts): each test names
 * the break of issue 11 it covers, and fails on the adapter as it was before (see
 * docs/word-addin.md for the behaviour table and sources).
 */
import type { Finding } from '../../src/core';
import { createOfficeWord, findingKey, WordAdapterError } from '../../src/word';
import { messageFor } from '../../src/word/errors';
import { HIGHLIGHT_BY_SEVERITY } from '../../src/word/mark';
import { resetReviewedTextFailure } from '../../src/word/texts';
import { findingOn, installWord } from './helpers';

const YELLOW = HIGHLIGHT_BY_SEVERITY.warning;

afterEach(() => resetReviewedTextFailure());

/** A finding on the `occurrence`-th `text` of `paragraphText` (the text the check saw). */
function findingIn(
  paragraphText: string,
  paragraph: number,
  text: string,
  options: { occurrence?: number; fix?: string } = {},
): Finding {
  let offset = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    offset = paragraphText.indexOf(text, offset + 1);
  }
  if (offset < 0) throw new Error(`"${text}" not in "${paragraphText}"`);
  return {
    rule: 'wording/stale-term',
    severity: 'warning',
    paragraph,
    offset,
    length: text.length,
    text,
    message: `“${text}”需要核实`,
    messageId: 'stale',
    ...(options.fix === undefined ? {} : { fix: { replacement: options.fix } }),
  };
}

async function failure(promise: Promise<unknown>): Promise<WordAdapterError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WordAdapterError);
  return error as WordAdapterError;
}

describe('break 1: the local Office.js has no critiques (annotations: missing)', () => {
  const PARAGRAPHS = ['今年以来，全市经济运行总体平稳、稳中有进。', '要抓好重大项目建设。'];

  it('detects critiques by the loaded runtime, not by WordApi 1.7 alone, and highlights', async () => {
    const word = installWord(PARAGRAPHS, '1.7', { annotations: 'missing' });
    const adapter = createOfficeWord();
    expect(adapter.capabilities().critiques).toBe(false);
    const outcome = await adapter.markFindings([findingOn(word.doc, 0, '稳中有进')]);
    expect(outcome).toMatchObject({ mode: 'highlight', marked: 1, missing: [] });
    expect(word.doc.highlights()).toEqual([{ paragraph: 0, start: 16, end: 20, color: YELLOW }]);
    expect(word.doc.critiques()).toEqual([]);
  });

  it('the stand-in mode really takes the methods away (what failed before)', () => {
    installWord(PARAGRAPHS, '1.7', { annotations: 'missing' });
    expect(Office.context.requirements.isSetSupported('WordApi', '1.7')).toBe(true);
    expect(
      (Word as unknown as { Paragraph: { prototype: Record<string, unknown> } }).Paragraph.prototype
        .insertAnnotations,
    ).toBeUndefined();
  });
});

describe('break 2: perpetual Office claims 1.7 but refuses critiques (annotations: throws)', () => {
  it('falls back to highlights in the same action, says so, and does not try again', async () => {
    const word = installWord(['要坚持问题导向，逐项梳理、限时解决。'], '1.7', {
      annotations: 'throws',
    });
    const adapter = createOfficeWord();
    expect(adapter.capabilities().critiques).toBe(true);
    const finding = findingOn(word.doc, 0, '逐项梳理');
    const outcome = await adapter.markFindings([finding]);
    expect(outcome).toMatchObject({ mode: 'highlight', marked: 1 });
    expect(outcome.notes?.[0]?.zh).toContain('已改用突出显示');
    expect(word.doc.highlights()).toEqual([{ paragraph: 0, start: 8, end: 12, color: YELLOW }]);
    expect(word.doc.model.operations.get('insertAnnotations')).toBe(1);

    expect(adapter.capabilities().critiques).toBe(false);
    await adapter.clearMarks();
    expect(word.doc.highlights()).toEqual([]);
    const again = await adapter.markFindings([finding]);
    expect(again.mode).toBe('highlight');
    expect(word.doc.model.operations.get('insertAnnotations')).toBe(1);
  });
});

describe('break 3: list labels fail on tracked list paragraphs (listItem: throwsOnTracked)', () => {
  it('reads the document anyway, without the labels that failed, and says so', async () => {
    installWord(
      [
        { text: '一、坚定信心', style: '标题 1' },
        { text: '扩大有效投资', listLabel: '（一）', listLevel: 1 },
        {
          text: '提振提振消费需求',
          listLabel: '（二）',
          listLevel: 1,
          deleted: [{ start: 0, end: 2 }],
        },
        { text: '要落实好各项促消费政策。' },
      ],
      '1.7',
      { listItem: 'throwsOnTracked' },
    );
    const doc = await createOfficeWord().readDocument();
    expect(doc.paragraphs.map((p) => [p.text, p.listLabel])).toEqual([
      ['一、坚定信心', undefined],
      ['扩大有效投资', '（一）'],
      ['提振消费需求', undefined],
      ['要落实好各项促消费政策。', undefined],
    ]);
    expect(doc.notes?.map((n) => n.zh).join('')).toContain('1 个编号段落的自动编号未能读取');
  });
});

describe('break 4: a failed batch leaves state behind (failAt)', () => {
  it("restores the user's tracking mode when a write fails under 修订", async () => {
    const text = '要坚持问题导向，逐项梳理、限时解决。';
    const word = installWord([text], '1.7', { failAt: { operation: 'insertText', nth: 1 } });
    const finding = findingOn(word.doc, 0, '逐项梳理', { fix: '逐一梳理' });
    await failure(
      createOfficeWord().applyFixes([{ finding, replacement: '逐一梳理' }], {
        trackChanges: true,
        paragraphTexts: [text],
      }),
    );
    expect(word.doc.model.changeTrackingMode).toBe('Off');
    expect(word.doc.paragraphs()).toEqual([text]);
  });

  it('can clear highlights written before a batch failed half-way', async () => {
    const word = installWord(
      [
        '今年以来，全市经济运行总体平稳、稳中有进。',
        { text: '要抓好重大项目建设。', highlights: [{ start: 0, end: 1, color: 'Turquoise' }] },
      ],
      '1.3',
      { failAt: { operation: 'highlightColor', nth: 2 } },
    );
    const adapter = createOfficeWord();
    const own = word.doc.highlights();
    await failure(
      adapter.markFindings([
        findingOn(word.doc, 0, '稳中有进'),
        findingOn(word.doc, 1, '重大项目'),
      ]),
    );
    expect(word.doc.highlights()).toHaveLength(2); // the first write happened, nothing rolled back
    await adapter.clearMarks();
    expect(word.doc.highlights()).toEqual(own);
  });
});

describe('break 5: tracked deletions are read as text (deletedTextInText)', () => {
  // 各单位要认真[抓好]抓实安全生产工作。 with 抓好 deleted under 修订.
  const FULL = '各单位要认真抓好抓实安全生产工作。';
  const CURRENT = '各单位要认真抓实安全生产工作。';
  const tracked = () =>
    installWord(
      [{ text: FULL, deleted: [{ start: 6, end: 8 }] }, '要坚持问题导向，逐项梳理、限时解决。'],
      '1.7',
      {
        deletedTextInText: true,
      },
    );

  it('checks the current text and tells the user', async () => {
    tracked();
    const doc = await createOfficeWord().readDocument();
    expect(doc.paragraphs[0]?.text).toBe(CURRENT);
    expect(doc.notes?.[0]?.zh).toContain('修订');
  });

  it('marks only search-verified ranges: the right place, or reported missing', async () => {
    const word = tracked();
    const outcome = await createOfficeWord().markFindings([
      findingIn(CURRENT, 0, '安全生产'),
      // Spans the deletion: Word's search cannot match it (#5874), so it must not be marked.
      findingIn(CURRENT, 0, '认真抓实'),
    ]);
    expect(outcome.mode).toBe('highlight'); // critique offsets count deleted text (#5672)
    expect(outcome.missing.map((f) => f.text)).toEqual(['认真抓实']);
    expect(word.doc.highlights()).toEqual([{ paragraph: 0, start: 10, end: 14, color: YELLOW }]);
    expect(FULL.slice(10, 14)).toBe('安全生产');
  });

  it('goes to a finding after a tracked deletion, on the text the check saw', async () => {
    const word = tracked();
    await createOfficeWord().goToFinding(findingIn(CURRENT, 0, '安全生产'));
    expect(word.doc.selection()).toEqual({ paragraph: 0, start: 10, end: 14 });
  });

  it('comments on the text the check saw, once, and skips what spans the deletion', async () => {
    const word = tracked();
    const adapter = createOfficeWord();
    const findings = [findingIn(CURRENT, 0, '安全生产'), findingIn(CURRENT, 0, '认真抓实')];
    expect(await adapter.addComments(findings)).toBe(1);
    const placed = word.doc.comments();
    expect(placed.map(({ paragraph, start, end }) => ({ paragraph, start, end }))).toEqual([
      { paragraph: 0, start: 10, end: 14 },
    ]);
    expect(placed[0]?.text).toContain('“安全生产”需要核实');
    // A second run adds no duplicate; removing takes only ours.
    expect(await adapter.addComments(findings)).toBe(0);
    expect(word.doc.comments()).toHaveLength(1);
    expect(await adapter.removeOwnComments?.()).toBe(1);
    expect(word.doc.comments()).toEqual([]);
  });

  it('re-checks after a fix under 修订 see no phantom text, and further fixes still apply', async () => {
    const word = tracked();
    const adapter = createOfficeWord();
    const first = await adapter.readDocument();
    const checked = first.paragraphs.map((p) => p.text);
    const fix = findingIn(checked[1] as string, 1, '逐项梳理', { fix: '逐一梳理' });
    await adapter.applyFixes([{ finding: fix, replacement: '逐一梳理' }], {
      trackChanges: true,
      paragraphTexts: checked,
    });
    expect(word.doc.paragraphs()[1]).toBe('要坚持问题导向，逐项梳理逐一梳理、限时解决。');
    const again = await adapter.readDocument();
    expect(again.paragraphs[1]?.text).toBe('要坚持问题导向，逐一梳理、限时解决。');

    const rechecked = again.paragraphs.map((p) => p.text);
    const next = findingIn(rechecked[1] as string, 1, '限时解决', { fix: '按时解决' });
    const outcome = await adapter.applyFixes([{ finding: next, replacement: '按时解决' }], {
      trackChanges: true,
      paragraphTexts: rechecked,
    });
    expect(outcome.applied).toEqual([next]);
    expect((await adapter.readDocument()).paragraphs[1]?.text).toBe(
      '要坚持问题导向，逐一梳理、按时解决。',
    );
  });
});

describe('degrades', () => {
  it('SearchDialogIsOpen: a clear message to close Find and Replace', async () => {
    const word = installWord(['要抓好重大项目建设。'], '1.3', { searchDialogOpen: true });
    const adapter = createOfficeWord();
    const error = await failure(adapter.markFindings([findingOn(word.doc, 0, '重大项目')]));
    expect(error.code).toBe('SearchDialogIsOpen');
    expect(error.userMessage.zh).toContain('查找和替换');
    expect(error.userMessage.en).toContain('Find and Replace');
    expect((await failure(adapter.goToFinding(findingOn(word.doc, 0, '重大项目')))).code).toBe(
      'SearchDialogIsOpen',
    );
  });

  it('a failed batched search costs only the failing paragraph its findings', async () => {
    const word = installWord(
      ['要抓好重大项目建设。', '要落实好各项促消费政策。', '要优化营商环境。'],
      '1.3',
      // The batch fails at paragraph 1's search; its retry (the 4th search) fails again.
      { failAt: { operation: 'search', nth: [2, 4] } },
    );
    const findings = [
      findingOn(word.doc, 0, '重大项目'),
      findingOn(word.doc, 1, '促消费'),
      findingOn(word.doc, 2, '营商环境'),
    ];
    const outcome = await createOfficeWord().markFindings(findings);
    expect(outcome.marked).toBe(2);
    expect(outcome.missing).toEqual([findings[1]]);
    expect(word.doc.highlights().map((h) => h.paragraph)).toEqual([0, 2]);
  });

  it('SearchDialogIsOpen while commenting: the same clear message, no comment added', async () => {
    const word = installWord(['要抓好重大项目建设。'], '1.4', { searchDialogOpen: true });
    const error = await failure(
      createOfficeWord().addComments([findingOn(word.doc, 0, '重大项目')]),
    );
    expect(error.code).toBe('SearchDialogIsOpen');
    expect(error.userMessage.zh).toContain('查找和替换');
    expect(error.userMessage.en).toContain('Find and Replace');
    expect(word.doc.comments()).toEqual([]);
  });

  it('a failed batched search costs comments only in the failing paragraph', async () => {
    const word = installWord(
      ['要抓好重大项目建设。', '要落实好各项促消费政策。', '要优化营商环境。'],
      '1.4',
      // The batch fails at paragraph 1's search; its retry (the 4th search) fails again.
      { failAt: { operation: 'search', nth: [2, 4] } },
    );
    const findings = [
      findingOn(word.doc, 0, '重大项目'),
      findingOn(word.doc, 1, '促消费'),
      findingOn(word.doc, 2, '营商环境'),
    ];
    expect(await createOfficeWord().addComments(findings)).toBe(2);
    expect(word.doc.comments().map((c) => [c.paragraph, c.start, c.end])).toEqual([
      [0, 3, 7],
      [2, 3, 7],
    ]);
  });

  it("mixedHighlight null: the user's own highlight inside a span is never wiped", async () => {
    const own = [{ paragraph: 0, start: 2, end: 6, color: '#00FF00' }];
    const word = installWord(
      [
        {
          text: '坚持稳中求进工作总基调。',
          highlights: [{ start: 2, end: 6, color: 'BrightGreen' }],
        },
      ],
      '1.3',
      { mixedHighlight: 'null' },
    );
    const adapter = createOfficeWord();
    const outcome = await adapter.markFindings([findingOn(word.doc, 0, '稳中求进工作')]);
    expect(outcome.skipped?.map((f) => f.text)).toEqual(['稳中求进工作']);
    await adapter.clearMarks();
    expect(word.doc.highlights()).toEqual(own);
  });

  it('mixedHighlight null: unhighlighted text is still marked and cleared', async () => {
    const word = installWord(['坚持稳中求进工作总基调。'], '1.3', { mixedHighlight: 'null' });
    const adapter = createOfficeWord();
    expect((await adapter.markFindings([findingOn(word.doc, 0, '稳中求进')])).marked).toBe(1);
    await adapter.clearMarks();
    expect(word.doc.highlights()).toEqual([]);
  });

  it.each([
    ['searchFoldsQuotes', '要把“放管服”改革和"放管服"配套措施一并推进。', '"放管服"', 10],
    ['searchFoldsQuotes', '要把“放管服”改革和"放管服"配套措施一并推进。', '“放管服”', 2],
    ['searchFoldsWidth', '第１季度和第1季度的数据要分开统计。', '第1季度', 5],
  ] as const)('%s: marks %#: the right one of two folded twins', async (mode, text, key, start) => {
    const word = installWord([text], '1.3', { [mode]: true });
    const outcome = await createOfficeWord().markFindings([findingIn(text, 0, key)]);
    expect(outcome.marked).toBe(1);
    expect(word.doc.highlights()).toEqual([
      { paragraph: 0, start, end: start + key.length, color: YELLOW },
    ]);
  });
});

describe('privacy: ignore keys', () => {
  it('stores no speech text in the document settings', async () => {
    const text = '要坚持问题导向，逐项梳理、限时解决。';
    const word = installWord([text]);
    const key = findingKey(findingOn(word.doc, 0, '逐项梳理'), text);
    await createOfficeWord().saveDocumentSettings({ ignored: [key] });
    const saved = JSON.stringify([...word.doc.model.savedSettings.values()]);
    expect(saved).not.toMatch(/逐项|问题导向/);
    expect(key).toMatch(/^h1:[0-9a-f]{16}$/);
  });

  it('turns old keys (with paragraph text) into hash keys and saves them at once', async () => {
    const text = '要坚持问题导向，逐项梳理、限时解决。';
    const word = installWord([text]);
    const finding = findingOn(word.doc, 0, '逐项梳理');
    const oldKeys = [`${finding.rule}|${finding.offset}|${finding.text}|${text}`];
    word.doc.model.settings.set('speechdesk.ignored', oldKeys);
    word.doc.model.savedSettings.set('speechdesk.ignored', oldKeys);
    const loaded = await createOfficeWord().loadDocumentSettings();
    expect(loaded.ignored).toEqual([findingKey(finding, text)]);
    expect(JSON.stringify([...word.doc.model.savedSettings.values()])).not.toContain('逐项');
  });
});

describe('messages for every Word.ErrorCodes value the adapter can meet', () => {
  it.each([
    'AccessDenied',
    'ApiNotFound',
    'InvalidArgument',
    'ItemNotFound',
    'NotAllowed',
    'NotImplemented',
    'SearchDialogIsOpen',
    'SearchStringInvalidOrTooLong',
  ])('%s has a message of its own, in Chinese and English', (code) => {
    const generic = messageFor('SomethingElse');
    const message = messageFor(code);
    expect(message.zh).not.toBe(generic.zh.replace('SomethingElse', code));
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(message.en).toMatch(/[A-Za-z]/);
  });

  it('GeneralException gets the general message, naming the code for support', () => {
    expect(messageFor('GeneralException').zh).toContain('（GeneralException）');
  });
});
