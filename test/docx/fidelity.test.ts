/** Issue 14: annotated copies Word opens without a murmur, and a reader that sees what Word shows. */
import JSZip from 'jszip';
import { check } from '../../src/core';
import {
  annotateDocx,
  commentIntegrityProblems,
  DocxError,
  packageProblems,
  readDocx,
} from '../../src/docx';
import {
  chapterNumbering,
  defaultNamespace,
  extendedRunProperties,
  flagged,
  randomIds,
  storiesOutsideBody,
  strictPackage,
  tocField,
  type Fixture,
} from './fixtures';
import { p, partText, patchParts, rawDocx } from './helpers';

async function read(bytes: Uint8Array) {
  return readDocx(bytes, { path: 'fixture.docx' });
}

async function annotated(fixture: Fixture): Promise<{ input: Uint8Array; out: Uint8Array }> {
  const input = await fixture.bytes();
  const out = await annotateDocx(input, await flagged(fixture, input), {
    highlight: true,
    date: '2026-11-21',
  });
  expect(await commentIntegrityProblems(out)).toEqual([]);
  return { input, out };
}

describe('package check (1: no folder entries)', () => {
  it('finds the folder entries JSZip adds by default, and the annotated copy has none', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const withFolders = await zip.generateAsync({ type: 'uint8array' });
    expect(await packageProblems(withFolders)).toEqual(
      expect.arrayContaining([
        'folder entry word/ (a package holds parts only)',
        'missing [Content_Types].xml',
      ]),
    );

    const { input, out } = await annotated(storiesOutsideBody);
    expect(Object.keys((await JSZip.loadAsync(input)).files)).toContain('word/');
    const entries = Object.values((await JSZip.loadAsync(out)).files);
    expect(entries.filter((entry) => entry.dir)).toEqual([]);
    expect(entries.map((entry) => entry.name)).toContain('word/_rels/document.xml.rels');
    expect(await packageProblems(out)).toEqual([]);
  });

  it('reports parts without a content type and relationships to missing parts', async () => {
    const bytes = await patchParts(await rawDocx({ body: p('同志们：') }), {
      'word/media/image1.png': 'not really a png',
      'word/_rels/document.xml.rels': (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.png"/></Relationships>',
        ),
    });
    expect(await packageProblems(bytes)).toEqual(
      expect.arrayContaining([
        'no content type for word/media/image1.png',
        'word/_rels/document.xml.rels: relationship rId9 points at a missing part word/media/image2.png',
      ]),
    );
  });
});

describe('numbering (2): restart only where the file asks', () => {
  it('continues the chapters through a num that redefines the level without startOverride', async () => {
    const { doc } = await read(await chapterNumbering.bytes());
    expect(doc.paragraphs.map((paragraph) => paragraph.listLabel)).toEqual([
      '第一章',
      '1.1',
      '第二章',
      '第三章',
      '3.1',
      '第四章',
      // num 3 has a startOverride: Word restarts there.
      '第一章',
      // another abstractNum: its own counters.
      '一、',
    ]);
  });

  it('agrees with the TOC that Word saved (its cached result is the oracle)', async () => {
    const result = await read(await tocField.bytes());
    const headings = result.doc.paragraphs.filter((paragraph) => paragraph.outlineLevel === 1);
    const shown = headings.map((heading) => `${heading.listLabel}${heading.text}`);
    const toc = result.fieldResults.map((entry) => entry.text.replace(/\t\d+$/, ''));
    expect(shown).toEqual(['一、全县XX个乡镇的基本情况', '二、主要任务', '三、保障措施']);
    expect(toc).toEqual(shown);
  });
});

describe('run properties (3): w:highlight in schema order', () => {
  it('goes after w:sz and before w:u, w:lang and Word 2010 extensions', async () => {
    const { out } = await annotated(extendedRunProperties);
    const xml = (await partText(out, 'word/document.xml'))!;
    expect(xml).toContain(
      '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/><w:highlight w:val="magenta"/><w14:ligatures w14:val="standard"/></w:rPr>',
    );
    expect(xml).toMatch(
      /<w:rPr><w:b\/><w:highlight w:val="yellow"\/><w:u w:val="single"\/><w:lang w:eastAsia="zh-CN"\/><w14:textOutline /,
    );
  });
});

describe('Strict OOXML (4)', () => {
  it('reads a Strict package and adds a Strict comments part and relationship', async () => {
    const input = await strictPackage.bytes();
    expect((await read(input)).doc.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '全县XX个乡镇',
      '同志们：',
    ]);
    const out = await annotateDocx(input, await flagged(strictPackage, input), {
      highlight: true,
    });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const comments = (await partText(out, 'word/comments.xml'))!;
    expect(comments).toContain('xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"');
    const rels = (await partText(out, 'word/_rels/document.xml.rels'))!;
    expect(rels).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments" Target="comments.xml"',
    );
    // One conformance class: no Transitional namespace anywhere in the copy's parts.
    const zip = await JSZip.loadAsync(out);
    for (const name of ['word/document.xml', 'word/comments.xml', 'word/_rels/document.xml.rels'])
      expect(await zip.file(name)!.async('string')).not.toContain(
        'schemas.openxmlformats.org/wordprocessingml',
      );
  });
});

