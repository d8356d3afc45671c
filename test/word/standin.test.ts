/**
 * @jest-environment jsdom
 */
/** The browser stand-in: the same fake, rendered, driven through the real adapter. */
import { installStandin } from '../../preview/standin';
import { createOfficeWord } from '../../src/word';
import { findingOn } from './helpers';

function setup(capabilities?: { critiques?: boolean; comments?: boolean; trackChanges?: boolean }) {
  document.body.innerHTML = '<div id="doc"></div>';
  const container = document.getElementById('doc') as HTMLElement;
  const handle = installStandin({
    container,
    paragraphs: [
      { text: '在全市优化营商环境大会上的讲话', style: 'Title' },
      { text: '优化政务服务', listLabel: '（一）', listLevel: 1 },
      { text: '要推行“一网通办”，让数据多跑路、群众少跑腿。' },
    ],
    capabilities,
  });
  return { container, handle };
}

describe('installStandin', () => {
  it('defines Word and Office and renders paragraphs with their list labels', async () => {
    const { container, handle } = setup();
    await Office.onReady();
    expect(Office.context.requirements.isSetSupported('WordApi', '1.7')).toBe(true);
    const rendered = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(rendered).toEqual([
      '在全市优化营商环境大会上的讲话',
      '（一）优化政务服务',
      '要推行“一网通办”，让数据多跑路、群众少跑腿。',
    ]);
    expect(handle.paragraphs()[1]).toBe('优化政务服务');
    expect((await createOfficeWord().readDocument()).paragraphs[1]?.listLabel).toBe('（一）');
  });

  it('shows highlights, the selection and comments the adapter made', async () => {
    const { container, handle } = setup({ critiques: false });
    const word = createOfficeWord();
    const finding = findingOn(handle, 2, '数据多跑路', { severity: 'error' });
    await word.markFindings([finding]);
    await word.goToFinding(finding);
    await word.addComments([finding]);

    expect(handle.highlights()).toEqual([{ paragraph: 2, start: 11, end: 16, color: '#FF00FF' }]);
    expect(handle.selection()).toEqual({ paragraph: 2, start: 11, end: 16 });
    expect(handle.comments()).toHaveLength(1);
    const selected = container.querySelector('.standin-selected') as HTMLElement;
    expect(selected.textContent).toBe('数据多跑路');
    expect(selected.style.backgroundColor).toBe('rgb(255, 0, 255)');
    expect(container.querySelector('aside')?.textContent).toContain('批注：【讲稿助手】');
    expect(handle.syncCount()).toBeGreaterThan(0);
  });

  it("takes the person's typing into the document, so a pending fix goes stale", async () => {
    const { container, handle } = setup({ critiques: false });
    const word = createOfficeWord();
    const checked = handle.paragraphs();
    const finding = findingOn(handle, 2, '群众少跑腿', { fix: '群众少跑路' });
    await word.markFindings([finding]);
    const span = [...container.querySelectorAll('p[data-paragraph="2"] span')].find((s) =>
      s.textContent?.startsWith('要推行'),
    ) as HTMLElement;
    span.textContent = `全面${span.textContent ?? ''}`;
    container.querySelector('.standin-doc')?.dispatchEvent(new Event('input', { bubbles: true }));

    expect(handle.paragraphs()[2]).toBe('全面要推行“一网通办”，让数据多跑路、群众少跑腿。');
    // The mark moved with its text.
    expect(handle.highlights()).toEqual([{ paragraph: 2, start: 19, end: 24, color: '#FFFF00' }]);
    const outcome = await word.applyFixes([{ finding, replacement: '群众少跑路' }], {
      trackChanges: false,
      paragraphTexts: checked,
    });
    expect(outcome.stale).toEqual([finding]);
    expect(await word.clearMarks()).toBe(1);
    expect(handle.highlights()).toEqual([]);
  });

  it('offers only WordApi 1.3 when comments and critiques are turned off', () => {
    setup({ critiques: false, comments: false, trackChanges: false });
    expect(createOfficeWord().capabilities()).toEqual({
      baseline: true,
      comments: false,
      trackChanges: false,
      critiques: false,
    });
  });
});
