/**
 * Small .docx fixtures for the fidelity points of issue 14, written here in WordprocessingML
 * (the markup Word writes, cut down): each pairs a package with the text to flag in it.
 */
import type { Finding } from '../../src/core';
import { readDocx } from '../../src/docx';
import { p, rawDocx, W_NS } from './helpers';

export const NS = {
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  v: 'urn:schemas-microsoft-com:vml',
};

/** The namespaces and `mc:Ignorable` of a Word 2010+ document element. */
export const WORD_2010_ATTRS = `xmlns:mc="${NS.mc}" xmlns:w14="${NS.w14}" xmlns:wps="${NS.wps}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:v="${NS.v}" mc:Ignorable="w14"`;

const lvl = (ilvl: number, numFmt: string, lvlText: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/><w:lvlJc w:val="left"/></w:lvl>`;

const numPr = (numId: number, ilvl = 0): string =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

export interface Fixture {
  name: string;
  bytes: () => Promise<Uint8Array>;
  /** [body paragraph index, text] pairs to flag when annotating. */
  flag: [number, string][];
}

/**
 * A thesis-like template: chapter 1 numbered through the Heading 1 style (num 1), chapters 2–4
 * by a second num of the same list that redefines level 0 (lvlOverride + lvl, no startOverride),
 * and a third num that asks for a restart (startOverride). Word shows 第一章…第四章, then 第一章.
 */
export const chapterNumbering: Fixture = {
  name: 'numbering: lvlOverride without startOverride continues',
  flag: [[2, '总体']],
  bytes: () =>
    rawDocx({
      styles:
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr>${numPr(1)}<w:outlineLvl w:val="0"/></w:pPr></w:style>`,
      numbering:
        `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${lvl(0, 'chineseCounting', '第%1章', '<w:pStyle w:val="Heading1"/>')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'chineseCounting', '第%1章', '<w:pStyle w:val="Heading1"/>')}</w:lvlOverride></w:num>` +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>',
      body:
        p('绪论', '<w:pStyle w:val="Heading1"/>') +
        p('研究背景', `<w:pStyle w:val="Heading1"/>${numPr(1, 1)}`) +
        p('总体要求', `<w:pStyle w:val="Heading1"/>${numPr(2)}`) +
        p('主要任务', `<w:pStyle w:val="Heading1"/>${numPr(2)}`) +
        p('工作重点', `<w:pStyle w:val="Heading1"/>${numPr(2, 1)}`) +
        p('保障措施', `<w:pStyle w:val="Heading1"/>${numPr(2)}`) +
        p('附录', `<w:pStyle w:val="Heading1"/>${numPr(3)}`) +
        p('另一列表', numPr(4)),
    }),
};

/** Run properties as Word 2010+ writes them: w14 extensions after w:lang, none before w:highlight. */
export const extendedRunProperties: Fixture = {
  name: 'highlight: run properties with w14 extensions',
  flag: [
    [0, 'XX'],
    [1, '抓落实'],
  ],
  bytes: () =>
    rawDocx({
      documentAttrs: WORD_2010_ATTRS,
      body:
        '<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/><w14:ligatures w14:val="standard"/></w:rPr><w:t>全县XX个乡镇</w:t></w:r></w:p>' +
        '<w:p><w:r><w:rPr><w:b/><w:u w:val="single"/><w:lang w:eastAsia="zh-CN"/><w14:textOutline w14:w="0" w14:cap="flat" w14:cmpd="sng" w14:algn="ctr"><w14:noFill/><w14:prstDash w14:val="solid"/><w14:round/></w14:textOutline></w:rPr><w:t>抓落实</w:t></w:r></w:p>',
    }),
};

/** document.xml with WordprocessingML as the default namespace and attributes under `ns0:`. */
export const defaultNamespace: Fixture = {
  name: 'namespaces: WordprocessingML as default namespace',
  flag: [[1, 'XX']],
  bytes: async () => {
    const { patchParts } = await import('./helpers');
    const base = await rawDocx({
      body: '',
      numbering: `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    });
    return patchParts(base, {
      'word/document.xml':
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<document xmlns="${W_NS}" xmlns:ns0="${W_NS}"><body>` +
        '<p><pPr><numPr><ilvl ns0:val="0"/><numId ns0:val="1"/></numPr></pPr><r><t>稳就业</t></r></p>' +
        '<p><r><rPr><b/></rPr><t xml:space="preserve">新增就业XX万人</t></r></p>' +
        '<p><pPr><numPr><ilvl ns0:val="0"/><numId ns0:val="1"/></numPr></pPr><r><t>保民生</t></r></p>' +
        '<sectPr/></body></document>',
    });
  },
};

const TEXT_BOX = (text: string): string =>
  `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="${NS.wps}"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
  `<mc:Fallback><w:pict><v:shape id="文本框1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:144pt;height:36pt" xmlns:o="urn:schemas-microsoft-com:office:office"><v:textbox><w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;

