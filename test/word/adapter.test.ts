/**
 * The Office.js adapter against the Word fake: behaviour, and the number of `context.sync()`
 * calls each operation costs (constant, whatever the document or finding count).
 */
import type { Finding } from '../../src/core';
import { createOfficeWord, findingKey, WordAdapterError } from '../../src/word';
import { HIGHLIGHT_BY_SEVERITY } from '../../src/word/mark';
import { findingOn, installWord, speech } from './helpers';

const PINK = HIGHLIGHT_BY_SEVERITY.error;
const YELLOW = HIGHLIGHT_BY_SEVERITY.warning;

/** Syncs one adapter call costs. */
async function syncsOf(word: ReturnType<typeof installWord>, call: () => Promise<unknown>) {
  const before = word.doc.syncCount();
  await call();
  return word.doc.syncCount() - before;
}

describe('readDocument', () => {
  it('reads text, style, outline level and list labels', async () => {
    installWord([
      { text: '在全市安全生产工作会议上的讲话', style: 'Title' },
      { text: '一、提高政治站位', style: '标题 1' },
      { text: '压实主体责任', style: 'List Paragraph', listLabel: '（一）', listLevel: 1 },
      { text: '各级各部门要守土有责、守土尽责。' },
    ]);
    const doc = await createOfficeWord().readDocument();
    expect(doc.paragraphs).toEqual([
      { text: '在全市安全生产工作会议上的讲话', style: 'Title' },
      { text: '一、提高政治站位', style: '标题 1', outlineLevel: 1 },
      { text: '压实主体责任', style: 'List Paragraph', listLabel: '（一）', listLevel: 1 },
      { text: '各级各部门要守土有责、守土尽责。', style: 'Normal' },
    ]);
  });

  it('costs the same two syncs for 100 and 2,000 paragraphs', async () => {
    const small = installWord(speech(100));
    const smallSyncs = await syncsOf(small, () => createOfficeWord().readDocument());
    const large = installWord(
      speech(2000).map((text, i) => (i % 50 === 4 ? { text, listLabel: `${i}.` } : { text })),
    );
    let read: Awaited<ReturnType<ReturnType<typeof createOfficeWord>['readDocument']>> | undefined;
    const largeSyncs = await syncsOf(large, async () => {
      read = await createOfficeWord().readDocument();
    });
    expect(read?.paragraphs).toHaveLength(2000);
    expect(read?.paragraphs[54]?.listLabel).toBe('54.');
    expect([smallSyncs, largeSyncs]).toEqual([2, 2]);
  });

  it('fails with PropertyNotLoaded when a reader forgets to load a property', async () => {
    installWord(speech(3));
    // What a forgetful adapter would do: load text only, then read the style.
    const forgetful = Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items.map((p) => p.style);
    });
    await expect(forgetful).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });
});

