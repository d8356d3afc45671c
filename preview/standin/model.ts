import { DEFAULT_MODES, type StandinModes } from './modes';
import { FakeOfficeError } from './clientObject';

/**
 * The in-memory document behind the Word fake: paragraphs with per-character highlights,
 * comments, critiques, the selection, change tracking and document settings. Pure data and
 * edits, no Office.js semantics (those live in fakeWord.ts) and no DOM (render.ts).
 */

export type HighlightColor = string | null;

export interface FakeParagraphInit {
  text: string;
  /** Display style name, e.g. "标题 1" or "Normal". */
  style?: string;
  /** Word's built-in style id ("Heading1", "Normal"); derived from `style` when omitted. */
  styleBuiltIn?: string;
  /** 1–9, or 10 for body text; derived from a heading style when omitted. */
  outlineLevel?: number;
  listLabel?: string;
  listLevel?: number;
  /** Highlights already in the document (the user's own), in paragraph offsets. */
  highlights?: Array<{ start: number; end: number; color: string }>;
  /**
   * Tracked deletions, in offsets of `text` (which includes the deleted text). Under
   * `deletedTextInText` they stay in the paragraph's text; otherwise Word hides them.
   */
  deleted?: Array<{ start: number; end: number }>;
}

export interface ParagraphModel {
  uid: number;
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  list?: { label: string; level: number };
  /** One entry per UTF-16 unit; `null` means no highlight. */
  highlight: HighlightColor[];
  /** Tracked deletions still in `text` ([start, end), sorted), under `deletedTextInText`. */
  deleted: Array<[number, number]>;
  /** The paragraph carries tracked changes (shown or not). */
  tracked: boolean;
}

/** A span inside one paragraph that follows edits, as Word ranges do. */
export interface LiveRange {
  para: ParagraphModel;
  start: number;
  end: number;
}

export interface CommentModel {
  id: string;
  range: LiveRange;
  text: string;
}

export interface CritiqueModel {
  id: string;
  range: LiveRange;
  colorScheme: string;
  suggestions: string[];
}

export interface ContentControlModel {
  id: string;
  range: LiveRange;
  tag: string;
  title: string;
}

export interface RevisionModel {
  paragraph: number;
  start: number;
  deleted: string;
  inserted: string;
}

/** Word's highlight palette: names the API accepts, as the #RRGGBB it reports. */
const NAMED_HIGHLIGHTS: Record<string, string> = {
  yellow: '#FFFF00',
  turquoise: '#00FFFF',
  brightgreen: '#00FF00',
  pink: '#FF00FF',
  red: '#FF0000',
  blue: '#0000FF',
  teal: '#008080',
  green: '#008000',
  violet: '#800080',
  darkred: '#800000',
  darkyellow: '#808000',
  gray50: '#808080',
  gray25: '#C0C0C0',
  darkblue: '#000080',
  black: '#000000',
};

