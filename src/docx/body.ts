/**
 * Walks a WordprocessingML story (body, header, footer) and yields every `w:p` in document order,
 * table cells and nested tables included, with its text as Word's `Paragraph.text` reports it.
 */
import { attrOf, childrenOf, firstChild, innerText, nameOf, type XmlNode } from './xml';

/** One text-bearing item of a run (a `w:t`, `w:tab`, …) and where its text sits in the paragraph. */
export interface RunItem {
  /** Index of the item among the run's children. */
  index: number;
  start: number;
  end: number;
}

/** A run that contributes text, with the array that holds it (for splitting and marking). */
export interface RunSpan {
  run: XmlNode;
  parent: XmlNode[];
  start: number;
  end: number;
  items: RunItem[];
}

export interface BodyParagraph {
  node: XmlNode;
  text: string;
  pPr?: XmlNode;
  /**
   * The field whose result holds text of this paragraph when Word rebuilds that result wholesale
   * (TOC, INDEX, TOA): an update would wipe comments there, and the entries repeat headings.
   */
  fieldResult?: string;
  /** Present when asked for: the runs that carry the text, in order. */
  runs?: RunSpan[];
}

/** Containers whose content is block-level (paragraphs and tables). */
const BLOCK_CONTAINERS = new Set([
  'w:body',
  'w:tbl',
  'w:tr',
  'w:tc',
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:hdr',
  'w:ftr',
  'w:txbxContent',
]);

/** Containers inside a paragraph whose runs are part of the visible text. */
const INLINE_CONTAINERS = new Set([
  'w:hyperlink',
  'w:smartTag',
  'w:sdt',
  'w:sdtContent',
  'w:ins',
  'w:moveTo',
  'w:fldSimple',
  'w:customXml',
  'w:dir',
  'w:bdo',
]);

/**
 * Characters Word puts in `Paragraph.text` for run content other than `w:t`: a manual line break
 * is U+000B, a page break U+000C, a column break U+000E, a non-breaking hyphen U+001E and an
 * optional hyphen U+001F (as in Word's Range.Text).
 */
function breakText(node: XmlNode): string {
  const type = attrOf(node, 'w:type');
  if (type === 'page') return '\f';
  if (type === 'column') return '\u000e';
  return '\v';
}

/** Fields whose result Word regenerates as a whole from other text. */
const REGENERATED_FIELDS = new Set(['TOC', 'INDEX', 'TOA']);

/** Run children that may hold a text box (`w:txbxContent`): DrawingML, VML, markup compatibility. */
const SHAPE_HOLDERS = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']);

interface OpenField {
  /** Still in the field code (before `separate`). */
  inCode: boolean;
  instr: string;
  /** The field type, e.g. "TOC", known once the code is complete. */
  type?: string;
  /** Paragraphs marked as this field's result (unmarked again if the field never ends). */
  marked?: BodyParagraph[];
}

/** The `w:txbxContent` elements under a shape; of `mc:AlternateContent` only the first choice that has one. */
function textBoxesIn(node: XmlNode, out: XmlNode[]): void {
  const name = nameOf(node);
  if (name === 'w:txbxContent') {
    out.push(node);
    return;
  }
  if (name === 'mc:AlternateContent') {
    for (const branch of childrenOf(node)) {
      const found: XmlNode[] = [];
      textBoxesIn(branch, found);
      if (found.length > 0) {
        out.push(...found);
        return;
      }
    }
    return;
  }
  for (const child of childrenOf(node)) textBoxesIn(child, out);
}

function fieldType(instr: string): string {
  return (instr.trim().split(/\s+/)[0] ?? '').toUpperCase();
}

class StoryWalker {
  /** Complex fields open at this point; text shows only when every one is past its separator. */
  private readonly fields: OpenField[] = [];
  private fieldsInCode = 0;
  /** Set while a paragraph is walked: a regenerated field's result showed text in it. */
  private inRegenerated: OpenField | undefined;
  readonly paragraphs: BodyParagraph[] = [];
  /** Text boxes anchored in this story's runs, in document order (read as a story of their own). */
  readonly textBoxes: XmlNode[] = [];

  constructor(private readonly withRuns: boolean) {}

  block(children: XmlNode[]): void {
    for (const child of children) {
      const name = nameOf(child);
      if (name === 'w:p') this.paragraph(child);
      else if (BLOCK_CONTAINERS.has(name)) this.block(childrenOf(child));
    }
  }

  private paragraph(node: XmlNode): void {
    const parts: string[] = [];
    const state = { length: 0, parts, runs: this.withRuns ? ([] as RunSpan[]) : undefined };
    const children = childrenOf(node);
    this.inRegenerated = undefined;
    this.inline(children, state);
    const paragraph: BodyParagraph = { node, text: parts.join('') };
    // Set by inline(): TypeScript cannot see that through the call.
    const regenerated = this.inRegenerated as OpenField | undefined;
    if (regenerated !== undefined) {
      paragraph.fieldResult = regenerated.type!;
      (regenerated.marked ??= []).push(paragraph);
    }
    const pPr = firstChild(node, 'w:pPr');
    if (pPr !== undefined) paragraph.pPr = pPr;
    if (state.runs !== undefined) paragraph.runs = state.runs;
    this.paragraphs.push(paragraph);
  }

