import { formatCounter, readDocx } from '../../src/docx';
import { p, rawDocx } from './helpers';

const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/></w:lvl>`;

/** The official-document heading levels: 一、 （一） 1. （1）. */
const OFFICIAL_LEVELS =
  lvl(0, 'chineseCounting', '%1、') +
  lvl(1, 'chineseCounting', '（%2）') +
  lvl(2, 'decimal', '%3.') +
  lvl(3, 'decimal', '（%4）');

const numPr = (numId: number, ilvl = 0): string =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

async function labels(
  body: string,
  numbering: string,
  styles?: string,
): Promise<(string | undefined)[]> {
  const spec = styles === undefined ? { body, numbering } : { body, numbering, styles };
  const { doc } = await readDocx(await rawDocx(spec), { path: 'numbering.docx' });
  return doc.paragraphs.map((paragraph) => paragraph.listLabel);
}

describe('formatCounter', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [21, 'chineseCounting', '二十一'],
    [99, 'chineseCounting', '九十九'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1010, 'chineseCountingThousand', '一千零一十'],
    [10001, 'chineseCountingThousand', '一万零一'],
    [12, 'taiwaneseCountingThousand', '十二'],
    [10000, 'taiwaneseCountingThousand', '一萬'],
    [10, 'chineseLegalSimplified', '壹拾'],
    [23, 'chineseLegalSimplified', '贰拾叁'],
    [3, 'ideographTraditional', '丙'],
    [12, 'decimalFullWidth', '１２'],
    [3, 'decimalEnclosedCircle', '③'],
    [3, 'decimalEnclosedParen', '⑶'],
    [28, 'lowerLetter', 'bb'],
    [4, 'upperRoman', 'IV'],
    [14, 'lowerRoman', 'xiv'],
    [7, 'decimalZero', '07'],
    [5, 'cardinalText', '5'],
  ])('%i in %s is %s', (n, format, expected) => {
    expect(formatCounter(n, format)).toBe(expected);
  });
});

describe('Word automatic numbering', () => {
  it('restarts lower levels under a new parent and renders every level', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${OFFICIAL_LEVELS}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body =
      p('统一思想认识', numPr(1, 0)) +
      p('深刻把握形势', numPr(1, 1)) +
      p('坚持问题导向', numPr(1, 2)) +
      p('查找短板弱项', numPr(1, 3)) +
      p('逐项整改到位', numPr(1, 3)) +
      p('坚持目标导向', numPr(1, 2)) +
      p('突出工作重点', numPr(1, 0)) +
      p('抓好项目建设', numPr(1, 1));
    expect(await labels(body, numbering)).toEqual([
      '一、',
      '（一）',
      '1.',
      '（1）',
      '（2）',
      '2.',
      '二、',
      '（一）',
    ]);
  });

  it('keeps a lower level running when lvlRestart says never, and restarts after the named level', async () => {
    const levels =
      lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>');
    const numbering = `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body =
      p('第一部分', numPr(1, 0)) +
      p('事项', numPr(1, 1)) +
      p('第二部分', numPr(1, 0)) +
      p('事项', numPr(1, 1));
    expect(await labels(body, numbering)).toEqual(['一、', '1.', '二、', '2.']);
  });

  it('continues a list across nums that share an abstractNum, restarts where a num has a start override', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${OFFICIAL_LEVELS}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const body =
      p('第一项', numPr(1)) +
      p('第二项', numPr(2)) +
      p('第三项', numPr(1)) +
      p('另起第五项', numPr(3)) +
      p('第六项', numPr(3));
    expect(await labels(body, numbering)).toEqual(['一、', '二、', '三、', '五、', '六、']);
  });

  it('uses a level override, legal numbering, numId 0 and numbering inherited from the paragraph style', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${OFFICIAL_LEVELS}${lvl(4, 'chineseCounting', '%1.%5', '<w:isLgl/>')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'upperRoman', '%1.')}</w:lvlOverride></w:num>`;
    const styles =
      '<w:style w:type="paragraph" w:styleId="L1"><w:name w:val="一级标题"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>';
    const body =
      p('样式带编号', '<w:pStyle w:val="L1"/>') +
      p('法定编号', numPr(1, 4)) +
      p('样式编号被关掉', '<w:pStyle w:val="L1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      p('样式编号第二项', '<w:pStyle w:val="L1"/>') +
      p('罗马数字覆盖', numPr(2, 0));
    // The override redefines the format but has no startOverride: the shared counter goes on.
    expect(await labels(body, numbering, styles)).toEqual([
      '一、',
      '1.1',
      undefined,
      '二、',
      'III.',
    ]);
  });

  it('leaves the suffix (tab, space) out of the label and renders bullets', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '（%1）', '<w:suff w:val="tab"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const body = p('加强领导', numPr(1)) + p('加大投入', numPr(1)) + p('要点', numPr(2));
    expect(await labels(body, numbering)).toEqual(['（一）', '（二）', '•']);
  });

  it('follows numStyleLink through a numbering style to the list that holds the levels', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="SpeechList"/>${OFFICIAL_LEVELS}</w:abstractNum>` +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="SpeechList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>';
    const styles =
      '<w:style w:type="numbering" w:styleId="SpeechList"><w:name w:val="讲稿列表"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = p('深化改革', numPr(2, 0)) + p('扩大开放', numPr(2, 1));
    expect(await labels(body, numbering, styles)).toEqual(['一、', '（一）']);
  });

  it('numbers heading styles tied to list levels by w:pStyle, and shows no label for an empty level', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/>') +
      lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/>') +
      lvl(2, 'none', '', '<w:pStyle w:val="H3"/>') +
      '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>';
    const styles = ['H1', 'H2', 'H3']
      .map(
        (id) =>
          `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`,
      )
      .join('');
    const body =
      p('总体要求', '<w:pStyle w:val="H1"/>') +
      p('指导思想', '<w:pStyle w:val="H2"/>') +
      p('无编号小标题', '<w:pStyle w:val="H3"/>') +
      p('主要任务', '<w:pStyle w:val="H2"/>');
    const { doc } = await readDocx(await rawDocx({ body, numbering, styles }), {
      path: 'linked.docx',
    });
    expect(doc.paragraphs.map(({ listLabel, listLevel }) => [listLabel, listLevel])).toEqual([
      ['一、', 0],
      ['（一）', 1],
      [undefined, 2],
      ['（二）', 1],
    ]);
  });

  it('ignores numbering that points at a missing num', async () => {
    const body = p('没有定义的编号', numPr(7));
    expect(await labels(body, '')).toEqual([undefined]);
  });
});
