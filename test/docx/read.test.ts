import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Tab,
} from 'docx';
import { readDocx } from '../../src/docx';
import { p, rawDocx } from './helpers';

async function pack(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(doc));
}

function cell(...children: (Paragraph | Table)[]): TableCell {
  return new TableCell({ children });
}

const outlineNumbering = {
  config: [
    {
      reference: 'outline',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', start: 1 },
      ],
    },
  ],
};

describe('readDocx on documents made with the docx package', () => {
  it('reads body paragraphs in order with table cells and nested tables', async () => {
    const bytes = await pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('同志们：'),
              new Table({
                rows: [
                  new TableRow({
                    children: [cell(new Paragraph('指标')), cell(new Paragraph('完成情况'))],
                  }),
                  new TableRow({
                    children: [
                      cell(new Paragraph('地区生产总值')),
                      cell(
                        new Paragraph('增长6.5%'),
                        new Table({
                          rows: [
                            new TableRow({
                              children: [
                                cell(new Paragraph('其中：一季度')),
                                cell(new Paragraph('5.8%')),
                              ],
                            }),
                          ],
                        }),
                      ),
                    ],
                  }),
                ],
              }),
              new Paragraph('谢谢大家！'),
            ],
          },
        ],
      }),
    );
    const { doc } = await readDocx(bytes, { path: 'table.docx' });
    const texts = doc.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual([
      '同志们：',
      '指标',
      '完成情况',
      '地区生产总值',
      '增长6.5%',
      '其中：一季度',
      '5.8%',
      '',
      '谢谢大家！',
    ]);
  });

  it('reports heading style names as Word displays them and 1-based outline levels', async () => {
    const bytes = await pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: '在全县经济工作会议上的讲话', heading: HeadingLevel.TITLE }),
              new Paragraph({ text: '一、关于今年的工作', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: '（一）稳住经济基本盘', heading: HeadingLevel.HEADING_2 }),
              new Paragraph('今年以来，全县上下紧紧围绕年初确定的目标任务。'),
            ],
          },
        ],
      }),
    );
    const { doc } = await readDocx(bytes, { path: 'headings.docx' });
    expect(doc.paragraphs[1]).toMatchObject({
      text: '一、关于今年的工作',
      style: 'Heading 1',
      outlineLevel: 1,
    });
    expect(doc.paragraphs[2]).toMatchObject({ style: 'Heading 2', outlineLevel: 2 });
    expect(doc.paragraphs[0]!.style).toBe('Title');
    expect(doc.paragraphs[3]!.outlineLevel).toBeUndefined();
  });

  it('renders multilevel automatic numbering with restarts, new instances and continued lists', async () => {
    const item = (text: string, level: number, instance?: number): Paragraph =>
      new Paragraph({
        text,
        numbering: { reference: 'outline', level, ...(instance === undefined ? {} : { instance }) },
      });
    const bytes = await pack(
      new Document({
        numbering: outlineNumbering,
        sections: [
          {
            children: [
              item('提高政治站位', 0),
              item('深化思想认识', 1),
              item('强化责任担当', 1),
              item('明确任务要求', 2),
              item('细化工作措施', 2),
              item('抓好工作落实', 0),
              item('压实主体责任', 1),
              new Paragraph('这里插入一个不编号的段落，列表应当接着编号。'),
              item('加强组织领导', 0),
              item('新的清单从头编号', 0, 2),
              item('接着新清单编号', 0, 2),
            ],
          },
        ],
      }),
    );
    const { doc } = await readDocx(bytes, { path: 'lists.docx' });
    const labels = doc.paragraphs.map((paragraph) => [paragraph.listLabel, paragraph.listLevel]);
    expect(labels).toEqual([
      ['一、', 0],
      ['（一）', 1],
      ['（二）', 1],
      ['1.', 2],
      ['2.', 2],
      ['二、', 0],
      ['（一）', 1],
      [undefined, undefined],
      ['三、', 0],
      ['一、', 0],
      ['二、', 0],
    ]);
    // The label is not part of the text.
    expect(doc.paragraphs[0]!.text).toBe('提高政治站位');
  });

  it('maps tabs and line breaks the way Word reports them in Paragraph.text', async () => {
    const bytes = await pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [
                  new TextRun('主持人：'),
                  new TextRun({ children: [new Tab(), '张明'] }),
                  new TextRun({ text: '同志', break: 1 }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const { doc } = await readDocx(bytes, { path: 'runs.docx' });
    expect(doc.paragraphs[0]!.text).toBe('主持人：\t张明\v同志');
  });
});