describe('markFindings with highlights (WordApi 1.3)', () => {
  it('highlights each finding by severity, at its own occurrence', async () => {
    const word = installWord(['要落实责任，落实到人，落实到位。'], '1.3');
    const third = findingOn(word.doc, 0, '落实', { occurrence: 2, severity: 'error' });
    const outcome = await createOfficeWord().markFindings([third]);
    expect(outcome).toEqual({ mode: 'highlight', marked: 1, missing: [], skipped: [] });
    expect(word.doc.highlights()).toEqual([{ paragraph: 0, start: 11, end: 13, color: PINK }]);
  });

  it('costs the same five syncs for 10 and 500 findings (one checks unhighlighted spans for mixed colours)', async () => {
    const counts: number[] = [];
    for (const n of [10, 500]) {
      const word = installWord(speech(n), '1.3');
      const findings = word.doc
        .paragraphs()
        .map((text, p) => findingOn(word.doc, p, text.slice(2, 4)));
      const adapter = createOfficeWord();
      let marked = 0;
      counts.push(
        await syncsOf(word, async () => {
          marked = (await adapter.markFindings(findings)).marked;
        }),
      );
      expect(marked).toBe(n);
      expect(word.doc.highlights()).toHaveLength(n);
    }
    expect(counts).toEqual([5, 5]);
  });

  it('finds spans over 255 characters and text with ^ ? * and tabs', async () => {
    const long = `同志们，${'我们要坚定不移推动高质量发展，'.repeat(30)}奋力谱写新篇章。`;
    const word = installWord([long, '今年全市***万人参与志愿服务（^_^）？\t详见附表'], '1.3');
    const longFinding = findingOn(word.doc, 0, long.slice(4, 400));
    const stars = findingOn(word.doc, 1, '***万人');
    const caret = findingOn(word.doc, 1, '（^_^）？\t详见');
    const outcome = await createOfficeWord().markFindings([longFinding, stars, caret]);
    expect(outcome.marked).toBe(3);
    expect(word.doc.highlights()).toEqual([
      { paragraph: 0, start: 4, end: 400, color: YELLOW },
      { paragraph: 1, start: 4, end: 9, color: YELLOW },
      { paragraph: 1, start: 15, end: 24, color: YELLOW },
    ]);
  });

  it('reports findings whose text is no longer where the check saw it', async () => {
    const word = installWord(['要抓好重大项目建设。'], '1.3');
    const moved: Finding = { ...findingOn(word.doc, 0, '项目'), offset: 1 };
    const outcome = await createOfficeWord().markFindings([moved]);
    expect(outcome.missing).toEqual([moved]);
    expect(word.doc.highlights()).toEqual([]);
  });

  it('merges overlapping findings into one mark of the higher severity', async () => {
    const word = installWord(['要进一步加大加强监管力度。'], '1.3');
    const a = findingOn(word.doc, 0, '加大加强', { severity: 'warning' });
    const b = findingOn(word.doc, 0, '加强监管', { severity: 'error' });
    expect((await createOfficeWord().markFindings([a, b])).marked).toBe(2);
    expect(word.doc.highlights()).toEqual([{ paragraph: 0, start: 4, end: 10, color: PINK }]);
  });
});

