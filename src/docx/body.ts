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

class StoryWalker {
  /** Complex fields open at this point; text shows only when every one is past its separator. */
  private readonly fields: boolean[] = [];
  private fieldsInCode = 0;
  readonly paragraphs: BodyParagraph[] = [];

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
    this.inline(children, state);
    const paragraph: BodyParagraph = { node, text: parts.join('') };
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
      else if (INLINE_CONTAINERS.has(name)) this.inline(childrenOf(child), state);
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
      }
      if (text === '' || this.fieldsInCode > 0) continue;
      state.parts.push(text);
      if (state.runs !== undefined)
        items.push({ index, start: state.length, end: state.length + text.length });
      state.length += text.length;
    }
    if (state.runs !== undefined && state.length > start) {
      state.runs.push({ run, parent, start, end: state.length, items });
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(true);
      this.fieldsInCode++;
    } else if (type === 'separate') {
      if (this.fields.length > 0 && this.fields[this.fields.length - 1]) {
        this.fields[this.fields.length - 1] = false;
        this.fieldsInCode--;
      }
    } else if (type === 'end') {
      if (this.fields.pop()) this.fieldsInCode--;
    }
  }
}

/** The paragraphs of a story root such as `w:document`, `w:hdr` or `w:ftr`. */
export function storyParagraphs(
  root: XmlNode,
  options: { withRuns?: boolean } = {},
): BodyParagraph[] {
  const walker = new StoryWalker(options.withRuns ?? false);
  const top = nameOf(root) === 'w:document' ? (firstChild(root, 'w:body') ?? root) : root;
  walker.block(childrenOf(top));
  return walker.paragraphs;
}
