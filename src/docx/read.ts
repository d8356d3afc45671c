/** `readDocx`: a .docx file → the SpeechDocument the engine checks, plus what the file says about itself. */
import type { SpeechDocument, SpeechParagraph } from '../core';
import { walkStory, type BodyParagraph } from './body';
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
import {
  attrOf,
  childVal,
  childrenOf,
  firstChild,
  nameOf,
  parseXml,
  rootOf,
  type XmlNode,
} from './xml';

export interface DocxReadOptions {
  /** The file's path, for messages. */
  path: string;
  /** Safety caps; the defaults suit any real speech. */
  limits?: PackageLimits;
}

/** Where a paragraph outside the body sits. */
export type StoryKind = 'textbox' | 'footnote' | 'endnote' | 'header' | 'footer' | 'comment';

/** A paragraph of a story other than the body: read and shown, not numbered among the body's. */
export interface StoryParagraph {
  story: StoryKind;
  /** The package part that holds it, e.g. "word/footnotes.xml". */
  part: string;
  /** The footnote's, endnote's or comment's `w:id`. */
  id?: string;
  text: string;
}

/** A body paragraph left out of checking: its text belongs to a field Word regenerates (TOC…). */
export interface FieldResultParagraph {
  /** The body paragraph index (`paragraph` in findings). */
  paragraph: number;
  field: string;
  text: string;
}

export interface DocxReadResult {
  path: string;
  /**
   * The body as the engine checks it: every `w:p` in order, tables included. A paragraph of a
   * TOC/INDEX/TOA field result keeps its place with empty text (see `fieldResults`).
   */
  doc: SpeechDocument;
  /** Body paragraphs whose text is a regenerated field's result, left out of checking. */
  fieldResults: FieldResultParagraph[];
  /** Text boxes, footnotes, endnotes, headers, footers and comments, in that order (blank paragraphs left out). */
  stories: StoryParagraph[];
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

/** Paragraphs of a story root and of the text boxes anchored in it (boxes in boxes too). */
function storyOf(root: XmlNode, part: string, story: StoryKind, id?: string): StoryParagraph[] {
  const out: StoryParagraph[] = [];
  const boxes: StoryParagraph[] = [];
  const walk = (node: XmlNode, kind: StoryKind, into: StoryParagraph[]): void => {
    const walked = walkStory(node);
    for (const paragraph of walked.paragraphs) {
      const entry: StoryParagraph = { story: kind, part, text: paragraph.text };
      if (id !== undefined && kind === story) entry.id = id;
      into.push(entry);
    }
    for (const box of walked.textBoxes) walk(box, 'textbox', boxes);
  };
  walk(root, story, out);
  return [...out, ...boxes];
}

/** Footnotes, endnotes or comments: one story per `w:footnote`… (separators left out). */
async function notesOf(
  loaded: LoadedDocx,
  kind: 'footnotes' | 'endnotes' | 'comments',
): Promise<StoryParagraph[]> {
  const story: StoryKind =
    kind === 'footnotes' ? 'footnote' : kind === 'endnotes' ? 'endnote' : 'comment';
  const element = `w:${story}`;
  const out: StoryParagraph[] = [];
  for (const rel of loaded.rels) {
    if (rel.kind !== kind || rel.external) continue;
    const tree = await readXmlPart(loaded.pkg, rel.target);
    if (tree === undefined) continue;
    for (const note of childrenOf(rootOf(tree, rel.target))) {
      if (nameOf(note) !== element) continue;
      const type = attrOf(note, 'w:type');
      if (type !== undefined && type !== 'normal') continue;
      out.push(...storyOf(note, rel.target, story, attrOf(note, 'w:id')));
    }
  }
  return out;
}

async function partStories(
  loaded: LoadedDocx,
  kind: 'header' | 'footer',
): Promise<StoryParagraph[]> {
  const out: StoryParagraph[] = [];
  for (const rel of loaded.rels) {
    if (rel.kind !== kind || rel.external) continue;
    const tree = await readXmlPart(loaded.pkg, rel.target);
    if (tree === undefined) continue;
    out.push(...storyOf(rootOf(tree, rel.target), rel.target, kind));
  }
  return out;
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
  const body = walkStory(loaded.mainRoot);
  const paragraphs = describeParagraphs(loaded, body.paragraphs);
  const fieldResults: FieldResultParagraph[] = [];
  body.paragraphs.forEach((paragraph, index) => {
    if (paragraph.fieldResult === undefined) return;
    fieldResults.push({ paragraph: index, field: paragraph.fieldResult, text: paragraph.text });
    // Kept in place (indices never shift), but with nothing to check.
    paragraphs[index] = { text: '' };
  });
  const textBoxes = body.textBoxes.flatMap((box) => storyOf(box, loaded.mainPart, 'textbox'));
  const coreTree = loaded.pkg.has('docProps/core.xml')
    ? await readXmlPart(loaded.pkg, 'docProps/core.xml')
    : undefined;
  const headerStories = await partStories(loaded, 'header');
  const footerStories = await partStories(loaded, 'footer');
  const headers = headerStories.filter((p) => p.story === 'header').map((p) => p.text);
  const footers = footerStories.filter((p) => p.story === 'footer').map((p) => p.text);
  const stories = [
    ...textBoxes,
    ...(await notesOf(loaded, 'footnotes')),
    ...(await notesOf(loaded, 'endnotes')),
    ...headerStories,
    ...footerStories,
    ...(await notesOf(loaded, 'comments')),
  ].filter((paragraph) => paragraph.text.trim() !== '');
  const result: DocxReadResult = {
    path: options.path,
    doc: { paragraphs },
    fieldResults,
    stories,
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
