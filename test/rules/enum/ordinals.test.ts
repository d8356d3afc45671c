import { documentFromText } from '../../../src/core';
import { findOrdinalRuns, findOrdinals, quotedRanges } from '../../../src/core/rules/enum/ordinals';
import { parseOutline } from '../../../src/core/text/headings';

const texts = (s: string) => findOrdinals(s, 0).map((t) => `${t.text}@${t.offset}`);

describe('findOrdinals', () => {
  it('finds each form with its position', () => {
    expect(
      findOrdinals('一是要抓学习，二要抓落实；第三，抓督查。首先，其次，再次，最后，', 0),
    ).toMatchObject([
      { text: '一是要', form: 'shiyao', number: 1, offset: 0 },
      { text: '二要', form: 'yao', number: 2, offset: 7 },
      { text: '第三', form: 'di', number: 3, offset: 13 },
      { text: '首先', form: 'sequence-word', number: 1 },
      { text: '其次', number: 2 },
      { text: '再次', number: 3 },
      { text: '最后', number: undefined },
    ]);
  });

  it('takes 一是 without a comma before it only when a 二是 follows', () => {
    expect(texts('我们的工作一是靠苦干，二是靠创新。')).toEqual(['一是@5', '二是@11']);
    expect(texts('实现祖国统一是大势所趋，二是必然。')).toEqual(['二是@12']);
    expect(texts('这是重要原因之一。')).toEqual([]);
  });

  it('skips quoted slogans and titles', () => {
    expect(texts('倡导“一要敬业、二要守纪”，学习《第一书记工作手册》。')).toEqual([]);
    expect(quotedRanges('甲“乙”丙《丁》')).toEqual([
      [1, 4],
      [5, 8],
    ]);
    // An unclosed quote does not hide the rest of the paragraph.
    expect(texts('他说“一是抓学习，二是抓落实。')).toEqual(['一是@3', '二是@9']);
  });
});

describe('findOrdinalRuns', () => {
  it('keeps runs within a section and nests inner runs', () => {
    const doc = documentFromText(
      [
        '（一）抓项目',
        '一是抓开工，具体来讲，一要早谋划，二要快推进；二是抓投产。',
        '（二）抓招商',
        '二是抓签约。',
      ].join('\n'),
    );
    const runs = findOrdinalRuns(doc, parseOutline(doc));
    expect(runs.map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual([
      '一是 二是',
      '一要 二要',
      '二是',
    ]);
    expect(runs[2]?.problems).toMatchObject([{ kind: 'skip', expected: 1 }]);
  });
});
