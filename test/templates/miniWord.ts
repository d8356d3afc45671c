/**
 * A small Office.js Word fake for the insertion code: only the calls src/word/insert.ts makes
 * (paragraph and range inserts, built-in styles, content controls, search, location compare,
 * selection, collapsed ranges and Range.select of WordApi 1.1). Properties must be loaded and
 * synced before they are read, as in Word; syncs are counted. Writes run immediately, which is
 * what Word shows after the batch's sync. Ranges move with edits as in preview/standin: text
 * inserted at a range's end stays outside it, a collapsed range (the cursor) moves past it.
 */

export class NotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
}

export interface MiniControl {
  para: MiniPara;
  start: number;
  end: number;
  tag: string;
  title: string;
}

export interface MiniPara {
  text: string;
  style: string;
}

interface Span {
  para: MiniPara;
  start: number;
  end: number;
}

export class MiniDocument {
  paragraphs: MiniPara[];
  controls: MiniControl[] = [];
  selection: Span;
  syncs = 0;
  private live: Span[] = [];

  constructor(texts: string[], selection?: { paragraph: number; start: number; end?: number }) {
    this.paragraphs = texts.map((text) => ({ text, style: 'Normal' }));
    const para = this.paragraphs[selection?.paragraph ?? this.paragraphs.length - 1] as MiniPara;
    const start = selection?.start ?? para.text.length;
    this.selection = this.track({ para, start, end: selection?.end ?? start });
  }

  track(span: Span): Span {
    this.live.push(span);
    return span;
  }

  /** Inserts text into a paragraph, moving every live span and control as Word ranges move. */
  edit(para: MiniPara, start: number, end: number, text: string): void {
    para.text = para.text.slice(0, start) + text + para.text.slice(end);
    const delta = text.length - (end - start);
    const insertion = start === end;
    for (const span of [...this.live, ...this.controls]) {
      if (span.para !== para) continue;
      const collapsed = span.start === span.end;
      // text typed right after a range does not join it; a range that starts there moves on
      const moves = (pos: number, isEnd: boolean) =>
        pos > end || (pos === end && (!insertion || !isEnd || collapsed));
      const newStart = moves(span.start, false) ? span.start + delta : span.start;
      const newEnd = moves(span.end, true) ? span.end + delta : span.end;
      span.start = newStart;
      span.end = newEnd;
    }
  }

  insertParagraphAfter(anchor: MiniPara, text: string): MiniPara {
    const para = { text, style: 'Normal' };
    this.paragraphs.splice(this.paragraphs.indexOf(anchor) + 1, 0, para);
    return para;
  }

  /** The text of each paragraph, and of each control, for assertions. */
  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  controlText(control: MiniControl): string {
    return control.para.text.slice(control.start, control.end);
  }
}

class Context {
  private pending: Array<() => void> = [];
  readonly document: DocumentProxy;
  constructor(readonly doc: MiniDocument) {
    this.document = new DocumentProxy(this);
  }
  onSync(fn: () => void): void {
    this.pending.push(fn);
  }
  async sync(): Promise<void> {
    this.doc.syncs++;
    const pending = this.pending;
    this.pending = [];
    for (const fn of pending) fn();
  }
}

class Loadable {
  protected loaded = false;
  constructor(protected readonly ctx: Context) {}
  load(_props?: string): this {
    this.ctx.onSync(() => {
      this.loaded = true;
    });
    return this;
  }
  protected need(name: string): void {
    if (!this.loaded) throw new NotLoaded(`${name} not loaded`);
  }
}

class DocumentProxy {
  constructor(private readonly ctx: Context) {}
  get body() {
    const ctx = this.ctx;
    return { paragraphs: new ParagraphsProxy(ctx, () => ctx.doc.paragraphs) };
  }
  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx, this.ctx.doc.selection);
  }
}

class ParagraphsProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly list: () => MiniPara[],
  ) {
    super(ctx);
  }
  get items(): ParagraphProxy[] {
    this.need('items');
    return this.list().map((p) => new ParagraphProxy(this.ctx, p, true));
  }
  getLast(): ParagraphProxy {
    return new ParagraphProxy(this.ctx, this.list().at(-1) as MiniPara, false);
  }
}

