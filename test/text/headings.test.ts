import { documentFromText } from '../../src/core';
import type { SpeechDocument } from '../../src/core';
import {
  formatMarker,
  matchMarker,
  parseListLabel,
  parseOutline,
  type HeadingNode,
} from '../../src/core/text/headings';

const speech = [
  '同志们：',
  '下面，我讲三点意见。',
  '一、提高政治站位，切实增强做好今年工作的责任感',
  '（一）准确把握形势任务。今年是攻坚之年，任务繁重。',
  '1.稳住就业基本盘。要把稳就业摆在突出位置。',
  '（1）抓好高校毕业生就业。',
  '（2）抓好农民工就业。',
  '2.兜牢民生底线。',
  '（二）切实扛起责任担当。',
  '　　二、突出工作重点，全力推动各项任务落地见效',
  '（一）抓项目。',
  '（二）抓招商。',
].join('\n');

function shape(nodes: readonly HeadingNode[]): unknown[] {
  return nodes.map((n) => [
    n.marker.text.trim(),
    n.paragraph,
    ...(n.children.length > 0 ? [shape(n.children)] : []),
  ]);
}

describe('parseOutline', () => {
  const outline = parseOutline(documentFromText(speech));

  it('builds the GB/T 9704 tree from typed markers', () => {
    expect(shape(outline.roots)).toEqual([
      [
        '一、',
        2,
        [
          [
            '（一）',
            3,
            [
              [
                '1.',
                4,
                [
                  ['（1）', 5],
                  ['（2）', 6],
                ],
              ],
              ['2.', 7],
            ],
          ],
          ['（二）', 8],
        ],
      ],
      [
        '二、',
        9,
        [
          ['（一）', 10],
          ['（二）', 11],
        ],
      ],
    ]);
  });

  it('gives each node its level, kind, number, title and marker range', () => {
    const second = outline.headings.find((h) => h.paragraph === 9) as HeadingNode;
    expect(second).toMatchObject({ level: 1, kind: 'chinese', number: 2, source: 'typed' });
    expect(second.title).toBe('突出工作重点，全力推动各项任务落地见效');
    // The ideographic indent is not part of the marker.
    expect(second.marker).toMatchObject({
      text: '二、',
      offset: 2,
      length: 2,
      form: 'standard',
      standard: '二、',
    });
    expect((outline.headings[1] as HeadingNode).title).toBe('准确把握形势任务');
  });

  it('answers parent, section and heading questions', () => {
    const paren1 = outline.headings[3] as HeadingNode;
    expect(outline.parentOf(paren1)?.marker.text).toBe('1.');
    expect(outline.parentOf(outline.roots[0] as HeadingNode)).toBeUndefined();
    expect(outline.sectionOf(6)?.marker.text).toBe('（2）');
    expect(outline.sectionOf(1)).toBeUndefined();
    expect(outline.isHeading(2)).toBe(true);
    expect(outline.isHeading(1)).toBe(false);
  });

  it('reads Word automatic list labels as headings, with the label outside the text', () => {
    const doc: SpeechDocument = {
      paragraphs: [
        {
          text: '强化责任落实',
          listLabel: '一、',
          listLevel: 0,
          style: 'Heading 1',
          outlineLevel: 1,
        },
        { text: '压实主体责任。', listLabel: '（一）', listLevel: 1 },
        { text: '• 要点', listLabel: '•', listLevel: 0 },
      ],
    };
    const [root] = parseOutline(doc).roots as HeadingNode[];
    expect(root).toMatchObject({
      source: 'list',
      kind: 'chinese',
      number: 1,
      title: '强化责任落实',
      style: 'Heading 1',
      outlineLevel: 1,
    });
    expect(root?.marker).toMatchObject({ offset: 0, length: 0, text: '一、' });
    expect(root?.children.map((c) => c.marker.text)).toEqual(['（一）']);
    expect(parseOutline(doc).headings).toHaveLength(2);
  });

  it('notes a number typed after a Word automatic number of the same level', () => {
    const doc: SpeechDocument = {
      paragraphs: [{ text: '一、总体要求', listLabel: '一、', listLevel: 0 }],
    };
    const [heading] = parseOutline(doc).headings;
    expect(heading?.title).toBe('总体要求');
    expect(heading?.typedDuplicate).toMatchObject({ text: '一、', offset: 0, length: 2 });
  });

  it('joins a marker wrapped onto the next line', () => {
    const outline2 = parseOutline(
      documentFromText(
        '（一）经济运行稳中有进。\n（二）产业发展提质增效。\n（\n三）改革开放持续深化。\n（四）城乡发展更趋协调。',
      ),
    );
    expect(outline2.headings.map((h) => [h.number, h.paragraph, h.continuedIn])).toEqual([
      [1, 0, undefined],
      [2, 1, undefined],
      [3, 2, 3],
      [4, 4, undefined],
    ]);
    expect(outline2.headings[2]?.title).toBe('改革开放持续深化');
    expect(outline2.isHeading(3)).toBe(true);
  });

  it('does not take figures or lists of numbers for headings', () => {
    const doc = documentFromText(
      [
        '1.5万人次参加了培训。',
        '2、3月份是春耕备耕的关键时期。',
        '一、二、三产业协调发展。',
        '2024年，我们迎难而上。',
        '一是抓好落实。',
        '一、',
      ].join('\n'),
    );
    expect(parseOutline(doc).headings).toEqual([]);
  });

  it('reads 一、二〇一八年… as a heading whose title starts with a year in Chinese numerals', () => {
    const doc = documentFromText(
      [
        '一、二〇一八年财政预算执行情况',
        '全年财政总收入769.99万元。',
        '二、二○一九年财政预算草案',
      ].join('\n'),
    );
    expect(parseOutline(doc).headings.map((h) => [h.number, h.paragraph])).toEqual([
      [1, 0],
      [2, 2],
    ]);
  });

  it('reads 20.2026年… as item 20 where it stands between 19. and 21.', () => {
    const doc = documentFromText(
      [
        '名词解释',
        '19.“1+N”帮扶政策体系：指省级统筹、多方参与的帮扶机制。',
        '20.2026年10件民生实事：包括就业创业、养老托育等方面。',
        '21.5+2就业之家：覆盖省、市、县、乡、村五级和园区、高校。',
        '22.“百县争锋”：以县为单位开展的群众性体育赛事。',
        '2.5万名干部参加了轮训。',
      ].join('\n'),
    );
    const outline = parseOutline(doc);
    expect(outline.headings.map((h) => [h.paragraph, h.number, h.marker.text])).toEqual([
      [1, 19, '19.'],
      [2, 20, '20.'],
      [3, 21, '21.'],
      [4, 22, '22.'],
    ]);
    expect(outline.headings[1]?.title).toBe('2026年10件民生实事：包括就业创业、养老托育等方面');
  });

  it('follows the document’s own ladder where it repeatedly puts 1. above （一）', () => {
    const doc = documentFromText(
      [
        '一、重点工作',
        '1.抓项目。',
        '（一）加快开工。',
        '（二）强化保障。',
        '2.抓招商。',
        '（一）产业链招商。',
      ].join('\n'),
    );
    const outline = parseOutline(doc);
    expect(shape(outline.roots)).toEqual([
      [
        '一、',
        0,
        [
          [
            '1.',
            1,
            [
              ['（一）', 2],
              ['（二）', 3],
            ],
          ],
          ['2.', 4, [['（一）', 5]]],
        ],
      ],
    ]);
    expect(outline.inversions.map((x) => [x.upper, x.lower, x.at.paragraph])).toEqual([
      ['arabic', 'chinese-paren', 2],
    ]);
  });

  it('keeps GB/T 9704’s ladder where the document departs from it only once', () => {
    const doc = documentFromText(
      ['一、重点工作', '1.抓项目。', '（一）加快开工。', '（二）强化保障。', '二、作风建设'].join(
        '\n',
      ),
    );
    expect(parseOutline(doc).inversions).toEqual([]);
  });
});

