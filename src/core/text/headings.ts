/**
 * The heading outline of a speech, per GB/T 9704-2012 §7.3.3: the levels are 一、 （一） 1. （1）.
 *
 * A heading is a paragraph that starts with a level marker, typed into the text or shown by Word
 * as an automatic list label (`listLabel`). `parseOutline(doc)` returns the headings in document
 * order and as a tree, so the task pane can draw the outline and the drafting feature can number
 * inserted sections. Markers in a wrong form (`一.` `(一)` `1、`) still give a heading of their
 * level, with `marker.form` saying what is wrong, so one slip does not break the whole outline.
 */
import type { SpeechDocument, SpeechParagraph } from '../engine/types';
import {
  CHINESE_NUMERAL_CHARS,
  formatChineseNumeral,
  parseArabicNumeral,
  parseChineseNumeral,
} from './numerals';

/** The four marker kinds of GB/T 9704, in level order. */
export type MarkerKind = 'chinese' | 'chinese-paren' | 'arabic' | 'arabic-paren';
export type HeadingLevel = 1 | 2 | 3 | 4;

export const LEVEL_OF_KIND: Readonly<Record<MarkerKind, HeadingLevel>> = {
  chinese: 1,
  'chinese-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
};

/** Where a heading's number comes from: typed into the text, or Word's automatic list label. */
export type LabelSource = 'typed' | 'list';

/**
 * How a marker is written:
 * - `standard`: the GB/T 9704 form (`一、` `（一）` `1.` `（1）`);
 * - `fullwidth-period`: `1．`, the full-width period many offices accept for level 3;
 * - `variant`: any other form (`一.` `一，` `(一)` `（一）、` `1、` `(1)`).
 */
export type MarkerForm = 'standard' | 'fullwidth-period' | 'variant';

export interface HeadingMarker {
  kind: MarkerKind;
  number: number;
  /** The marker exactly as written (typed) or as Word displays it (list label). */
  text: string;
  /** Range of the marker in the paragraph text (UTF-16); 0 and 0 for a list label, which is not text. */
  offset: number;
  length: number;
  form: MarkerForm;
  /** The GB/T 9704 form of this marker, e.g. `（三）` for `(三)`. */
  standard: string;
}

export interface HeadingNode {
  /** 0-based index of the paragraph where the heading (its marker) starts. */
  paragraph: number;
  /** When the marker itself was wrapped onto the next line (`（` ⏎ `三）…`): that next paragraph. */
  continuedIn?: number;
  /** GB/T level of the marker kind: 1 for 一、 … 4 for （1）. */
  level: HeadingLevel;
  kind: MarkerKind;
  /** The heading's number (（三） → 3). */
  number: number;
  source: LabelSource;
  marker: HeadingMarker;
  /** The title: the text after the marker up to the first full stop, without it. */
  title: string;
  /**
   * A list-numbered paragraph whose text also starts with a typed marker of the same level, so
   * Word shows the number twice (`一、一、总体要求`): that typed marker.
   */
  typedDuplicate?: HeadingMarker;
  /** Hints the host gave for this paragraph. */
  style?: string;
  outlineLevel?: number;
  /** Headings of a deeper level under this one, in order. */
  children: HeadingNode[];
}

export interface Outline {
  /** Top-level headings (those with no shallower heading before them), each with its subtree. */
  roots: HeadingNode[];
  /** Every heading in document order. */
  headings: HeadingNode[];
  /** The heading a node is nested under, if any. */
  parentOf(node: HeadingNode): HeadingNode | undefined;
  /** The heading whose section a paragraph belongs to (the last heading at or before it). */
  sectionOf(paragraph: number): HeadingNode | undefined;
  /** Whether a paragraph is (part of) a heading. */
  isHeading(paragraph: number): boolean;
  /**
   * Where the document's own ladder puts a kind above one GB/T 9704 puts above it (1. over （一）,
   * or 1. 张三 over the 一、 of each report in a compilation): the kinds and the first heading
   * that shows it. The tree follows the document's ladder, so each level is judged as written.
   */
  inversions: LadderInversion[];
}

