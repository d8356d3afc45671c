/** `readDocx`: a .docx file → the SpeechDocument the engine checks, plus what the file says about itself. */
import type { SpeechDocument, SpeechParagraph } from '../core';
import { storyParagraphs, type BodyParagraph } from './body';
import { DocxError } from './errors';
import {
  findDatedLine,
  findSignatureDate,
  parseCoreProperties,
  type CoreProperties,
  type DatedLine,
} from './metadata';
import { Numbering } from './numbering';
import { DEFAULT_LIMITS, DocxPackage, type PackageLimits } from './package';
import { mainDocumentPart, readRelationships, type Relationship } from './parts';
import { parseOutlineLvl, StyleSheet } from './styles';
import { childVal, firstChild, nameOf, parseXml, rootOf, type XmlNode } from './xml';

export interface DocxReadOptions {
  /** The file's path, for messages. */
  path: string;
  /** Safety caps; the defaults suit any real speech. */
  limits?: PackageLimits;
}

export interface DocxReadResult {
  path: string;
  doc: SpeechDocument;
  /** docProps/core.xml. */
  properties: CoreProperties;
  /** Paragraph texts of every header and footer part, in relationship order. */
  headers: string[];
  footers: string[];
  /** A date-only paragraph among the last paragraphs, as under a signature (`2024年3月1日`). */
  signatureDate?: DatedLine;
  /** A date-only line in a header or footer. */
  headerDate?: DatedLine;
}

/** A parsed story part, for the annotator as well as the reader. */
export interface LoadedDocx {
  pkg: DocxPackage;
  mainPart: string;
  mainTree: XmlNode[];
  mainRoot: XmlNode;
  rels: Relationship[];
  styles: StyleSheet;
  numberingRoot?: XmlNode;
}

async function readXmlPart(pkg: DocxPackage, part: string): Promise<XmlNode[] | undefined> {
  const xml = await pkg.readText(part);
  return xml === undefined ? undefined : parseXml(xml, part);
}

export async function loadDocx(
  bytes: Uint8Array,
  limits: PackageLimits = DEFAULT_LIMITS,
): Promise<LoadedDocx> {
  const pkg = await DocxPackage.open(bytes, limits);
  const mainPart = await mainDocumentPart(pkg);
  if (mainPart === undefined)
    throw new DocxError(
      'missing word/document.xml: this zip is not a Word document',
      '缺少 word/document.xml：这个压缩包不是 Word 文档',
    );
  const rels = await readRelationships(pkg, mainPart);
  const partOf = (kind: string): string | undefined =>
    rels.find((rel) => rel.kind === kind && !rel.external)?.target;
  const mainTree = (await readXmlPart(pkg, mainPart))!;
  const mainRoot = rootOf(mainTree, mainPart);
  if (nameOf(mainRoot) !== 'w:document') {
    throw new DocxError(
      `${mainPart} is not a WordprocessingML document (root <${nameOf(mainRoot)}>)`,
    );
  }
  const stylesPart = partOf('styles');
  const stylesTree = stylesPart === undefined ? undefined : await readXmlPart(pkg, stylesPart);
  const styles = new StyleSheet(
    stylesTree === undefined ? undefined : rootOf(stylesTree, stylesPart!),
  );
  const numberingPart = partOf('numbering');
  const numberingTree =
    numberingPart === undefined ? undefined : await readXmlPart(pkg, numberingPart);
  const loaded: LoadedDocx = { pkg, mainPart, mainTree, mainRoot, rels, styles };
  if (numberingTree !== undefined) loaded.numberingRoot = rootOf(numberingTree, numberingPart!);
  return loaded;
}

/** Style, outline level and list label of body paragraphs, in document order (numbering is stateful). */
export function describeParagraphs(
  loaded: LoadedDocx,
  paragraphs: readonly BodyParagraph[],
): SpeechParagraph[] {
  const { styles } = loaded;
  const numbering = new Numbering(loaded.numberingRoot, styles);
  return paragraphs.map((paragraph) => {
    const out: SpeechParagraph = { text: paragraph.text };
    const pPr = paragraph.pPr;
    const styleId = childVal(pPr, 'w:pStyle') ?? styles.defaultParagraphStyle;
    const style = styleId === undefined ? undefined : styles.resolve(styleId);
    if (style !== undefined) out.style = style.name;
    const ownOutline = parseOutlineLvl(pPr);
    const outline =
      ownOutline !== undefined
        ? ownOutline <= 8
          ? ownOutline + 1
          : undefined
        : style?.outlineLevel;
    if (outline !== undefined) out.outlineLevel = outline;

    const numPr = pPr === undefined ? undefined : firstChild(pPr, 'w:numPr');
    const numId = childVal(numPr, 'w:numId') ?? style?.numbering?.numId;
    const ilvlText = childVal(numPr, 'w:ilvl');
    if (numId !== undefined) {
      const styleLevel =
        style?.numbering?.ilvl ??
        (styleId === undefined ? 0 : numbering.levelForStyle(numId, styleId));
      const ilvl = ilvlText !== undefined ? Number(ilvlText) : styleLevel;
      const label = numbering.next(numId, ilvl);
      if (label !== undefined) {
        // A level with no visible number (numFmt none, empty lvlText) shows no label.
        if (label.label !== '') out.listLabel = label.label;
        out.listLevel = label.level;
      }
    }
    return out;
  });
}

async function storyTexts(loaded: LoadedDocx, kind: string): Promise<string[]> {
  const texts: string[] = [];
  for (const rel of loaded.rels) {
    if (rel.kind !== kind || rel.external) continue;
    const tree = await readXmlPart(loaded.pkg, rel.target);
    if (tree === undefined) continue;
    for (const paragraph of storyParagraphs(rootOf(tree, rel.target))) texts.push(paragraph.text);
  }
  return texts;
}

/**
 * Reads a .docx: every `w:p` of the body in order (table cells included) with Word's
 * `Paragraph.text`, style name, outline level and rendered list label.
 * Throws DocxError with a one-line reason when the bytes are not a readable .docx.
 */
export async function readDocx(
  bytes: Uint8Array,
  options: DocxReadOptions,
): Promise<DocxReadResult> {
  const loaded = await loadDocx(bytes, options.limits);
  const paragraphs = describeParagraphs(loaded, storyParagraphs(loaded.mainRoot));
  const coreTree = loaded.pkg.has('docProps/core.xml')
    ? await readXmlPart(loaded.pkg, 'docProps/core.xml')
    : undefined;
  const headers = await storyTexts(loaded, 'header');
  const footers = await storyTexts(loaded, 'footer');
  const result: DocxReadResult = {
    path: options.path,
    doc: { paragraphs },
    properties:
      coreTree === undefined ? {} : parseCoreProperties(rootOf(coreTree, 'docProps/core.xml')),
    headers,
    footers,
  };
  const signature = findSignatureDate(paragraphs.map((paragraph) => paragraph.text));
  if (signature !== undefined) result.signatureDate = signature;
  const headerDate = findDatedLine([...headers, ...footers]);
  if (headerDate !== undefined) result.headerDate = headerDate;
  return result;
}