/** A text box, a footnote, an endnote, a header, a footer and a reviewer's comment around a body. */
export const storiesOutsideBody: Fixture = {
  name: 'stories: text box, notes, header, footer, comment',
  flag: [
    [0, 'XX'],
    [1, '抓落实'],
  ],
  bytes: () =>
    rawDocx({
      documentAttrs: WORD_2010_ATTRS,
      body:
        `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>全县XX个乡镇</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>${TEXT_BOX('框内：第一季度完成XX项')}<w:r><w:t>全部达标</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>` +
        '<w:p><w:r><w:t>要抓落实</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>',
      footnotes:
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：县统计局。</w:t></w:r></w:p></w:footnote>',
      endnotes:
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
        '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> 见县委办公室文件。</w:t></w:r></w:p></w:endnote>',
      header: p('县政府办公室'),
      footer: p('内部资料　注意保存'),
      comments:
        '<w:comment w:id="0" w:author="办公室" w:initials="办"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请核实乡镇数量</w:t></w:r></w:p></w:comment>',
    }),
};

/**
 * Word's random ids: a `w:fitText` id and a bookmark near the 32-bit limit, and one comment.
 * New comment ids follow the comment id, never these.
 */
export const randomIds: Fixture = {
  name: 'comment ids: random ids of other kinds',
  flag: [[0, 'XX']],
  bytes: () =>
    rawDocx({
      body: '<w:p><w:bookmarkStart w:id="2147483646" w:name="_GoBack"/><w:bookmarkEnd w:id="2147483646"/><w:commentRangeStart w:id="5"/><w:r><w:rPr><w:fitText w:val="1200" w:id="2147483647"/></w:rPr><w:t>全县XX个乡镇</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p>',
      comments:
        '<w:comment w:id="5" w:author="办公室"><w:p><w:r><w:t>请核实</w:t></w:r></w:p></w:comment>',
    }),
};

const tocEntry = (anchor: string, text: string, page: number): string =>
  `<w:hyperlink w:anchor="${anchor}" w:history="1"><w:r><w:t>${text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF ${anchor} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`;

/**
 * A TOC field whose cached result (as Word saved it) lists the numbered headings with their
 * labels: the oracle for the list labels, and text that must not be checked twice.
 */
export const tocField: Fixture = {
  name: 'TOC: field result paragraphs',
  flag: [[6, 'XX']],
  bytes: () =>
    rawDocx({
      styles:
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>${numPr(1)}<w:outlineLvl w:val="0"/></w:pPr></w:style>` +
        '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>',
      numbering:
        `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="Heading1"/>')}</w:lvlOverride></w:num>`,
      body:
        p('目录') +
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        tocEntry('_Toc1', '一、全县XX个乡镇的基本情况', 1) +
        '</w:p>' +
        `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${tocEntry('_Toc2', '二、主要任务', 2)}</w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${tocEntry('_Toc3', '三、保障措施', 3)}</w:p>` +
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
        p('同志们：') +
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r><w:t>全县XX个乡镇的基本情况</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>' +
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/>${numPr(2)}</w:pPr><w:bookmarkStart w:id="1" w:name="_Toc2"/><w:r><w:t>主要任务</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/>${numPr(2)}</w:pPr><w:bookmarkStart w:id="2" w:name="_Toc3"/><w:r><w:t>保障措施</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p>`,
    }),
};

/** The same body saved as Strict Open XML (ISO/IEC 29500 Strict namespaces throughout). */
export const strictPackage: Fixture = {
  name: 'Strict: a Strict package',
  flag: [[0, 'XX']],
  bytes: async () => {
    const { patchParts, partText } = await import('./helpers');
    const base = await rawDocx({ body: p('全县XX个乡镇') + p('同志们：') });
    const strict = (xml: string): string =>
      xml
        .replaceAll(W_NS, 'http://purl.oclc.org/ooxml/wordprocessingml/main')
        .replaceAll(
          'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
          'http://purl.oclc.org/ooxml/officeDocument/relationships',
        );
    const parts: Record<string, string> = {};
    for (const name of ['word/document.xml', '_rels/.rels', 'word/_rels/document.xml.rels'])
      parts[name] = strict((await partText(base, name))!);
    return patchParts(base, parts);
  },
};

/** Every fixture the schema test annotates (Strict is validated by its own test). */
export const TRANSITIONAL_FIXTURES = [
  chapterNumbering,
  extendedRunProperties,
  defaultNamespace,
  storiesOutsideBody,
  randomIds,
  tocField,
];

/** The fixture's flags as findings on the text the reader gives (errors and warnings in turn). */
export async function flagged(fixture: Fixture, bytes: Uint8Array): Promise<Finding[]> {
  const { doc } = await readDocx(bytes, { path: 'fixture.docx' });
  const texts = doc.paragraphs.map((paragraph) => paragraph.text);
  return fixture.flag.map(([paragraph, text], i) => {
    const offset = texts[paragraph]!.indexOf(text);
    if (offset < 0) throw new Error(`"${text}" is not in paragraph ${paragraph}`);
    return {
      rule: 'placeholder/number',
      severity: i % 2 === 0 ? 'error' : 'warning',
      paragraph,
      offset,
      length: text.length,
      text,
      message: `“${text}”待核实`,
      messageId: 'test',
    };
  });
}
