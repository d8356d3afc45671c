import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  HeadingLevel,
} from 'docx';
import { check, type Finding, type Severity } from '../../src/core';
import { annotateDocx, commentIntegrityProblems, DocxError, readDocx } from '../../src/docx';
import { escapeXml, p, partText, rawDocx } from './helpers';

const DATE = '2026-11-21T09:30:00Z';

/** A finding on the first occurrence of `text` in paragraph `paragraph`. */
function finding(
  texts: string[],
  paragraph: number,
  text: string,
  rule: string,
  severity: Severity,
  extra: Partial<Finding> = {},
): Finding {
  const offset = texts[paragraph]!.indexOf(text);
  if (offset < 0) throw new Error(`"${text}" is not in paragraph ${paragraph}`);
  return {
    rule,
    severity,
    paragraph,
    offset,
    length: text.length,
    text,
    message: `“${text}”有问题`,
    messageId: 'test',
    ...extra,
  };
}

async function texts(bytes: Uint8Array): Promise<string[]> {
  return (await readDocx(bytes, { path: 'a.docx' })).doc.paragraphs.map(
    (paragraph) => paragraph.text,
  );
}

function count(xml: string, pattern: RegExp): number {
  return [...xml.matchAll(pattern)].length;
}

async function speechFromDocxPackage(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: '在20xx年全县安全生产工作会议上的讲话',
            heading: HeadingLevel.TITLE,
          }),
          new Paragraph('同志们：'),
          new Paragraph({
            children: [
              new TextRun('今年以来，全县共排查隐患'),
              new TextRun({ text: 'XX处', bold: true, color: 'C00000', underline: {} }),
              new TextRun('，整改率达到95%,较去年同期提高了了5个百分点。'),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('责任单位')] }),
                  new TableCell({ children: [new Paragraph('完成时限')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('XX局')] }),
                  new TableCell({ children: [new Paragraph('5月20日前')] }),
                ],
              }),
            ],
          }),
          new Paragraph('我就讲这些，谢谢大家！'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('annotateDocx', () => {
  it('anchors a comment exactly on each flagged text, inside formatted runs and table cells', async () => {
    const bytes = await speechFromDocxPackage();
    const before = await texts(bytes);
    const findings = [
      finding(before, 2, 'XX', 'placeholder/number', 'error'),
      finding(before, 2, '%,', 'punct/halfwidth', 'warning', {
        text: '%,',
        fix: { replacement: '%，' },
      }),
      finding(before, 2, '了了', 'typo/repeated-char', 'warning'),
      finding(before, 5, 'XX', 'placeholder/name', 'error'),
    ];
    const out = await annotateDocx(bytes, findings, {
      highlight: true,
      locale: 'zh-CN',
      date: DATE,
    });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    expect(await texts(out)).toEqual(before);

    const documentXml = (await partText(out, 'word/document.xml'))!;
    // The text between each range start and end is exactly the finding's text.
    for (const [index, item] of findings.entries()) {
      const id = index;
      const range = new RegExp(
        `<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/>`,
      ).exec(documentXml);
      expect(range).not.toBeNull();
      const inside = [...range![1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map((match) => match[1])
        .join('');
      expect(inside).toBe(item.text);
    }
    // The split bold red run keeps its formatting on both sides, and highlight sits before w:u.
    expect(documentXml).toMatch(
      /<w:b\/><w:bCs\/>.*<w:color w:val="C00000"\/><w:highlight w:val="magenta"\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">XX<\/w:t>/,
    );
    expect(documentXml).toMatch(
      /<w:color w:val="C00000"\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">处<\/w:t>/,
    );
    expect(count(documentXml, /<w:highlight w:val="yellow"\/>/g)).toBe(2);

    const commentsXml = (await partText(out, 'word/comments.xml'))!;
    expect(count(commentsXml, /w:author="讲稿助手"/g)).toBe(4);
    expect(commentsXml).toContain('w:initials="讲稿"');
    expect(commentsXml).toContain(`w:date="${DATE}"`);
    expect(commentsXml).toContain('【警告】punct/halfwidth：“%,”有问题');
    expect(commentsXml).toContain('建议改为：%，');
  });

  it('gives the same findings when the annotated copy is checked again', async () => {
    const bytes = await speechFromDocxPackage();
    const { doc } = await readDocx(bytes, { path: 'a.docx' });
    const options = { today: '2026-11-21', speechDate: '2024-06-01' };
    const first = check(doc, options).findings;
    expect(first.length).toBeGreaterThan(2);
    const out = await annotateDocx(bytes, first, { highlight: true, locale: 'zh-CN' });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const again = check((await readDocx(out, { path: 'a.docx' })).doc, options).findings;
    expect(again).toEqual(first);
  });

  it('keeps existing comments, tracked changes, fields and footnote references; new comment ids follow the largest comment id', async () => {
    const body =
      '<w:p><w:commentRangeStart w:id="3"/><w:r><w:t>全县共有</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>' +
      '<w:del w:id="7" w:author="审稿人"><w:r><w:delText>十二</w:delText></w:r></w:del>' +
      '<w:ins w:id="8" w:author="审稿人"><w:r><w:t>XX</w:t></w:r></w:ins>' +
      '<w:r><w:t>个乡镇，见第</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t>页</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>';
    const comments =
      '<w:comment w:id="3" w:author="办公室"><w:p><w:r><w:t>请核实乡镇数量</w:t></w:r></w:p></w:comment>';
    const bytes = await rawDocx({ body, comments });
    const before = await texts(bytes);
    expect(before).toEqual(['全县共有XX个乡镇，见第2页。']);
    const out = await annotateDocx(
      bytes,
      [
        finding(before, 0, 'XX', 'placeholder/number', 'error'),
        finding(before, 0, '有XX个', 'count/mismatch', 'info'),
      ],
      { highlight: false, date: DATE },
    );
    expect(await commentIntegrityProblems(out)).toEqual([]);
    expect(await texts(out)).toEqual(before);
    const documentXml = (await partText(out, 'word/document.xml'))!;
    const commentsXml = (await partText(out, 'word/comments.xml'))!;
    expect(commentsXml).toContain(
      '<w:comment w:id="3" w:author="办公室"><w:p><w:r><w:t>请核实乡镇数量</w:t></w:r></w:p></w:comment>',
    );
    expect([...commentsXml.matchAll(/<w:comment w:id="(\d+)"/g)].map((match) => match[1])).toEqual([
      '3',
      '4',
      '5',
    ]);
    expect(documentXml).toContain(
      '<w:del w:id="7" w:author="审稿人"><w:r><w:delText>十二</w:delText></w:r></w:del>',
    );
    expect(documentXml).toMatch(
      /<w:ins w:id="8" w:author="审稿人"><w:commentRangeStart w:id="5"\/><w:r><w:t>XX<\/w:t><\/w:r><w:commentRangeEnd w:id="5"\/>/,
    );
    expect(documentXml).toContain('<w:instrText> PAGE </w:instrText>');
    expect(documentXml).toContain('<w:footnoteReference w:id="1"/>');
    expect(documentXml).not.toContain('w:highlight');
    // "有XX个" spans three runs, one of them inside the insertion: the range starts in the split first run.
    expect(documentXml).toMatch(
      /<w:t xml:space="preserve">全县共<\/w:t><\/w:r><w:commentRangeStart w:id="4"\/><w:r><w:t xml:space="preserve">有<\/w:t>/,
    );
  });

  it('anchors a finding about a list label (length 0) as a point comment at the paragraph start', async () => {
    const bytes = await rawDocx({ body: p('总体要求', '<w:jc w:val="both"/>') });
    const label: Finding = {
      rule: 'heading/marker',
      severity: 'warning',
      paragraph: 0,
      offset: 0,
      length: 0,
      text: '',
      message: '编号形式不对',
      messageId: 'x',
    };
    const out = await annotateDocx(bytes, [label], { highlight: true, date: '2026-11-21' });
    expect(await partText(out, 'word/comments.xml')).toContain('w:date="2026-11-21T00:00:00Z"');
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const documentXml = (await partText(out, 'word/document.xml'))!;
    expect(documentXml).toContain(
      '<w:pPr><w:jc w:val="both"/></w:pPr><w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r>',
    );
    expect(documentXml).not.toContain('w:highlight');
  });

  it('highlights overlapping findings with the most severe colour', async () => {
    const bytes = await rawDocx({ body: p('请于X月X日前报送') });
    const before = await texts(bytes);
    const out = await annotateDocx(
      bytes,
      [
        finding(before, 0, 'X月X日前', 'date/past-deadline', 'warning'),
        finding(before, 0, 'X', 'placeholder/number', 'error'),
      ],
      { highlight: true },
    );
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const documentXml = (await partText(out, 'word/document.xml'))!;
    const highlighted = [
      ...documentXml.matchAll(
        /<w:highlight w:val="(\w+)"\/><\/w:rPr><w:t xml:space="preserve">([^<]*)</g,
      ),
    ].map((m) => `${m[2]}:${m[1]}`);
    expect(highlighted).toEqual(['X:magenta', '月X日前:yellow']);
  });

  it('refuses findings that do not match the file', async () => {
    const bytes = await rawDocx({ body: p('同志们：') });
    const stale: Finding = {
      rule: 'placeholder/name',
      severity: 'error',
      paragraph: 0,
      offset: 0,
      length: 2,
      text: '某某',
      message: 'm',
      messageId: 'x',
    };
    await expect(annotateDocx(bytes, [stale], { highlight: true })).rejects.toThrow(DocxError);
    await expect(
      annotateDocx(bytes, [{ ...stale, paragraph: 4 }], { highlight: true }),
    ).rejects.toThrow(/paragraph 4, but the document has 1/);
  });

  it('escapes message text in comments.xml', async () => {
    const bytes = await rawDocx({
      body: '<w:p><w:r><w:t>A&amp;B&lt;C&gt;&#x4E2D;&amp;#169;</w:t></w:r></w:p>',
    });
    const before = await texts(bytes);
    expect(before).toEqual(['A&B<C>中&#169;']);
    const out = await annotateDocx(
      bytes,
      [finding(before, 0, '&B<', 'punct/halfwidth', 'warning', { message: `符号“&”和“<”` })],
      { highlight: false },
    );
    const commentsXml = (await partText(out, 'word/comments.xml'))!;
    expect(commentsXml).toContain(escapeXml('符号“&”和“<”'));
    expect(await texts(out)).toEqual(before);
  });
});

describe('annotated copies of a table-heavy speech', () => {
  it('work for every paragraph of a document with nested tables', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell('一季度XX亿元'),
                    new TableCell({
                      children: [
                        new Table({ rows: [new TableRow({ children: [cell('二季度XX亿元')] })] }),
                        new Paragraph(''),
                      ],
                    }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const before = await texts(bytes);
    const findings = before.flatMap((text, i) =>
      text.includes('XX') ? [finding(before, i, 'XX', 'placeholder/number', 'error')] : [],
    );
    expect(findings).toHaveLength(2);
    const out = await annotateDocx(bytes, findings, { highlight: true });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    expect(await texts(out)).toEqual(before);
  });
});