describe('namespaces (5): matched by URI, not prefix', () => {
  it('reads and annotates a document.xml whose WordprocessingML is the default namespace', async () => {
    const input = await defaultNamespace.bytes();
    const { doc } = await read(input);
    expect(doc.paragraphs.map((paragraph) => [paragraph.listLabel, paragraph.text])).toEqual([
      ['一、', '稳就业'],
      [undefined, '新增就业XX万人'],
      ['二、', '保民生'],
    ]);
    const out = await annotateDocx(input, await flagged(defaultNamespace, input), {
      highlight: true,
    });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    expect((await read(out)).doc).toEqual(doc);
  });

  it('refuses a part that binds w: to another namespace while using WordprocessingML', async () => {
    const bytes = await patchParts(await rawDocx({ body: p('同志们：') }), {
      'word/document.xml': (xml) =>
        xml.replace(
          '<w:body>',
          '<w:body xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:other">',
        ),
    });
    await expect(read(bytes)).rejects.toThrow(DocxError);
    await expect(read(bytes)).rejects.toThrow(
      /word\/document\.xml binds the prefix w: to urn:other/,
    );
  });
});

describe('stories outside the body (7)', () => {
  it('reads text boxes, footnotes, endnotes, headers, footers and comments without renumbering the body', async () => {
    const input = await storiesOutsideBody.bytes();
    const result = await read(input);
    expect(result.doc.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '全县XX个乡镇全部达标。',
      '要抓落实',
    ]);
    expect(result.stories).toEqual([
      { story: 'textbox', part: 'word/document.xml', text: '框内：第一季度完成XX项' },
      { story: 'footnote', part: 'word/footnotes.xml', id: '1', text: ' 数据来源：县统计局。' },
      { story: 'endnote', part: 'word/endnotes.xml', id: '1', text: ' 见县委办公室文件。' },
      { story: 'header', part: 'word/header1.xml', text: '县政府办公室' },
      { story: 'footer', part: 'word/footer1.xml', text: '内部资料　注意保存' },
      { story: 'comment', part: 'word/comments.xml', id: '0', text: '请核实乡镇数量' },
    ]);
    // The annotated copy keeps every story and the body as they were.
    const { out } = await annotated(storiesOutsideBody);
    const again = await read(out);
    expect(again.doc).toEqual(result.doc);
    expect(again.stories.filter((story) => story.story !== 'comment')).toEqual(
      result.stories.filter((story) => story.story !== 'comment'),
    );
  });
});

describe('comment ids (8)', () => {
  it('follow the largest comment id, not bookmark or fitText ids', async () => {
    const { out } = await annotated(randomIds);
    const comments = (await partText(out, 'word/comments.xml'))!;
    expect([...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['5', '6']);
  });

  it('take the smallest free ids when the largest comment id is at the 32-bit limit', async () => {
    const bytes = await rawDocx({
      body: '<w:p><w:commentRangeStart w:id="2147483647"/><w:r><w:t>全县XX个乡镇</w:t></w:r><w:commentRangeEnd w:id="2147483647"/><w:r><w:commentReference w:id="2147483647"/></w:r></w:p>',
      comments:
        '<w:comment w:id="2147483647" w:author="办公室"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment>',
    });
    const out = await annotateDocx(
      bytes,
      await flagged({ ...randomIds, bytes: async () => bytes }, bytes),
      {
        highlight: false,
      },
    );
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const comments = (await partText(out, 'word/comments.xml'))!;
    expect([...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => m[1])).toEqual([
      '2147483647',
      '0',
    ]);
  });
});

describe('field results (9)', () => {
  it('leaves TOC entries out of checking: indices stay, findings do not repeat', async () => {
    const input = await tocField.bytes();
    const result = await read(input);
    expect(result.doc.paragraphs).toHaveLength(9);
    expect(result.fieldResults).toEqual([
      { paragraph: 1, field: 'TOC', text: '一、全县XX个乡镇的基本情况\t1' },
      { paragraph: 2, field: 'TOC', text: '二、主要任务\t2' },
      { paragraph: 3, field: 'TOC', text: '三、保障措施\t3' },
    ]);
    expect(result.doc.paragraphs.slice(1, 4)).toEqual([{ text: '' }, { text: '' }, { text: '' }]);
    const findings = check(result.doc, { today: '2026-11-21', speechDate: '2026-11-21' }).findings;
    const blanks = findings.filter((finding) => finding.rule === 'placeholder/number');
    expect(blanks.map((finding) => [finding.paragraph, finding.text])).toEqual([[6, 'XX']]);

    const out = await annotateDocx(input, findings, { highlight: true });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const xml = (await partText(out, 'word/document.xml'))!;
    const tocEnd = xml.indexOf('<w:fldChar w:fldCharType="end"/></w:r></w:p>');
    expect(xml.slice(0, tocEnd)).not.toContain('commentRangeStart');
  });

  it('checks the paragraphs of a TOC that never ends (broken markup silences nothing)', async () => {
    const bytes = await rawDocx({
      body:
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>一、总体要求</w:t></w:r></w:p>' +
        p('全县XX个乡镇'),
    });
    const result = await read(bytes);
    expect(result.fieldResults).toEqual([]);
    expect(result.doc.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '一、总体要求',
      '全县XX个乡镇',
    ]);
  });
});

describe('reading by bytes (6)', () => {
  it('says what an OLE file is whatever its name', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'WordDocument';
    for (let i = 0; i < name.length; i++) ole[512 + i * 2] = name.charCodeAt(i);
    await expect(read(ole)).rejects.toThrow(/legacy Word 97-2003 \.doc/);
  });
});
