/** The fake behaves like Office.js where add-ins go wrong: loads, syncs, nulls, versions. */
import { createFakeOffice, type FakeRequestContext } from '../../preview/standin/fakeWord';

type Run = <R>(batch: (context: FakeRequestContext) => Promise<R>) => Promise<R>;

function fake(wordApi = '1.7') {
  const office = createFakeOffice({
    paragraphs: [
      { text: '一、总体要求', style: '标题 1' },
      { text: '要坚持稳中求进工作总基调。', highlights: [{ start: 3, end: 5, color: 'Yellow' }] },
      { text: '加强组织领导', listLabel: '（一）', listLevel: 1 },
    ],
    wordApi,
  });
  return { ...office, run: office.Word.run as Run };
}

describe('Word fake', () => {
  it('throws PropertyNotLoaded when a property is read without load and sync', async () => {
    const { run } = fake();
    await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      paragraphs.load('items/text');
      // Loaded but not yet synced: still not available.
      expect(() => paragraphs.items).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      await context.sync();
      const first = paragraphs.items[0];
      expect(first?.text).toBe('一、总体要求');
      expect(() => first?.style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reports highlight as #RRGGBB, null for none and "" for mixed', async () => {
    const { run } = fake();
    await run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const p = paragraphs.items[1];
      if (!p) throw new Error('no paragraph');
      const yellow = p.search('稳中').load('items/font/highlightColor');
      const none = p.search('工作').load('items/font/highlightColor');
      const mixed = p.search('坚持稳中求').load('items/font/highlightColor');
      await context.sync();
      expect(yellow.items[0]?.font.highlightColor).toBe('#FFFF00');
      expect(none.items[0]?.font.highlightColor).toBeNull();
      expect(mixed.items[0]?.font.highlightColor).toBe('');
    });
  });

  it('treats ^ as the escape character and limits search text to 255 characters', async () => {
    const { run } = fake();
    await run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const p = paragraphs.items[1];
      if (!p) throw new Error('no paragraph');
      p.search('x'.repeat(256));
      await expect(context.sync()).rejects.toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
      p.search('^x');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('gives list items through listItemOrNullObject and a null object otherwise', async () => {
    const { run } = fake('1.3');
    await run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/isListItem');
      await context.sync();
      const lists = paragraphs.items.map((p) => p.listItemOrNullObject.load('listString,level'));
      await context.sync();
      expect(lists.map((l) => l.isNullObject)).toEqual([true, true, false]);
      expect(lists[2]?.listString).toBe('（一）');
      expect(lists[2]?.level).toBe(1);
    });
  });

  it('has no APIs above its WordApi version and counts every sync', async () => {
    const { run, model, Office } = fake('1.3');
    const requirements = (
      Office.context as { requirements: { isSetSupported(n: string, v: string): boolean } }
    ).requirements;
    expect(requirements.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(requirements.isSetSupported('WordApi', '1.4')).toBe(false);
    await run(async (context) => {
      const range = context.document.body.paragraphs.getFirst().getRange('Content');
      expect(() => range.insertComment('x')).toThrow(
        expect.objectContaining({ code: 'ApiNotFound' }),
      );
      await context.sync();
      await context.sync();
    });
    expect(model.syncCount).toBe(2);
  });

  it('keeps ranges on their text when earlier text in the paragraph is replaced', async () => {
    const { run, model } = fake();
    await run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const p = paragraphs.items[1];
      if (!p) throw new Error('no paragraph');
      const first = p.search('稳中求进').load('items/text');
      const later = p.search('总基调').load('items/text');
      await context.sync();
      first.items[0]?.insertText('稳', 'Replace');
      later.items[0]?.insertText('基本要求', 'Replace');
      await context.sync();
    });
    expect(model.paragraphs[1]?.text).toBe('要坚持稳工作基本要求。');
  });

  it('inserts styled paragraphs, text and tagged content controls for drafting', async () => {
    const { run, model } = fake();
    await run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const added = first.insertParagraph('', 'After');
      added.styleBuiltIn = 'Heading2';
      const lead = added.insertText('（一）', 'End');
      const field = lead.insertText('某某工作', 'After');
      const control = field.insertContentControl();
      control.tag = 'speechdesk-field';
      control.title = '工作名称';
      const relation = first.getRange('Whole').compareLocationWith(field);
      const last = field.paragraphs.getLast().load('text');
      await context.sync();
      expect(relation.value).toBe('Before');
      expect(last.text).toBe('（一）某某工作');
    });
    expect(model.paragraphs.map((p) => [p.text, p.style, p.outlineLevel])).toEqual([
      ['一、总体要求', '标题 1', 1],
      ['（一）某某工作', '标题 2', 2],
      ['要坚持稳中求进工作总基调。', 'Normal', 10],
      ['加强组织领导', 'Normal', 10],
    ]);
    expect(model.contentControls.map((c) => [c.tag, c.title, c.range.start, c.range.end])).toEqual([
      ['speechdesk-field', '工作名称', 3, 7],
    ]);
  });
});