  private inline(
    children: XmlNode[],
    state: { length: number; parts: string[]; runs: RunSpan[] | undefined },
  ): void {
    for (const child of children) {
      const name = nameOf(child);
      if (name === 'w:r') this.run(child, children, state);
      else if (name === 'w:fldSimple') {
        this.fields.push({
          inCode: false,
          instr: '',
          type: fieldType(attrOf(child, 'w:instr') ?? ''),
        });
        this.inline(childrenOf(child), state);
        this.fields.pop();
      } else if (INLINE_CONTAINERS.has(name)) this.inline(childrenOf(child), state);
      else if (SHAPE_HOLDERS.has(name)) textBoxesIn(child, this.textBoxes);
    }
  }

  private run(
    run: XmlNode,
    parent: XmlNode[],
    state: { length: number; parts: string[]; runs: RunSpan[] | undefined },
  ): void {
    const start = state.length;
    const items: RunItem[] = [];
    const children = childrenOf(run);
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      const name = nameOf(child);
      let text = '';
      switch (name) {
        case 'w:t':
          text = innerText(child);
          break;
        case 'w:tab':
        case 'w:ptab':
          text = '\t';
          break;
        case 'w:br':
          text = breakText(child);
          break;
        case 'w:cr':
          text = '\v';
          break;
        case 'w:noBreakHyphen':
          text = '\u001e';
          break;
        case 'w:softHyphen':
          text = '\u001f';
          break;
        case 'w:sym': {
          const code = parseInt(attrOf(child, 'w:char') ?? '', 16);
          text = Number.isFinite(code) ? String.fromCharCode(code) : '';
          break;
        }
        case 'w:fldChar':
          this.fieldChar(attrOf(child, 'w:fldCharType'));
          break;
        case 'w:instrText': {
          const open = this.fields[this.fields.length - 1];
          if (open?.inCode) open.instr += innerText(child);
          break;
        }
        default:
          if (SHAPE_HOLDERS.has(name)) textBoxesIn(child, this.textBoxes);
      }
      if (text === '' || this.fieldsInCode > 0) continue;
      if (this.inRegenerated === undefined) {
        const regenerated = this.fields.find(
          (field) => field.type !== undefined && REGENERATED_FIELDS.has(field.type),
        );
        if (regenerated !== undefined) this.inRegenerated = regenerated;
      }
      state.parts.push(text);
      if (state.runs !== undefined)
        items.push({ index, start: state.length, end: state.length + text.length });
      state.length += text.length;
    }
    if (state.runs !== undefined && state.length > start) {
      state.runs.push({ run, parent, start, end: state.length, items });
    }
  }

  /**
   * A field still open at the end of the story is broken markup, not a TOC Word would rebuild:
   * its paragraphs are checked after all (a missing `end` must not silence the rest).
   */
  finish(): void {
    for (const field of this.fields)
      for (const paragraph of field.marked ?? []) delete paragraph.fieldResult;
  }

  private fieldChar(type: string | undefined): void {
    const open = this.fields[this.fields.length - 1];
    if (type === 'begin') {
      this.fields.push({ inCode: true, instr: '' });
      this.fieldsInCode++;
    } else if (type === 'separate') {
      if (open?.inCode) {
        open.inCode = false;
        open.type = fieldType(open.instr);
        this.fieldsInCode--;
      }
    } else if (type === 'end') {
      if (this.fields.pop()?.inCode) this.fieldsInCode--;
    }
  }
}

export interface WalkedStory {
  paragraphs: BodyParagraph[];
  /** The `w:txbxContent` of text boxes anchored in the story, in order; not among `paragraphs`. */
  textBoxes: XmlNode[];
}

/** The paragraphs of a story root (`w:document`, `w:hdr`, `w:ftr`, `w:footnote`, `w:txbxContent`…). */
export function walkStory(root: XmlNode, options: { withRuns?: boolean } = {}): WalkedStory {
  const walker = new StoryWalker(options.withRuns ?? false);
  const top = nameOf(root) === 'w:document' ? (firstChild(root, 'w:body') ?? root) : root;
  walker.block(childrenOf(top));
  walker.finish();
  return { paragraphs: walker.paragraphs, textBoxes: walker.textBoxes };
}

/** The paragraphs of a story root such as `w:document`, `w:hdr` or `w:ftr`. */
export function storyParagraphs(
  root: XmlNode,
  options: { withRuns?: boolean } = {},
): BodyParagraph[] {
  return walkStory(root, options).paragraphs;
}