describe('clearMarks', () => {
  const userHighlighted = {
    text: '要把稳增长放在更加突出的位置，确保完成全年目标任务。',
    highlights: [
      { start: 2, end: 5, color: 'Turquoise' },
      { start: 18, end: 22, color: 'Yellow' },
    ],
  };

  it('removes exactly our highlights and restores the colours that were there', async () => {
    const word = installWord([userHighlighted, '其他段落不受影响。'], '1.3');
    const before = word.doc.highlights();
    const onUserColour = findingOn(word.doc, 0, '稳增长', { severity: 'error' });
    const plain = findingOn(word.doc, 0, '突出', { severity: 'warning' });
    const adapter = createOfficeWord();
    await adapter.markFindings([onUserColour, plain]);
    expect(word.doc.highlights()).not.toEqual(before);

    const syncs = await syncsOf(word, async () => expect(await adapter.clearMarks()).toBe(2));
    expect(word.doc.highlights()).toEqual(before);
    expect(syncs).toBe(4);
    expect(await adapter.clearMarks()).toBe(0);
  });

  it('still clears after the document is reopened and a paragraph was inserted above', async () => {
    const word = installWord(['同志们：', userHighlighted], '1.3');
    const before = word.doc.highlights();
    await createOfficeWord().markFindings([findingOn(word.doc, 1, '稳增长')]);
    word.doc.reopen();
    word.doc.model.insertParagraph(0, { text: '（2024年12月20日）' });
    const reopened = createOfficeWord();
    expect(await reopened.clearMarks()).toBe(1);
    expect(word.doc.highlights()).toEqual(
      before.map((h) => ({ ...h, paragraph: h.paragraph + 1 })),
    );
  });

  it('clears everything after a fix was written into a marked paragraph', async () => {
    const word = installWord([userHighlighted, '要进一步加快推进项目建设。'], '1.3');
    const before = word.doc.highlights();
    const adapter = createOfficeWord();
    const checked = word.doc.paragraphs();
    const fixed = findingOn(word.doc, 0, '更加突出', { fix: '突出' });
    const findings = [
      findingOn(word.doc, 0, '稳增长'),
      fixed,
      findingOn(word.doc, 0, '的位置'),
      findingOn(word.doc, 1, '进一步加快'),
    ];
    expect((await adapter.markFindings(findings)).marked).toBe(4);
    await adapter.applyFixes([{ finding: fixed, replacement: '突出' }], {
      trackChanges: false,
      paragraphTexts: checked,
    });
    expect(await adapter.clearMarks()).toBe(4);
    // The user's own yellow further on moved left by the two characters the fix removed.
    expect(word.doc.highlights()).toEqual(
      before.map((h) => (h.start > 10 ? { ...h, start: h.start - 2, end: h.end - 2 } : h)),
    );
    expect(word.doc.paragraphs()[0]).toBe('要把稳增长放在突出的位置，确保完成全年目标任务。');
  });

  it('leaves only the fix after check, mark, fix, re-check, re-mark and clear', async () => {
    const original = ['同志们：', '今年以来，我们坚持稳中求进，经济运行稳中向好、稳中有进。'];
    const word = installWord(original, '1.3');
    const adapter = createOfficeWord();
    const first = [findingOn(word.doc, 1, '稳中向好'), findingOn(word.doc, 1, '今年以来')];
    await adapter.markFindings(first);
    await adapter.applyFixes([{ finding: first[1] as Finding, replacement: '一年来' }], {
      trackChanges: false,
      paragraphTexts: original,
    });
    const reread = await adapter.readDocument();
    expect(reread.paragraphs[1]?.text).toBe(
      '一年来，我们坚持稳中求进，经济运行稳中向好、稳中有进。',
    );
    await adapter.markFindings([findingOn(word.doc, 1, '稳中有进')]);
    await adapter.clearMarks();
    expect(word.doc.highlights()).toEqual([]);
    expect(word.doc.paragraphs()).toEqual([original[0], reread.paragraphs[1]?.text]);
  });

  it('clears a mark in a paragraph the user edited elsewhere', async () => {
    const word = installWord(['各级领导干部要带头深入基层。'], '1.3');
    const adapter = createOfficeWord();
    await adapter.markFindings([findingOn(word.doc, 0, '深入基层')]);
    word.doc.model.replace(word.doc.model.paragraphs[0] as never, 0, 2, '全市各级');
    expect(await adapter.clearMarks()).toBe(1);
    expect(word.doc.highlights()).toEqual([]);
  });

  it('leaves a highlight the user changed after marking', async () => {
    const word = installWord(['坚决守住不发生规模性返贫底线。'], '1.3');
    const adapter = createOfficeWord();
    await adapter.markFindings([findingOn(word.doc, 0, '规模性')]);
    const para = word.doc.model.paragraphs[0];
    if (!para) throw new Error('no paragraph');
    word.doc.model.setHighlight(para, 7, 10, '#00FF00');
    expect(await adapter.clearMarks()).toBe(0);
    expect(word.doc.highlights()).toEqual([{ paragraph: 0, start: 7, end: 10, color: '#00FF00' }]);
  });

  it('does not mark text that already has several highlight colours', async () => {
    const word = installWord([userHighlighted], '1.3');
    const before = word.doc.highlights();
    const across = findingOn(word.doc, 0, '把稳增长放');
    const outcome = await createOfficeWord().markFindings([across]);
    expect(outcome).toMatchObject({ marked: 0, skipped: [across] });
    expect(word.doc.highlights()).toEqual(before);
  });
});

describe('markFindings with critiques (WordApi 1.7)', () => {
  it('adds Editor-style critiques in two syncs and clears them without touching highlights', async () => {
    const word = installWord(['要落实责任，落实到人，落实到位。', '确保全年目标任务圆满完成。']);
    const findings = [
      findingOn(word.doc, 0, '落实', { occurrence: 1, severity: 'error' }),
      findingOn(word.doc, 1, '圆满', { severity: 'info' }),
    ];
    const adapter = createOfficeWord();
    expect(adapter.capabilities()).toEqual({
      baseline: true,
      comments: true,
      trackChanges: true,
      critiques: true,
    });
    let mode = '';
    const syncs = await syncsOf(word, async () => {
      mode = (await adapter.markFindings(findings)).mode;
    });
    expect([mode, syncs]).toEqual(['critique', 2]);
    expect(word.doc.critiques()).toEqual([
      { paragraph: 0, start: 6, end: 8, colorScheme: 'Red' },
      { paragraph: 1, start: 8, end: 10, colorScheme: 'Lavender' },
    ]);
    expect(word.doc.highlights()).toEqual([]);
    expect(await adapter.clearMarks()).toBe(2);
    expect(word.doc.critiques()).toEqual([]);
  });

  it('uses highlights when the pane asks for them', async () => {
    const word = installWord(['要落实责任。']);
    const outcome = await createOfficeWord().markFindings([findingOn(word.doc, 0, '落实')], {
      mode: 'highlight',
    });
    expect(outcome.mode).toBe('highlight');
    expect(word.doc.critiques()).toEqual([]);
  });
});

