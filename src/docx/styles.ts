/** Paragraph styles from styles.xml: display names, `basedOn` chains, outline levels, style numbering. */
import { attrOf, childVal, childrenOf, firstChild, nameOf, type XmlNode } from './xml';

export interface NumberingRef {
  numId: string;
  /** Absent when the style leaves the level to the list (a level that names this style). */
  ilvl?: number;
}

interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  outlineLvl?: number;
  numPr?: Partial<NumberingRef>;
}

export interface ResolvedStyle {
  name: string;
  /** 1-based, undefined for body text. */
  outlineLevel?: number;
  numbering?: NumberingRef;
}

/** Built-in names that styles.xml stores in lower case but Word displays capitalised. */
const DISPLAY_NAMES: Record<string, string> = {
  'annotation text': 'Comment Text',
  'annotation reference': 'Comment Reference',
  'annotation subject': 'Comment Subject',
  caption: 'Caption',
  header: 'Header',
  footer: 'Footer',
  'footnote text': 'Footnote Text',
  'footnote reference': 'Footnote Reference',
  'endnote text': 'Endnote Text',
  'endnote reference': 'Endnote Reference',
  'table of figures': 'Table of Figures',
  'toc heading': 'TOC Heading',
  'plain text': 'Plain Text',
  'normal (web)': 'Normal (Web)',
  'list paragraph': 'List Paragraph',
  'body text': 'Body Text',
  title: 'Title',
  subtitle: 'Subtitle',
};

export function displayStyleName(name: string): string {
  const lower = name.toLowerCase();
  const numbered = /^(heading|toc|index) ([1-9])$/.exec(lower);
  if (numbered) {
    const word =
      numbered[1] === 'toc' ? 'TOC' : numbered[1]![0]!.toUpperCase() + numbered[1]!.slice(1);
    return `${word} ${numbered[2]}`;
  }
  return DISPLAY_NAMES[lower] ?? name;
}

function parseNumPr(pPr: XmlNode | undefined): Partial<NumberingRef> | undefined {
  const numPr = pPr === undefined ? undefined : firstChild(pPr, 'w:numPr');
  if (numPr === undefined) return undefined;
  const numId = childVal(numPr, 'w:numId');
  const ilvl = childVal(numPr, 'w:ilvl');
  const out: Partial<NumberingRef> = {};
  if (numId !== undefined) out.numId = numId;
  if (ilvl !== undefined) out.ilvl = Number(ilvl);
  return out;
}

export function parseOutlineLvl(pPr: XmlNode | undefined): number | undefined {
  const value = childVal(pPr, 'w:outlineLvl');
  return value === undefined ? undefined : Number(value);
}

export class StyleSheet {
  private readonly defs = new Map<string, StyleDef>();
  private readonly resolved = new Map<string, ResolvedStyle>();
  /** The default paragraph style ("Normal"), used where a paragraph names none. */
  readonly defaultParagraphStyle: string | undefined;

  constructor(root: XmlNode | undefined) {
    let defaultId: string | undefined;
    for (const node of root === undefined ? [] : childrenOf(root)) {
      if (nameOf(node) !== 'w:style') continue;
      const id = attrOf(node, 'w:styleId');
      if (id === undefined) continue;
      const type = attrOf(node, 'w:type') ?? 'paragraph';
      const pPr = firstChild(node, 'w:pPr');
      const def: StyleDef = { id, type };
      const name = childVal(node, 'w:name');
      if (name !== undefined) def.name = name;
      const basedOn = childVal(node, 'w:basedOn');
      if (basedOn !== undefined) def.basedOn = basedOn;
      const outline = parseOutlineLvl(pPr);
      if (outline !== undefined) def.outlineLvl = outline;
      const numPr = parseNumPr(pPr);
      if (numPr !== undefined) def.numPr = numPr;
      this.defs.set(id, def);
      const isDefault = attrOf(node, 'w:default');
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultId = id;
    }
    this.defaultParagraphStyle = defaultId;
  }

  /** The numbering a numbering-type style (`w:numStyleLink`) points at. */
  numIdOfNumberingStyle(styleId: string): string | undefined {
    return this.defs.get(styleId)?.numPr?.numId;
  }

  /** Name, outline level and numbering of a paragraph style, inherited along `basedOn`. */
  resolve(styleId: string): ResolvedStyle | undefined {
    const cached = this.resolved.get(styleId);
    if (cached) return cached;
    const first = this.defs.get(styleId);
    if (first === undefined) return undefined;
    let outlineLvl: number | undefined;
    let numPr: Partial<NumberingRef> = {};
    let builtInHeading: number | undefined;
    const seen = new Set<string>();
    for (
      let def: StyleDef | undefined = first;
      def && !seen.has(def.id);
      def = def.basedOn ? this.defs.get(def.basedOn) : undefined
    ) {
      seen.add(def.id);
      if (outlineLvl === undefined) outlineLvl = def.outlineLvl;
      if (def.numPr) numPr = { ...def.numPr, ...numPr };
      const heading = /^heading ([1-9])$/i.exec(def.name ?? '');
      if (builtInHeading === undefined && heading) builtInHeading = Number(heading[1]);
    }
    const out: ResolvedStyle = { name: displayStyleName(first.name ?? styleId) };
    // Word gives the built-in heading styles their outline level even when styles.xml omits it.
    const level = outlineLvl ?? (builtInHeading !== undefined ? builtInHeading - 1 : undefined);
    if (level !== undefined && level >= 0 && level <= 8) out.outlineLevel = level + 1;
    if (numPr.numId !== undefined)
      out.numbering =
        numPr.ilvl === undefined
          ? { numId: numPr.numId }
          : { numId: numPr.numId, ilvl: numPr.ilvl };
    this.resolved.set(styleId, out);
    return out;
  }
}
