/** Planning how Word's search finds a span: occurrences, escapes, the 255 limit, anchors. */
import { escapeSearch, planLocate, wordMatchOffsets } from '../../src/word/locate';

describe('escapeSearch', () => {
  it("escapes Word's caret and writes tabs, line breaks and no-break spaces as ^ codes", () => {
    expect(escapeSearch('（^_^）')).toBe('（^^_^^）');
    expect(escapeSearch('一\t二\u000b三\u00a0四')).toBe('一^t二^l三^s四');
  });

  it('leaves ? and * literal: they are wildcards only with matchWildcards', () => {
    expect(escapeSearch('全市***万人？')).toBe('全市***万人？');
    expect(escapeSearch('X?*')).toBe('X?*');
  });

  it('refuses field and object characters, empty keys and keys over 255 after escaping', () => {
    expect(escapeSearch('见附件\u0001')).toBeNull();
    expect(escapeSearch('')).toBeNull();
    expect(escapeSearch('好'.repeat(255))).toBe('好'.repeat(255));
    expect(escapeSearch('^'.repeat(128))).toBeNull();
  });
});

describe('wordMatchOffsets', () => {
  it('counts matches left to right without overlap, as Word does', () => {
    expect(wordMatchOffsets('哈哈哈', '哈哈')).toEqual([0]);
    expect(wordMatchOffsets('要落实责任，落实到人，落实到位。', '落实')).toEqual([1, 6, 11]);
  });
});

describe('planLocate', () => {
  const text = '要落实责任，落实到人，落实到位。';

  it('takes the n-th match for a repeated word', () => {
    expect(planLocate(text, 6, 8)).toEqual({
      kind: 'search',
      step: { key: '落实', occurrence: 1 },
    });
  });

  it("joins a head and a tail anchor when the span is not one of Word's matches", () => {
    // "哈哈" at 1 overlaps Word's first match at 0, so Word never returns it.
    expect(planLocate('哈哈哈', 1, 3)).toEqual({
      kind: 'expand',
      head: { key: '哈', occurrence: 1 },
      tail: { key: '哈', occurrence: 2 },
    });
  });

  it('finds spans longer than 255 characters with anchors', () => {
    const long = `开头${'发展是第一要务，人才是第一资源，创新是第一动力。'.repeat(20)}结尾`;
    const plan = planLocate(long, 2, long.length - 2);
    expect(plan?.kind).toBe('expand');
    if (plan?.kind !== 'expand') return;
    expect(long.indexOf(plan.head.key)).toBe(2);
    expect(long.endsWith(`${plan.tail.key}结尾`)).toBe(true);
    expect(plan.head.key.length).toBeLessThanOrEqual(255);
  });

  it('uses the whole paragraph and insertion points after the previous character', () => {
    expect(planLocate(text, 0, text.length)).toEqual({ kind: 'paragraph' });
    expect(planLocate(text, 5, 5)).toEqual({
      kind: 'collapsed',
      side: 'End',
      anchor: { kind: 'search', step: { key: '任', occurrence: 0 } },
    });
  });

  it('steers anchors around characters search cannot express', () => {
    const withField = '详见附件\u0001所列清单';
    const plan = planLocate(withField, 2, 9);
    expect(plan).toEqual({
      kind: 'expand',
      head: { key: '附件', occurrence: 0 },
      tail: { key: '所列清单', occurrence: 0 },
    });
    expect(planLocate(withField, 4, 5)).toBeNull();
  });

  it('rejects spans outside the paragraph', () => {
    expect(planLocate(text, 10, 40)).toBeNull();
  });
});