describe('goToFinding', () => {
  it("selects the finding's own occurrence", async () => {
    const word = installWord(['同志们：', '要落实责任，落实到人，落实到位。']);
    const syncs = await syncsOf(word, () =>
      createOfficeWord().goToFinding(findingOn(word.doc, 1, '落实', { occurrence: 1 })),
    );
    expect(word.doc.selection()).toEqual({ paragraph: 1, start: 6, end: 8 });
    expect(syncs).toBe(3);
  });

  it('says in Chinese what to do when the text has changed', async () => {
    const word = installWord(['要落实责任。']);
    const finding = findingOn(word.doc, 0, '落实');
    word.doc.model.replace(word.doc.model.paragraphs[0] as never, 1, 3, '压实');
    const error = await createOfficeWord()
      .goToFinding(finding)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordAdapterError);
    expect((error as WordAdapterError).userMessage.zh).toContain('重新检查');
  });
});

describe('addComments', () => {
  it('adds one comment per finding in Chinese, with the rule’s Chinese name and no rule id', async () => {
    const word = installWord(['要抓紧抓实抓好各项工作。']);
    const finding = findingOn(word.doc, 0, '抓紧抓实抓好', {
      rule: 'style/stacked-verbs',
      fix: '抓好',
    });
    let added = 0;
    const syncs = await syncsOf(word, async () => {
      added = await createOfficeWord().addComments([finding], {
        ruleNames: { 'style/stacked-verbs': '动词堆叠' },
      });
    });
    expect([added, syncs]).toEqual([1, 3]);
    const expected = [
      {
        paragraph: 0,
        start: 1,
        end: 7,
        text: '【讲稿助手·动词堆叠】“抓紧抓实抓好”需要核实建议：“抓好”。',
      },
    ];
    expect(word.doc.comments()).toEqual(expected);
    // A second run adds no duplicate.
    expect(await createOfficeWord().addComments([finding])).toBe(0);
    expect(word.doc.comments()).toEqual(expected);
  });

  it('deletes only the comments it added', async () => {
    const word = installWord(['要抓紧抓实抓好各项工作。']);
    const office = createOfficeWord();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items');
      await context.sync();
      (paragraphs.items[0] as Word.Paragraph).getRange('Whole').insertComment('同事的意见');
      await context.sync();
    });
    await office.addComments([findingOn(word.doc, 0, '抓紧抓实抓好', { fix: '抓好' })]);
    expect(word.doc.comments()).toHaveLength(2);
    expect(await office.removeOwnComments?.()).toBe(1);
    expect(word.doc.comments().map((c) => c.text)).toEqual(['同事的意见']);
  });

  it('explains that comments need a newer Word on WordApi 1.3', async () => {
    const word = installWord(['要抓好落实。'], '1.3');
    const error = await createOfficeWord()
      .addComments([findingOn(word.doc, 0, '落实')])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ApiNotFound' });
    expect((error as WordAdapterError).userMessage.zh).toContain('WordApi 1.4');
    expect(word.doc.comments()).toEqual([]);
  });
});