export interface LadderInversion {
  /** The kind the document uses above `lower`, though GB/T 9704 puts it below. */
  upper: MarkerKind;
  lower: MarkerKind;
  /** The first `lower` heading that opens a list right under an `upper` one. */
  at: HeadingNode;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,3}`;
const DIGITS = '[0-9０-９]{1,2}';
// Leading spaces (ASCII, ideographic, NBSP) are indentation, not part of the marker.
const INDENT = /^[\s\u3000\u00a0]*/u;

interface MarkerPattern {
  kind: MarkerKind;
  pattern: RegExp;
  /** The characters `pattern` can start with, to skip it without running it. */
  firstChars: string;
  parseNumber(text: string): number | undefined;
}

const PAREN_FIRST = '（(';
const DIGIT_FIRST = '0123456789０１２３４５６７８９';

// Each pattern captures: 1 open paren, 2 number, 3 close paren, 4 trailing punctuation.
const PATTERNS: readonly MarkerPattern[] = [
  {
    kind: 'chinese-paren',
    firstChars: PAREN_FIRST,
    pattern: new RegExp(`^([（(])(${CN})([）)])([、.．，,]?)`, 'u'),
    parseNumber: parseChineseNumeral,
  },
  {
    kind: 'arabic-paren',
    firstChars: PAREN_FIRST,
    pattern: new RegExp(`^([（(])(${DIGITS})([）)])([、.．，,]?)`, 'u'),
    parseNumber: parseArabicNumeral,
  },
  {
    kind: 'chinese',
    firstChars: CHINESE_NUMERAL_CHARS,
    // 一、二、三产业 and 一，二 are lists of numbers, not a heading: no numeral right after, unless
    // it begins a year written in Chinese numerals (一、二〇一八年财政预算执行情况).
    pattern: new RegExp(
      `^()(${CN})()([、.．，,])(?![${CHINESE_NUMERAL_CHARS}、，,](?![〇○零一二三四五六七八九]{2,3}年))`,
      'u',
    ),
    parseNumber: parseChineseNumeral,
  },
  {
    kind: 'arabic',
    firstChars: DIGIT_FIRST,
    // 1.5万 and 2、3月 are figures, not markers.
    pattern: new RegExp(`^()(${DIGITS})()([.．、，,])(?![0-9０-９.．%％、，,])`, 'u'),
    parseNumber: parseArabicNumeral,
  },
];

function standardMarker(kind: MarkerKind, n: number): string {
  switch (kind) {
    case 'chinese':
      return `${formatChineseNumeral(n)}、`;
    case 'chinese-paren':
      return `（${formatChineseNumeral(n)}）`;
    case 'arabic':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
  }
}

/** The GB/T 9704 marker for a kind and number: ('chinese-paren', 3) → （三）. */
export function formatMarker(kind: MarkerKind, n: number): string {
  return standardMarker(kind, n);
}

function formOf(kind: MarkerKind, text: string, standard: string): MarkerForm {
  if (text === standard) return 'standard';
  if (kind === 'arabic' && text === standard.replace('.', '．')) return 'fullwidth-period';
  return 'variant';
}

/** A marker at the very start of `text` (no indentation), or undefined. */
export function matchMarker(text: string): Omit<HeadingMarker, 'offset'> | undefined {
  const first = text.charAt(0);
  if (first === '') return undefined;
  for (const { kind, pattern, firstChars, parseNumber } of PATTERNS) {
    if (!firstChars.includes(first)) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    const number = parseNumber(m[2] as string);
    if (number === undefined || number === 0) continue;
    const markerText = m[0];
    // A bare number with punctuation needs a title after it; `一、` alone is not a heading.
    if (markerText.length >= text.trimEnd().length && (kind === 'chinese' || kind === 'arabic'))
      continue;
    const standard = standardMarker(kind, number);
    return {
      kind,
      number,
      text: markerText,
      length: markerText.length,
      form: formOf(kind, markerText, standard),
      standard,
    };
  }
  return undefined;
}

/** Parses a Word list label such as `（二）` or `3.`; undefined for bullets and other labels. */
export function parseListLabel(label: string): Omit<HeadingMarker, 'offset'> | undefined {
  const trimmed = label.trim();
  if (trimmed === '') return undefined;
  // A label is the whole marker, so give the matcher a dummy title to look at.
  const found = matchMarker(trimmed + '题');
  if (!found || found.text !== trimmed) return undefined;
  return found;
}

const SENTENCE_END = /[。！？!?]/u;

function titleOf(rest: string): string {
  const end = rest.search(SENTENCE_END);
  return (end >= 0 ? rest.slice(0, end) : rest).trim();
}

/** A short line that is only the start of a marker, wrapped from the next line: `（`, `（三`, `一`. */
const MARKER_FRAGMENT = new RegExp(`^[（(]?(?:${CN}|${DIGITS})?$`, 'u');

const NOT_INDENT = /[^\s\u3000\u00a0]/u;

/** How any marker or marker fragment starts, after the indentation: most paragraphs fail here. */
const MARKER_START = new RegExp(`^[\\s\u3000\u00a0]*[（(${CHINESE_NUMERAL_CHARS}0-9０-９]`, 'u');

function typedHeading(
  paragraphs: readonly SpeechParagraph[],
  index: number,
): HeadingNode | undefined {
  const p = paragraphs[index] as SpeechParagraph;
  if (!MARKER_START.test(p.text)) return undefined;
  // MARKER_START found a character after the indentation: where it is, is the indentation's length.
  const indent = p.text.search(NOT_INDENT);
  const body = p.text.slice(indent);
  const found = matchMarker(body);
  if (found) {
    // `found` is this call's own object: it becomes the marker (offset last, as a spread put it).
    const marker = found as HeadingMarker;
    marker.offset = indent;
    return node(index, p, marker, 'typed', titleOf(body.slice(found.length)));
  }
  const fragment = body.trimEnd();
  const next = paragraphs[index + 1];
  if (fragment === '' || !MARKER_FRAGMENT.test(fragment) || !next) return undefined;
  const nextBody = next.text.slice((INDENT.exec(next.text) as RegExpExecArray)[0].length);
  const joined = matchMarker(fragment + nextBody);
  if (!joined || joined.length <= fragment.length) return undefined;
  const heading = node(
    index,
    p,
    { ...joined, offset: indent, length: fragment.length },
    'typed',
    titleOf((fragment + nextBody).slice(joined.length)),
  );
  heading.continuedIn = index + 1;
  return heading;
}

function node(
  paragraph: number,
  p: SpeechParagraph,
  marker: HeadingMarker,
  source: LabelSource,
  title: string,
): HeadingNode {
  const heading: HeadingNode = {
    paragraph,
    level: LEVEL_OF_KIND[marker.kind],
    kind: marker.kind,
    number: marker.number,
    source,
    marker,
    title,
    children: [],
  };
  if (p.style !== undefined) heading.style = p.style;
  if (p.outlineLevel !== undefined) heading.outlineLevel = p.outlineLevel;
  return heading;
}

function listHeading(p: SpeechParagraph, index: number): HeadingNode | undefined {
  if (p.listLabel === undefined) return undefined;
  const found = parseListLabel(p.listLabel);
  if (!found) return undefined;
  const indent = (INDENT.exec(p.text) as RegExpExecArray)[0].length;
  const typed = matchMarker(p.text.slice(indent));
  const duplicate = typed !== undefined && typed.kind === found.kind;
  const body = p.text.slice(indent + (duplicate ? typed.length : 0));
  const heading = node(index, p, { ...found, offset: 0, length: 0 }, 'list', titleOf(body));
  if (duplicate) heading.typedDuplicate = { ...typed, offset: indent };
  return heading;
}

/**
 * Parses the heading outline of a document. Word list labels win over typed text when both are
 * present (the label is what the reader sees first). Paragraph style and outline level are kept
 * as hints on each node; the level itself comes from the marker kind, as GB/T 9704 defines it.
 */
export function parseOutline(doc: SpeechDocument): Outline {
  const headings: HeadingNode[] = [];
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as SpeechParagraph;
    const heading = listHeading(p, i) ?? typedHeading(paragraphs, i);
    if (!heading) continue;
    headings.push(heading);
    if (heading.continuedIn !== undefined) i = heading.continuedIn;
  }

  addFigureLikeMarkers(paragraphs, headings);
  const { rank, inversions } = documentLadder(headings);
  const placed = placeRanks(headings, rank, inversions);
  // Maps keyed by paragraph number: numbers hash faster than nodes, and a node is its paragraph.
  const roots: HeadingNode[] = [];
  const parents = new Map<number, HeadingNode>();
  const stack: { heading: HeadingNode; rank: number }[] = [];
  headings.forEach((heading, i) => {
    const own = placed[i] as number;
    while (stack.length > 0 && (stack[stack.length - 1] as { rank: number }).rank >= own)
      stack.pop();
    const parent = stack[stack.length - 1]?.heading;
    if (parent) {
      parent.children.push(heading);
      parents.set(heading.paragraph, parent);
    } else {
      roots.push(heading);
    }
    stack.push({ heading, rank: own });
  });

  const headingAt = new Map<number, HeadingNode>();
  for (const h of headings) {
    headingAt.set(h.paragraph, h);
    if (h.continuedIn !== undefined) headingAt.set(h.continuedIn, h);
  }
  return {
    roots,
    headings,
    inversions,
    // Only a node of this outline has a parent here (no heading starts where another continues).
    parentOf: (n) => (headingAt.get(n.paragraph) === n ? parents.get(n.paragraph) : undefined),
    isHeading: (paragraph) => headingAt.has(paragraph),
    sectionOf(paragraph) {
      // Headings are in paragraph order: binary search for the last one at or before `paragraph`.
      let low = 0;
      let high = headings.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((headings[mid] as HeadingNode).paragraph <= paragraph) low = mid + 1;
        else high = mid;
      }
      return headings[low - 1];
    },
  };
}

// 20.2026年10件民生实事 or 21.5+2就业之家: a marker followed straight by figures, read as 20.2026.
const FIGURE_LIKE_MARKER = /^([0-9]{1,2})([.．])(?=[0-9])/u;

/**
 * Adds the markers that read like figures (20.2026年…) but stand in a numbered list: the heading
 * before is the same kind numbered one less, and the next one carries on (19. ⏎ 20.2026年… ⏎ 21.…).
 * Sorted into `headings` in place.
 */
function addFigureLikeMarkers(
  paragraphs: readonly SpeechParagraph[],
  headings: HeadingNode[],
): void {
  const candidates: HeadingNode[] = [];
  const taken = new Set(headings.flatMap((h) => [h.paragraph, h.continuedIn ?? h.paragraph]));
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as SpeechParagraph;
    if (taken.has(i) || p.listLabel !== undefined) continue;
    const indent = (INDENT.exec(p.text) as RegExpExecArray)[0].length;
    const body = p.text.slice(indent);
    const m = FIGURE_LIKE_MARKER.exec(body);
    if (!m) continue;
    const number = Number(m[1]);
    const standard = standardMarker('arabic', number);
    const marker: HeadingMarker = {
      kind: 'arabic',
      number,
      text: m[0],
      offset: indent,
      length: m[0].length,
      form: formOf('arabic', m[0], standard),
      standard,
    };
    candidates.push(node(i, p, marker, 'typed', titleOf(body.slice(m[0].length))));
  }
  if (candidates.length === 0) return;
  const isCandidate = new Set(candidates);
  const all = [...headings, ...candidates].sort((a, b) => a.paragraph - b.paragraph);
  const accepted = new Set<HeadingNode>();
  // Left to right, so a run of them (20.2026年… 21.5+2…) accepts each from the one before.
  let before: HeadingNode | undefined;
  all.forEach((h, i) => {
    if (!isCandidate.has(h)) {
      before = h;
      return;
    }
    const after = all[i + 1];
    if (
      before?.kind === 'arabic' &&
      before.number === h.number - 1 &&
      after?.kind === 'arabic' &&
      after.number === h.number + 1
    ) {
      accepted.add(h);
      before = h;
    }
  });
  if (accepted.size === 0) return;
  headings.push(...accepted);
  headings.sort((a, b) => a.paragraph - b.paragraph);
}

/**
 * Each heading's rank in the tree. A kind the document lifts above 一、 (1. 张三 in a compilation of
 * reports) may still be used inside a part, as GB/T 9704 has it (存在不足： ⏎ 1. 2. 3.): such a
 * heading is a part where it opens one (its 一、 follows), or carries on the parts' count where
 * it does not carry on a list inside the part.
 */
function placeRanks(
  headings: readonly HeadingNode[],
  rank: ReadonlyMap<MarkerKind, number>,
  inversions: readonly LadderInversion[],
): number[] {
  const parts = new Set(inversions.filter((x) => x.lower === 'chinese').map((x) => x.upper));
  const lastPart = new Map<MarkerKind, number>();
  const lastInner = new Map<MarkerKind, number>();
  return headings.map((h, i) => {
    const own = rank.get(h.kind) as number;
    if (!parts.has(h.kind)) return own;
    const part = lastPart.get(h.kind);
    const inner = lastInner.get(h.kind);
    const next = headings[i + 1];
    const opensPart =
      next !== undefined && next.number === 1 && (rank.get(next.kind) as number) > own;
    const isPart =
      part === undefined || opensPart || (h.number === part + 1 && inner !== h.number - 1);
    if (isPart) {
      lastPart.set(h.kind, h.number);
      lastInner.delete(h.kind);
      return own;
    }
    lastInner.set(h.kind, h.number);
    // Below every kind: a list inside whatever section it stands in.
    return rank.size + LEVEL_OF_KIND[h.kind];
  });
}

// How many times a document must open a list of one kind right under another before its own
// ladder overrides GB/T 9704's: once can be a slip, twice is how the document is written.
const MIN_LADDER_VOTES = 2;

/**
 * The order of heading kinds as the document uses them. Evidence that kind A sits above kind B:
 * a B heading numbered 1 right after an A heading (a list opening under its parent), or an A
 * heading numbered 2 or more right after a B heading (a return to the upper level). GB/T 9704's
 * order holds unless the document clearly and repeatedly says otherwise.
 */
function documentLadder(headings: readonly HeadingNode[]): {
  rank: Map<MarkerKind, number>;
  inversions: LadderInversion[];
} {
  const votes = new Map<string, number>();
  const firstAt = new Map<string, HeadingNode>();
  const vote = (upper: MarkerKind, lower: MarkerKind, at: HeadingNode) => {
    const key = `${upper}>${lower}`;
    votes.set(key, (votes.get(key) ?? 0) + 1);
    if (!firstAt.has(key)) firstAt.set(key, at);
  };
  for (let i = 1; i < headings.length; i++) {
    const a = headings[i - 1] as HeadingNode;
    const b = headings[i] as HeadingNode;
    if (a.kind === b.kind) continue;
    if (b.number === 1) vote(a.kind, b.kind, b);
    else vote(b.kind, a.kind, b);
  }
  const count = (upper: MarkerKind, lower: MarkerKind) => votes.get(`${upper}>${lower}`) ?? 0;
  const inverted = (upper: MarkerKind, lower: MarkerKind) =>
    LEVEL_OF_KIND[upper] > LEVEL_OF_KIND[lower] &&
    count(upper, lower) >= MIN_LADDER_VOTES &&
    count(upper, lower) > count(lower, upper);

  const kinds = (Object.keys(LEVEL_OF_KIND) as MarkerKind[]).filter((k) =>
    headings.some((h) => h.kind === k),
  );
  // Each clear inversion lifts its upper kind to just above its lower one; the rest keep
  // GB/T 9704's order (so 1. over 一、 puts 1. on top and leaves （一） under 一、).
  const order = [...kinds];
  for (const upper of kinds)
    for (const lower of kinds) {
      if (!inverted(upper, lower)) continue;
      const from = order.indexOf(upper);
      const to = order.indexOf(lower);
      if (from > to) {
        order.splice(from, 1);
        order.splice(to, 0, upper);
      }
    }
  const rank = new Map<MarkerKind, number>(order.map((k, i) => [k, i]));
  const inversions: LadderInversion[] = [];
  for (const upper of kinds)
    for (const lower of kinds)
      if (inverted(upper, lower) && (rank.get(upper) as number) < (rank.get(lower) as number)) {
        const key = `${upper}>${lower}`;
        const at = headings.find(
          (h, i) => h.kind === lower && h.number === 1 && headings[i - 1]?.kind === upper,
        );
        inversions.push({ upper, lower, at: at ?? (firstAt.get(key) as HeadingNode) });
      }
  inversions.sort((x, y) => x.at.paragraph - y.at.paragraph);
  return { rank, inversions };
}

/** Key for sharing one parse between rules: `ctx.shared(OUTLINE_KEY, () => parseOutline(doc))`. */
export const OUTLINE_KEY = 'outline';