describe('readDocx on hand-written WordprocessingML', () => {
  it('skips deleted text and field codes, keeps inserted text and field results, descends into wrappers', async () => {
    const body =
      '<w:p>' +
      '<w:r><w:t>全年完成投资</w:t></w:r>' +
      '<w:del w:id="1" w:author="审稿人"><w:r><w:delText>一百二十</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="审稿人"><w:r><w:t>一百三十</w:t></w:r></w:ins>' +
      '<w:r><w:t>亿元，见第</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t>页</w:t></w:r>' +
      '<w:fldSimple w:instr=" DATE "><w:r><w:t>（</w:t></w:r></w:fldSimple>' +
      '<w:hyperlink r:id="rId9"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink>' +
      '<w:smartTag w:uri="u" w:element="place"><w:r><w:t>城关镇</w:t></w:r></w:smartTag>' +
      '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>）</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:noBreakHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:br w:type="page"/></w:r>' +
      '<w:moveFrom w:id="3" w:author="审稿人"><w:r><w:t>挪走的</w:t></w:r></w:moveFrom>' +
      '</w:p>' +
      '<w:sdt><w:sdtContent>' +
      p('内容控件里的段落') +
      '</w:sdtContent></w:sdt>';
    const { doc } = await readDocx(await rawDocx({ body }), { path: 'fields.docx' });
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '全年完成投资一百三十亿元，见第3页（政府网站城关镇）\u001e\uf0fc\f',
      '内容控件里的段落',
    ]);
  });

  it('decodes character references once', async () => {
    const body = '<w:p><w:r><w:t>&#x4E2D;&#22269;&amp;nbsp;&lt;&#12298;</w:t></w:r></w:p>';
    const { doc } = await readDocx(await rawDocx({ body }), { path: 'refs.docx' });
    expect(doc.paragraphs[0]!.text).toBe('中国&nbsp;<《');
  });

  it('excludes nested field codes but keeps the outer result', async () => {
    const run = (inner: string): string => `<w:r>${inner}</w:r>`;
    const body =
      '<w:p>' +
      run('<w:t>共</w:t>') +
      run('<w:fldChar w:fldCharType="begin"/>') +
      run('<w:instrText>IF </w:instrText>') +
      run('<w:fldChar w:fldCharType="begin"/>') +
      run('<w:instrText>NUMPAGES</w:instrText>') +
      run('<w:fldChar w:fldCharType="separate"/>') +
      run('<w:t>9</w:t>') +
      run('<w:fldChar w:fldCharType="end"/>') +
      run('<w:instrText> &gt; 1 "多页" "单页"</w:instrText>') +
      run('<w:fldChar w:fldCharType="separate"/>') +
      run('<w:t>多页</w:t>') +
      run('<w:fldChar w:fldCharType="end"/>') +
      run('<w:t>。</w:t>') +
      '</w:p>';
    const { doc } = await readDocx(await rawDocx({ body }), { path: 'nested.docx' });
    expect(doc.paragraphs[0]!.text).toBe('共多页。');
  });

  it('follows basedOn for outline levels, lets the paragraph override, and names the default style', async () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="BigHeading"><w:name w:val="大标题"/><w:basedOn w:val="1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>';
    const body =
      p('工作回顾', '<w:pStyle w:val="BigHeading"/>') +
      p('主要做法', '<w:pStyle w:val="2"/>') +
      p('正文里设了大纲级别的段落', '<w:outlineLvl w:val="2"/>') +
      p('标题样式但设为正文级别', '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>') +
      p('普通段落');
    const { doc } = await readDocx(await rawDocx({ body, styles }), { path: 'styles.docx' });
    expect(doc.paragraphs).toEqual([
      { text: '工作回顾', style: '大标题', outlineLevel: 1 },
      { text: '主要做法', style: 'Heading 2', outlineLevel: 2 },
      { text: '正文里设了大纲级别的段落', style: 'Normal', outlineLevel: 3 },
      { text: '标题样式但设为正文级别', style: 'Heading 1' },
      { text: '普通段落', style: 'Normal' },
    ]);
  });

  it('returns core properties, header text and a dated signature', async () => {
    const body =
      p('同志们：') +
      p('以上意见，请结合实际抓好落实。') +
      p('县人民政府办公室') +
      p('二〇二四年三月十二日') +
      p('');
    const result = await readDocx(
      await rawDocx({
        body,
        header: p('2024年3月10日 内部资料'),
        coreTitle: '在全县工作会议上的讲话',
        coreCreated: '2024-03-01T08:00:00Z',
      }),
      { path: 'meta.docx' },
    );
    expect(result.properties).toEqual({
      title: '在全县工作会议上的讲话',
      created: '2024-03-01T08:00:00Z',
    });
    expect(result.headers).toEqual(['2024年3月10日 内部资料']);
    expect(result.signatureDate).toEqual({
      date: '2024-03-12',
      paragraph: 3,
      text: '二〇二四年三月十二日',
    });
    expect(result.headerDate).toBeUndefined();
    expect(result.doc.paragraphs).toHaveLength(5);
  });

  it('finds no signature date when the closing lines are not a date', async () => {
    const body = p('2023年，我们完成了全部任务。') + p('谢谢大家！');
    const result = await readDocx(await rawDocx({ body }), { path: 'nodate.docx' });
    expect(result.signatureDate).toBeUndefined();
  });
});