describe('applyFixes', () => {
  const paragraphs = [
    '全市新增就业5万人，城镇登记失业率控制在百分之三以内。',
    '要进一步加快推进项目建设。',
  ];

  it('writes only the chosen replacements, several in one paragraph', async () => {
    const word = installWord(paragraphs);
    const checked = word.doc.paragraphs();
    const outcome = await createOfficeWord().applyFixes(
      [
        { finding: findingOn(word.doc, 0, '5万人'), replacement: '5.2万人' },
        { finding: findingOn(word.doc, 0, '百分之三'), replacement: '3%' },
        { finding: findingOn(word.doc, 1, '进一步'), replacement: '' },
      ],
      { trackChanges: false, paragraphTexts: checked },
    );
    expect(outcome.applied).toHaveLength(3);
    expect(outcome.stale).toEqual([]);
    expect(word.doc.paragraphs()).toEqual([
      '全市新增就业5.2万人，城镇登记失业率控制在3%以内。',
      '要加快推进项目建设。',
    ]);
    expect(word.doc.model.revisions).toEqual([]);
  });

  it('marks a fix stale when its paragraph changed since the check, and writes nothing there', async () => {
    const word = installWord(paragraphs);
    const checked = word.doc.paragraphs();
    const fix = { finding: findingOn(word.doc, 1, '进一步'), replacement: '' };
    word.doc.model.replace(word.doc.model.paragraphs[1] as never, 0, 1, '必须');
    const edited = word.doc.paragraphs();
    const outcome = await createOfficeWord().applyFixes([fix], {
      trackChanges: false,
      paragraphTexts: checked,
    });
    expect(outcome).toEqual({ applied: [], stale: [fix.finding] });
    expect(word.doc.paragraphs()).toEqual(edited);
  });

  it("writes tracked changes when asked and restores the user's tracking mode", async () => {
    const word = installWord(paragraphs);
    const adapter = createOfficeWord();
    let syncs = 0;
    syncs = await syncsOf(word, () =>
      adapter.applyFixes([{ finding: findingOn(word.doc, 1, '进一步加快'), replacement: '加快' }], {
        trackChanges: true,
        paragraphTexts: word.doc.paragraphs(),
      }),
    );
    expect(word.doc.model.revisions).toEqual([
      { paragraph: 1, start: 1, deleted: '进一步加快', inserted: '加快' },
    ]);
    expect(word.doc.model.changeTrackingMode).toBe('Off');
    // The restore of the tracking mode is a batch of its own (see realWord.test.ts).
    expect(syncs).toBe(4);
  });

  it('keeps tracking on when the user had it on', async () => {
    const word = installWord(paragraphs);
    word.doc.model.changeTrackingMode = 'TrackMineOnly';
    await createOfficeWord().applyFixes(
      [{ finding: findingOn(word.doc, 1, '进一步'), replacement: '' }],
      { trackChanges: true, paragraphTexts: word.doc.paragraphs() },
    );
    expect(word.doc.model.changeTrackingMode).toBe('TrackMineOnly');
    expect(word.doc.model.revisions).toHaveLength(1);
  });
});

describe('document settings', () => {
  it('keeps the speech date and ignored findings with the document', async () => {
    const word = installWord(['要落实责任。']);
    const key = findingKey(findingOn(word.doc, 0, '落实'), '要落实责任。');
    await createOfficeWord().saveDocumentSettings({ speechDate: '2024-12-20', ignored: [key] });
    word.doc.reopen();
    expect(await createOfficeWord().loadDocumentSettings()).toEqual({
      speechDate: '2024-12-20',
      ignored: [key],
    });
  });

  it('starts empty and ignores malformed values', async () => {
    const word = installWord(['同志们：']);
    word.doc.model.settings.set('speechdesk.speechDate', '去年');
    expect(await createOfficeWord().loadDocumentSettings()).toEqual({ ignored: [] });
  });
});

describe('errors', () => {
  it('turns any Office failure into a WordAdapterError with a zh-CN message', async () => {
    const word = installWord(['同志们：']);
    (word.fake.Word as { run: unknown }).run = () =>
      Promise.reject(Object.assign(new Error('boom'), { code: 'GeneralException' }));
    const error = await createOfficeWord()
      .readDocument()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordAdapterError);
    expect((error as WordAdapterError).userMessage.zh).toContain('GeneralException');
    expect((error as WordAdapterError).userMessage.en).toContain('Retry');
  });
});