describe('markers', () => {
  it.each([
    ['一、', 'chinese', 1, 'standard', '一、'],
    ['十二、', 'chinese', 12, 'standard', '十二、'],
    ['一.', 'chinese', 1, 'variant', '一、'],
    ['三，', 'chinese', 3, 'variant', '三、'],
    ['（二）', 'chinese-paren', 2, 'standard', '（二）'],
    ['(二)', 'chinese-paren', 2, 'variant', '（二）'],
    ['（二）、', 'chinese-paren', 2, 'variant', '（二）'],
    ['3.', 'arabic', 3, 'standard', '3.'],
    ['3．', 'arabic', 3, 'fullwidth-period', '3.'],
    ['3、', 'arabic', 3, 'variant', '3.'],
    ['（4）', 'arabic-paren', 4, 'standard', '（4）'],
    ['(4)', 'arabic-paren', 4, 'variant', '（4）'],
    ['（１）', 'arabic-paren', 1, 'variant', '（1）'],
  ])('%s', (marker, kind, number, form, standard) => {
    expect(matchMarker(marker + '加强组织领导')).toMatchObject({
      text: marker,
      kind,
      number,
      form,
      standard,
    });
    expect(parseListLabel(marker)).toMatchObject({ kind, number });
  });

  it('formats the standard marker of each kind', () => {
    expect(formatMarker('chinese', 11)).toBe('十一、');
    expect(formatMarker('chinese-paren', 3)).toBe('（三）');
    expect(formatMarker('arabic', 2)).toBe('2.');
    expect(formatMarker('arabic-paren', 5)).toBe('（5）');
  });

  it('ignores bullets and other list labels', () => {
    expect(parseListLabel('•')).toBeUndefined();
    expect(parseListLabel('第一章')).toBeUndefined();
    expect(parseListLabel('')).toBeUndefined();
  });
});
