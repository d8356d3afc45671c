/** Keeping the records of SpeechDesk's highlights true across our own fixes and user edits. */
import { findRecord, recordsAfterEdits } from '../../src/word/records';
import { fnv1a, type HighlightRecord } from '../../src/word/settings';

const text = '要把稳增长放在更加突出的位置，确保完成全年目标任务。';

function record(slice: string, paragraph = 0): HighlightRecord {
  const start = text.indexOf(slice);
  return {
    paragraph,
    paragraphHash: fnv1a(text),
    start,
    end: start + slice.length,
    text: slice,
    previous: null,
    applied: '#FFFF00',
  };
}

describe('recordsAfterEdits', () => {
  it('moves later spans, resizes the edited span and forgets partly covered ones', () => {
    const edit = { start: 7, end: 11, replacement: '突出' }; // 更加突出 → 突出
    const after = recordsAfterEdits(
      [record('稳增长'), record('更加突出'), record('目标任务'), record('突出的位置')],
      0,
      text,
      [edit],
    );
    const newText = '要把稳增长放在突出的位置，确保完成全年目标任务。';
    expect(after.map((r) => [r.start, r.end, r.text])).toEqual([
      [2, 5, '稳增长'],
      [7, 9, '突出'],
      [19, 23, '目标任务'],
    ]);
    expect(after.every((r) => r.paragraphHash === fnv1a(newText))).toBe(true);
  });

  it('grows a span by text inserted at its end, not at its start', () => {
    const [grown] = recordsAfterEdits([record('稳增长')], 0, text, [
      { start: 5, end: 5, replacement: '、' },
    ]);
    expect(grown?.text).toBe('稳增长、');
    const [moved] = recordsAfterEdits([record('稳增长')], 0, text, [
      { start: 2, end: 2, replacement: '抓' },
    ]);
    expect(moved?.text).toBe('稳增长');
    expect(moved?.start).toBe(3);
  });

  it('leaves records of other paragraphs alone', () => {
    const other = record('稳增长', 3);
    expect(recordsAfterEdits([other], 0, text, [{ start: 0, end: 1, replacement: '' }])).toEqual([
      other,
    ]);
  });
});

describe('findRecord', () => {
  it('follows a paragraph that moved, and a span whose paragraph was edited', () => {
    const r = record('目标任务');
    expect(findRecord(['同志们：', text], ['x', fnv1a(text)], r)).toEqual({
      paragraph: 1,
      start: 21,
      end: 25,
    });
    const edited = `今年${text}`;
    expect(findRecord([edited], [fnv1a(edited)], r)).toEqual({ paragraph: 0, start: 23, end: 27 });
    expect(findRecord(['全部改写了。'], [fnv1a('全部改写了。')], r)).toBeNull();
  });
});