class ParagraphProxy extends Loadable {
  constructor(
    ctx: Context,
    readonly para: MiniPara,
    loaded: boolean,
  ) {
    super(ctx);
    this.loaded = loaded;
  }
  get text(): string {
    this.need('text');
    return this.para.text;
  }
  set styleBuiltIn(style: string) {
    this.para.style = style;
  }
  insertParagraph(text: string, location: 'After' | 'Before'): ParagraphProxy {
    const doc = this.ctx.doc;
    if (location === 'Before') {
      const para = { text, style: 'Normal' };
      doc.paragraphs.splice(doc.paragraphs.indexOf(this.para), 0, para);
      return new ParagraphProxy(this.ctx, para, false);
    }
    return new ParagraphProxy(this.ctx, doc.insertParagraphAfter(this.para, text), false);
  }
  insertText(text: string, location: 'End'): RangeProxy {
    if (location !== 'End') throw new Error(`unsupported ${location}`);
    const start = this.para.text.length;
    this.ctx.doc.edit(this.para, start, start, text);
    return new RangeProxy(
      this.ctx,
      this.ctx.doc.track({ para: this.para, start, end: start + text.length }),
    );
  }
  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): RangeProxy {
    const whole = { para: this.para, start: 0, end: this.para.text.length };
    if (location === 'Whole') return new RangeProxy(this.ctx, whole, true);
    return new RangeProxy(this.ctx, whole).getRange(location);
  }
  search(find: string, _options: { matchCase: boolean }): RangesProxy {
    const spans: Span[] = [];
    for (
      let at = this.para.text.indexOf(find);
      at >= 0;
      at = this.para.text.indexOf(find, at + 1)
    ) {
      spans.push(this.ctx.doc.track({ para: this.para, start: at, end: at + find.length }));
    }
    return new RangesProxy(this.ctx, spans);
  }
}

class RangesProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly spans: Span[],
  ) {
    super(ctx);
  }
  get items(): RangeProxy[] {
    this.need('items');
    return this.spans.map((s) => new RangeProxy(this.ctx, s));
  }
}

class RangeProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly span: Span,
    private readonly whole = false,
  ) {
    super(ctx);
  }
  get isEmpty(): boolean {
    this.need('isEmpty');
    return this.span.start === this.span.end;
  }
  get text(): string {
    this.need('text');
    return this.span.para.text.slice(this.span.start, this.span.end);
  }
  get paragraphs(): ParagraphsProxy {
    return new ParagraphsProxy(this.ctx, () => [this.span.para]);
  }
  insertText(text: string, location: 'Replace' | 'After'): RangeProxy {
    const doc = this.ctx.doc;
    const start = location === 'Replace' ? this.span.start : this.span.end;
    const end = location === 'Replace' ? this.span.end : this.span.end;
    doc.edit(this.span.para, start, end, text);
    return new RangeProxy(
      this.ctx,
      doc.track({ para: this.span.para, start, end: start + text.length }),
    );
  }
  /** A range at this one's start or end (collapsed), or over all of it; it follows later edits. */
  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): RangeProxy {
    const { para, start, end } = this.span;
    const at =
      location === 'Start' ? [start, start] : location === 'End' ? [end, end] : [start, end];
    return new RangeProxy(
      this.ctx,
      this.ctx.doc.track({ para, start: at[0] as number, end: at[1] as number }),
    );
  }
  /** Makes this range the selection, as Word shows it after the sync (WordApi 1.1). */
  select(_mode?: 'Select' | 'Start' | 'End'): void {
    const { para, start, end } = this.span;
    this.ctx.doc.selection = this.ctx.doc.track({ para, start, end });
  }
  insertContentControl(): { tag: string; title: string } {
    const control: MiniControl = { ...this.span, tag: '', title: '' };
    this.ctx.doc.controls.push(control);
    return control;
  }
  compareLocationWith(other: RangeProxy): { value: string } {
    const result = { value: '' };
    this.ctx.onSync(() => {
      const a = this.span;
      const b = other.span;
      const paras = this.ctx.doc.paragraphs;
      if (a.para !== b.para)
        result.value = paras.indexOf(a.para) < paras.indexOf(b.para) ? 'Before' : 'After';
      else
        result.value = this.whole && a.start === b.start && a.end === b.end ? 'Equal' : 'Contains';
    });
    return result;
  }
}

/** Installs `Word` as a global over the document; returns the document for assertions. */
export function installMiniWord(doc: MiniDocument): MiniDocument {
  (globalThis as Record<string, unknown>).Word = {
    run: async <T>(batch: (context: Context) => Promise<T>): Promise<T> => batch(new Context(doc)),
  };
  return doc;
}