/** Normalises a colour the way Word reports it: upper-case #RRGGBB, or null for none. */
export function normalizeHighlight(color: string | null | undefined): HighlightColor {
  if (color === null || color === undefined || color === '') return null;
  const named = NAMED_HIGHLIGHTS[color.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw new Error(`invalid highlight colour ${color}`);
}

/** Built-in style names as a zh-CN Word shows them. */
const ZH_STYLE_NAMES: Record<string, string> = {
  Normal: '正文',
  Title: '标题',
  Subtitle: '副标题',
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Heading${i + 1}`, `标题 ${i + 1}`])),
};

function builtInFromStyle(style: string): string {
  const heading = /^(?:Heading|标题)\s*([1-9])$/i.exec(style.trim());
  if (heading) return `Heading${heading[1]}`;
  if (/^(?:Normal|正文)$/i.test(style.trim())) return 'Normal';
  if (/^(?:Title|标题)$/i.test(style.trim())) return 'Title';
  return 'Other';
}

export class DocumentModel {
  readonly paragraphs: ParagraphModel[];
  comments: CommentModel[] = [];
  critiques: CritiqueModel[] = [];
  contentControls: ContentControlModel[] = [];
  revisions: RevisionModel[] = [];
  selection: LiveRange | null = null;
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  syncCount = 0;
  /** Real-Word behaviours switched on (modes.ts). */
  modes: StandinModes;
  /** How many operations of each name ran, and in all (`*`), for `failAt`. */
  readonly operations = new Map<string, number>();
  /** Settings as the add-in sees them now, and as last saved with the document. */
  settings = new Map<string, unknown>();
  savedSettings = new Map<string, unknown>();
  private nextId = 1;
  private liveRanges = new Set<LiveRange>();
  private listeners = new Set<() => void>();

  constructor(paragraphs: readonly FakeParagraphInit[], modes: Partial<StandinModes> = {}) {
    this.modes = { ...DEFAULT_MODES, ...modes };
    // A Word document always has a paragraph: an empty one is a single empty paragraph.
    const inits = paragraphs.length > 0 ? paragraphs : [{ text: '' }];
    this.paragraphs = inits.map((init) => this.makeParagraph(init));
  }

  /** Counts an operation as it runs; throws GeneralException when `failAt` names it. */
  countOperation(name: string): void {
    const own = (this.operations.get(name) ?? 0) + 1;
    const all = (this.operations.get('*') ?? 0) + 1;
    this.operations.set(name, own);
    this.operations.set('*', all);
    const failAt = this.modes.failAt;
    if (!failAt) return;
    const count = failAt.operation === undefined ? all : failAt.operation === name ? own : -1;
    if ((Array.isArray(failAt.nth) ? failAt.nth : [failAt.nth]).includes(count)) {
      throw new FakeOfficeError('GeneralException', `${name} failed (stand-in failAt).`, name);
    }
  }

  /** The paragraph as Word's "Current" reviewed text shows it: without tracked deletions. */
  currentText(para: ParagraphModel): string {
    let out = '';
    let at = 0;
    for (const [start, end] of para.deleted) {
      out += para.text.slice(at, start);
      at = end;
    }
    return out + para.text.slice(at);
  }

  private makeParagraph(init: FakeParagraphInit): ParagraphModel {
    const deletions = [...(init.deleted ?? [])].sort((a, b) => a.start - b.start);
    if (deletions.length > 0 && !this.modes.deletedTextInText) {
      // Word hides the deleted text: the paragraph reads as its current text.
      let text = '';
      let at = 0;
      for (const d of deletions) {
        text += init.text.slice(at, d.start);
        at = d.end;
      }
      init = { ...init, text: text + init.text.slice(at), deleted: [] };
    }
    const style = init.style ?? 'Normal';
    const styleBuiltIn = init.styleBuiltIn ?? builtInFromStyle(style);
    const heading = /^Heading([1-9])$/.exec(styleBuiltIn);
    const highlight: HighlightColor[] = Array.from({ length: init.text.length }, () => null);
    for (const h of init.highlights ?? []) {
      for (let i = h.start; i < h.end && i < highlight.length; i++) {
        highlight[i] = normalizeHighlight(h.color);
      }
    }
    return {
      uid: this.nextId++,
      text: init.text,
      style,
      styleBuiltIn,
      outlineLevel: init.outlineLevel ?? (heading ? Number(heading[1]) : 10),
      list:
        init.listLabel === undefined
          ? undefined
          : { label: init.listLabel, level: init.listLevel ?? 0 },
      highlight,
      deleted: this.modes.deletedTextInText
        ? deletions.map((d): [number, number] => [d.start, d.end])
        : [],
      tracked: deletions.length > 0,
    };
  }

  /** Inserts a paragraph (as the user typing would), e.g. to test marks that moved. */
  insertParagraph(at: number, init: FakeParagraphInit): void {
    this.paragraphs.splice(at, 0, this.makeParagraph(init));
    this.changed();
  }

  /** Inserts an empty paragraph before or after `para`, with its style, as Word does. */
  insertParagraphNear(
    para: ParagraphModel,
    side: 'Before' | 'After',
    text: string,
  ): ParagraphModel {
    const made = this.makeParagraph({ text, style: para.style, styleBuiltIn: para.styleBuiltIn });
    const at = this.indexOf(para) + (side === 'After' ? 1 : 0);
    this.paragraphs.splice(at, 0, made);
    this.changed();
    return made;
  }

  /** Applies a style by built-in id ("Heading1") or by name ("标题 1"). */
  setStyle(para: ParagraphModel, style: { builtIn?: string; name?: string }): void {
    const builtIn = style.builtIn ?? builtInFromStyle(style.name ?? 'Normal');
    para.styleBuiltIn = builtIn;
    para.style = style.name ?? ZH_STYLE_NAMES[builtIn] ?? builtIn;
    const heading = /^Heading([1-9])$/.exec(builtIn);
    para.outlineLevel = heading ? Number(heading[1]) : 10;
    this.changed();
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  indexOf(para: ParagraphModel): number {
    return this.paragraphs.indexOf(para);
  }

  /** A range that follows later edits of its paragraph. */
  track(para: ParagraphModel, start: number, end: number): LiveRange {
    const range = { para, start, end };
    this.liveRanges.add(range);
    return range;
  }

  highlightOf(para: ParagraphModel, start: number, end: number): HighlightColor | '' {
    if (start >= end) return start > 0 ? (para.highlight[start - 1] ?? null) : null;
    const first = para.highlight[start] ?? null;
    for (let i = start + 1; i < end; i++) {
      if ((para.highlight[i] ?? null) !== first)
        return this.modes.mixedHighlight === 'null' ? null : '';
    }
    return first;
  }

  setHighlight(para: ParagraphModel, start: number, end: number, color: HighlightColor): void {
    for (let i = start; i < end; i++) para.highlight[i] = color;
    this.changed();
  }

  /**
   * Replaces [start, end) of a paragraph, moving every live range the way Word does. Returns
   * where the new text starts: under change tracking with `deletedTextInText`, the replaced text
   * stays as a tracked deletion and the new text follows it.
   */
  replace(para: ParagraphModel, start: number, end: number, text: string): number {
    const deleted = para.text.slice(start, end);
    const inherited = this.highlightOf(para, start, start === end ? start : start + 1);
    const keep = this.changeTrackingMode !== 'Off' && this.modes.deletedTextInText;
    const from = keep ? end : start;
    para.text = para.text.slice(0, from) + text + para.text.slice(end);
    para.highlight.splice(
      from,
      end - from,
      ...Array.from({ length: text.length }, () => (inherited === '' ? null : inherited)),
    );
    const delta = text.length - (end - from);
    for (const r of this.liveRanges) {
      if (r.para !== para) continue;
      r.start = moveOffset(r.start, from, end, delta, 'start');
      r.end = Math.max(r.start, moveOffset(r.end, from, end, delta, 'end'));
    }
    para.deleted = para.deleted.map(([s, e]): [number, number] =>
      s >= end ? [s + delta, e + delta] : [s, e],
    );
    if (keep && end > start) {
      para.deleted = [...para.deleted, [start, end] as [number, number]].sort(
        (a, b) => a[0] - b[0],
      );
    }
    if (this.changeTrackingMode !== 'Off') {
      para.tracked = true;
      this.revisions.push({ paragraph: this.indexOf(para), start, deleted, inserted: text });
    }
    this.changed();
    return from;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** What a reopened document keeps: text, highlights, comments and saved settings. */
  reopen(): void {
    this.settings = new Map(this.savedSettings);
    this.selection = null;
    this.critiques = [];
    this.changed();
  }
}

/** Where an offset lands after [start, end) became `delta` units longer. */
function moveOffset(
  offset: number,
  start: number,
  end: number,
  delta: number,
  edge: 'start' | 'end',
): number {
  if (edge === 'start') {
    if (offset < start) return offset;
    // Text inserted exactly at a range's start goes before it.
    if (offset === start) return start === end ? offset + delta : offset;
    return offset >= end ? offset + delta : start;
  }
  if (offset <= start) return offset;
  return offset >= end ? offset + delta : end + delta;
}
