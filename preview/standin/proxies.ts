/** The fake Word objects: Document, Body, Paragraph(s), Range(s), Font, ListItem, Comment, Annotation. */
import {
  ClientObject,
  FakeClientResult,
  FakeOfficeError,
  loadPaths,
  notLoaded,
  type LoadOption,
} from './clientObject';
import {
  normalizeHighlight,
  type DocumentModel,
  type LiveRange,
  type ParagraphModel,
} from './model';
import { searchSpan, type FakeSearchOptions } from './search';

type Span = { para: ParagraphModel; bounds(): [number, number] };

const spanOfRange = (r: LiveRange): Span => ({ para: r.para, bounds: () => [r.start, r.end] });
const spanOfParagraph = (p: ParagraphModel): Span => ({
  para: p,
  bounds: () => [0, p.text.length],
});

class FakeFont extends ClientObject<Span> {
  protected readonly typeName = 'Font';
  protected readonly scalars = ['highlightColor'] as const;
  protected value(name: string): unknown {
    const span = this.live();
    const [start, end] = span.bounds();
    if (name === 'highlightColor') return this.ctx.model.highlightOf(span.para, start, end);
    return undefined;
  }
  get highlightColor(): string | null {
    return this.read('highlightColor') as string | null;
  }
  set highlightColor(color: string | null) {
    const normalized = normalizeHighlight(color);
    this.ctx.enqueue(() => {
      const span = this.live();
      const [start, end] = span.bounds();
      this.ctx.model.setHighlight(span.para, start, end, normalized);
    }, 'highlightColor');
  }
}

class FakeListItem extends ClientObject<ParagraphModel> {
  protected readonly typeName = 'ListItem';
  protected readonly scalars = ['listString', 'level'] as const;
  protected value(name: string): unknown {
    const list = this.live().list;
    return name === 'listString' ? list?.label : list?.level;
  }
  get listString(): string {
    return this.read('listString') as string;
  }
  get level(): number {
    return this.read('level') as number;
  }
}

/**
 * A collection whose `load('items/text')` makes a proxy per model item when the sync runs and
 * loads each with the paths below `items`.
 */
abstract class FakeCollection<M, P extends ClientObject<M>> extends ClientObject<readonly M[]> {
  protected readonly scalars = [] as const;
  private itemProxies: P[] | undefined;
  protected abstract proxyOf(item: M): P;
  protected value(): unknown {
    return undefined;
  }
  get items(): P[] {
    if (!this.itemProxies) throw notLoaded(this.typeName, 'items');
    return this.itemProxies;
  }
  override load(option?: LoadOption): this {
    const paths = (loadPaths(option) ?? [])
      .map((p) => p.replace(/^items\/?/, ''))
      .filter((p) => p !== '');
    this.ctx.enqueue(() => {
      this.itemProxies = this.live().map((item) => this.proxyOf(item));
      for (const item of this.itemProxies) item.load(paths.length > 0 ? paths : undefined);
    });
    return this;
  }
}

class FakeRangeCollection extends FakeCollection<LiveRange, FakeRange> {
  protected readonly typeName = 'RangeCollection';
  protected proxyOf(range: LiveRange): FakeRange {
    return new FakeRange(this.ctx, () => range);
  }
}

export class FakeRange extends ClientObject<LiveRange> {
  protected readonly typeName = 'Range';
  protected readonly scalars = ['text', 'isEmpty', 'style'] as const;
  protected value(name: string): unknown {
    const r = this.live();
    if (name === 'text') return r.para.text.slice(r.start, r.end);
    if (name === 'isEmpty') return r.start === r.end;
    return r.para.style;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === 'font' ? this.font : undefined;
  }
  get text(): string {
    return this.read('text') as string;
  }
  get isEmpty(): boolean {
    return this.read('isEmpty') as boolean;
  }
  get font(): FakeFont {
    return this.child('font', () => new FakeFont(this.ctx, () => spanOfRange(this.live())));
  }
  /** The paragraphs the range is in (one: the fake keeps ranges inside a paragraph). */
  get paragraphs(): FakeParagraphCollection {
    return this.child(
      'paragraphs',
      () => new FakeParagraphCollection(this.ctx, () => [this.live().para]),
    );
  }
  insertContentControl(): FakeContentControl {
    return new FakeContentControl(this.ctx, () => {
      const r = this.live();
      const control = {
        id: this.ctx.model.newId('control'),
        range: this.ctx.model.track(r.para, r.start, r.end),
        tag: '',
        title: '',
      };
      this.ctx.model.contentControls.push(control);
      return control;
    });
  }
  compareLocationWith(other: FakeRange): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      const position = (r: LiveRange, offset: number) =>
        this.ctx.model.indexOf(r.para) * 1e7 + offset;
      const a = this.live();
      const b = other.live();
      result.set(
        relation(
          [position(a, a.start), position(a, a.end)],
          [position(b, b.start), position(b, b.end)],
        ),
      );
    });
    return result;
  }
  search(key: string, options: FakeSearchOptions = {}): FakeRangeCollection {
    return new FakeRangeCollection(
      this.ctx,
      () => {
        const r = this.live();
        const model = this.ctx.model;
        if (model.modes.searchDialogOpen) {
          throw new FakeOfficeError('SearchDialogIsOpen', 'The search dialog is open.', 'search');
        }
        const folds = {
          quotes: model.modes.searchFoldsQuotes,
          width: model.modes.searchFoldsWidth,
        };
        return (
          searchSpan(r.para, r.start, r.end, key, { ...options, folds })
            // Word cannot match across (or into) a tracked deletion (#5874).
            .filter(([s, e]) => !r.para.deleted.some(([ds, de]) => s < de && ds < e))
            .map(([s, e]) => model.track(r.para, s, e))
        );
      },
      'search',
    );
  }
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.live();
      const b = other.live();
      if (a.para !== b.para) {
        throw new FakeOfficeError('NotImplemented', 'The fake keeps ranges inside one paragraph.');
      }
      return this.ctx.model.track(a.para, Math.min(a.start, b.start), Math.max(a.end, b.end));
    });
  }
  getRange(location: string = 'Whole'): FakeRange {
    return new FakeRange(this.ctx, () => {
      const r = this.live();
      if (location === 'Start') return this.ctx.model.track(r.para, r.start, r.start);
      if (location === 'End') return this.ctx.model.track(r.para, r.end, r.end);
      if (location === 'Whole' || location === 'Content') {
        return this.ctx.model.track(r.para, r.start, r.end);
      }
      throw new FakeOfficeError('InvalidArgument', `getRange(${location}) is not modelled.`);
    });
  }
  select(_mode?: string): void {
    this.ctx.enqueue(() => {
      const r = this.live();
      this.ctx.model.selection = this.ctx.model.track(r.para, r.start, r.end);
    }, 'select');
  }
  insertText(text: string, location: string): FakeRange {
    if (/[\r\n]/.test(text)) {
      throw new FakeOfficeError('NotImplemented', 'The fake does not split paragraphs.');
    }
    return new FakeRange(
      this.ctx,
      () => {
        const r = this.live();
        const model = this.ctx.model;
        const at: Record<string, [number, number]> = {
          Replace: [r.start, r.end],
          Start: [r.start, r.start],
          Before: [r.start, r.start],
          End: [r.end, r.end],
          After: [r.end, r.end],
        };
        const span = at[location];
        if (!span) throw new FakeOfficeError('InvalidArgument', `insertText at ${location}`);
        const from = model.replace(r.para, span[0], span[1], text);
        // Text inserted at a range's own start or end becomes part of that range.
        if (location === 'End') r.end = from + text.length;
        if (location === 'Start') r.start = from;
        return model.track(r.para, from, from + text.length);
      },
      'insertText',
    );
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const r = this.live();
      this.ctx.model.replace(r.para, r.start, r.end, '');
    }, 'delete');
  }
  getReviewedText(version: string = 'Current'): FakeClientResult<string> {
    return reviewedText(
      this.ctx,
      () => {
        const r = this.live();
        return { para: r.para, start: r.start, end: r.end };
      },
      version,
    );
  }
  insertComment(text: string): FakeComment {
    this.ctx.require('1.4', 'Range.insertComment');
    return new FakeComment(
      this.ctx,
      () => {
        const r = this.live();
        const comment = {
          id: this.ctx.model.newId('comment'),
          range: this.ctx.model.track(r.para, r.start, r.end),
          text,
        };
        this.ctx.model.comments.push(comment);
        return comment;
      },
      'insertComment',
    );
  }
}

class FakeComment extends ClientObject<{ id: string; text: string }> {
  protected readonly typeName = 'Comment';
  protected readonly scalars = ['id', 'content'] as const;
  protected value(name: string): unknown {
    const c = this.live();
    return name === 'id' ? c.id : c.text;
  }
  get id(): string {
    return this.read('id') as string;
  }
  get content(): string {
    return this.read('content') as string;
  }
  delete(): void {
    this.ctx.require('1.4', 'Comment.delete');
    this.ctx.enqueue(() => {
      const id = this.live().id;
      this.ctx.model.comments = this.ctx.model.comments.filter((c) => c.id !== id);
    });
  }
}

class FakeCommentCollection extends FakeCollection<{ id: string; text: string }, FakeComment> {
  protected readonly typeName = 'CommentCollection';
  protected proxyOf(comment: { id: string; text: string }): FakeComment {
    return new FakeComment(this.ctx, () => comment);
  }
}

interface CritiqueInput {
  start: number;
  length: number;
  colorScheme: string;
  popupOptions?: { suggestions?: string[] };
}

class FakeAnnotation extends ClientObject<{ id: string }> {
  protected readonly typeName = 'Annotation';
  protected readonly scalars = ['id', 'state'] as const;
  protected value(name: string): unknown {
    return name === 'id' ? this.live().id : 'Created';
  }
  get id(): string {
    return this.read('id') as string;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const id = this.live().id;
      this.ctx.model.critiques = this.ctx.model.critiques.filter((c) => c.id !== id);
    });
  }
}

class FakeAnnotationCollection extends FakeCollection<{ id: string }, FakeAnnotation> {
  protected readonly typeName = 'AnnotationCollection';
  protected proxyOf(annotation: { id: string }): FakeAnnotation {
    return new FakeAnnotation(this.ctx, () => annotation);
  }
}

export class FakeParagraph extends ClientObject<ParagraphModel> {
  protected readonly typeName = 'Paragraph';
  protected readonly scalars = [
    'text',
    'style',
    'styleBuiltIn',
    'outlineLevel',
    'isListItem',
  ] as const;
  protected value(name: string): unknown {
    const p = this.live();
    if (name === 'isListItem') return p.list !== undefined;
    return p[name as 'text' | 'style' | 'styleBuiltIn' | 'outlineLevel'];
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    if (name === 'font') return this.font;
    if (name === 'listItemOrNullObject') return this.listItemOrNullObject;
    if (name === 'listItem') return this.listItem;
    return undefined;
  }
  get text(): string {
    return this.read('text') as string;
  }
  get style(): string {
    return this.read('style') as string;
  }
  get styleBuiltIn(): string {
    return this.read('styleBuiltIn') as string;
  }
  get outlineLevel(): number {
    return this.read('outlineLevel') as number;
  }
  get isListItem(): boolean {
    return this.read('isListItem') as boolean;
  }
  set style(name: string) {
    this.ctx.enqueue(() => this.ctx.model.setStyle(this.live(), { name }));
  }
  set styleBuiltIn(builtIn: string) {
    this.ctx.enqueue(() => this.ctx.model.setStyle(this.live(), { builtIn }));
  }
  get font(): FakeFont {
    return this.child('font', () => new FakeFont(this.ctx, () => spanOfParagraph(this.live())));
  }
  insertParagraph(text: string, location: string): FakeParagraph {
    if (location !== 'Before' && location !== 'After') {
      throw new FakeOfficeError('InvalidArgument', `insertParagraph at ${location}`);
    }
    return new FakeParagraph(this.ctx, () =>
      this.ctx.model.insertParagraphNear(this.live(), location, text),
    );
  }
  insertText(text: string, location: string): FakeRange {
    return this.whole().insertText(text, location);
  }
  get listItemOrNullObject(): FakeListItem {
    return this.child(
      'listItemOrNullObject',
      () =>
        new FakeListItem(
          this.ctx,
          () => {
            const p = this.live();
            if (p.list && p.tracked && this.ctx.model.modes.listItem === 'throwsOnTracked') {
              // Word on the web, list paragraphs with tracked changes (#5901, #5335).
              throw new FakeOfficeError(
                'GeneralException',
                'GeneralException',
                'Paragraph.listItemOrNullObject',
              );
            }
            return p.list ? p : null;
          },
          'listItemOrNullObject',
        ),
    );
  }
  get listItem(): FakeListItem {
    return this.child(
      'listItem',
      () =>
        new FakeListItem(this.ctx, () => {
          if (!this.live().list) throw new FakeOfficeError('ItemNotFound', 'Not a list item.');
          return this.live();
        }),
    );
  }
  private whole(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const p = this.live();
      return this.ctx.model.track(p, 0, p.text.length);
    });
  }
  getRange(location: string = 'Whole'): FakeRange {
    return this.whole().getRange(location);
  }
  search(key: string, options: FakeSearchOptions = {}): FakeRangeCollection {
    return this.whole().search(key, options);
  }
  select(mode?: string): void {
    this.whole().select(mode);
  }
  getReviewedText(version: string = 'Current'): FakeClientResult<string> {
    return reviewedText(
      this.ctx,
      () => {
        const p = this.live();
        return { para: p, start: 0, end: p.text.length };
      },
      version,
    );
  }
  insertAnnotations(set: { critiques: CritiqueInput[] }): FakeClientResult<string[]> {
    this.ctx.require('1.7', 'Paragraph.insertAnnotations');
    annotationsPresent(this.ctx, 'insertAnnotations');
    const result = new FakeClientResult<string[]>();
    this.ctx.enqueue(() => {
      annotationsWork(this.ctx, 'Paragraph.insertAnnotations');
      const p = this.live();
      const ids = set.critiques.map((c) => {
        if (c.start < 0 || c.length < 0 || c.start + c.length > p.text.length) {
          throw new FakeOfficeError('InvalidArgument', 'Critique outside the paragraph.');
        }
        const id = this.ctx.model.newId('annotation');
        this.ctx.model.critiques.push({
          id,
          range: this.ctx.model.track(p, c.start, c.start + c.length),
          colorScheme: c.colorScheme,
          suggestions: c.popupOptions?.suggestions ?? [],
        });
        return id;
      });
      result.set(ids);
    }, 'insertAnnotations');
    return result;
  }
  getAnnotations(): FakeAnnotationCollection {
    this.ctx.require('1.7', 'Paragraph.getAnnotations');
    annotationsPresent(this.ctx, 'getAnnotations');
    return new FakeAnnotationCollection(
      this.ctx,
      () => {
        annotationsWork(this.ctx, 'Paragraph.getAnnotations');
        const p = this.live();
        return this.ctx.model.critiques.filter((c) => c.range.para === p);
      },
      'getAnnotations',
    );
  }
}

class FakeParagraphCollection extends FakeCollection<ParagraphModel, FakeParagraph> {
  protected readonly typeName = 'ParagraphCollection';
  protected proxyOf(paragraph: ParagraphModel): FakeParagraph {
    return new FakeParagraph(this.ctx, () => paragraph);
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => {
      const first = this.live()[0];
      if (!first) throw new FakeOfficeError('ItemNotFound', 'The collection is empty.');
      return first;
    });
  }
  getLast(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => {
      const list = this.live();
      const last = list[list.length - 1];
      if (!last) throw new FakeOfficeError('ItemNotFound', 'The collection is empty.');
      return last;
    });
  }
}

class FakeContentControl extends ClientObject<{
  id: string;
  range: LiveRange;
  tag: string;
  title: string;
}> {
  protected readonly typeName = 'ContentControl';
  protected readonly scalars = ['id', 'tag', 'title', 'text'] as const;
  protected value(name: string): unknown {
    const c = this.live();
    if (name === 'text') return c.range.para.text.slice(c.range.start, c.range.end);
    return c[name as 'id' | 'tag' | 'title'];
  }
  get tag(): string {
    return this.read('tag') as string;
  }
  set tag(tag: string) {
    this.ctx.enqueue(() => {
      this.live().tag = tag;
    });
  }
  get title(): string {
    return this.read('title') as string;
  }
  set title(title: string) {
    this.ctx.enqueue(() => {
      this.live().title = title;
    });
  }
  set appearance(_appearance: string) {
    // Rendering is the same for every appearance in the stand-in.
  }
}

/** Word.LocationRelation of span a to span b (both [start, end] in one order). */
function relation(a: [number, number], b: [number, number]): string {
  const [a1, a2] = a;
  const [b1, b2] = b;
  if (a1 === b1 && a2 === b2) return 'Equal';
  if (a1 <= b1 && b2 <= a2)
    return a1 === b1 ? 'ContainsStart' : a2 === b2 ? 'ContainsEnd' : 'Contains';
  if (b1 <= a1 && a2 <= b2) return a1 === b1 ? 'InsideStart' : a2 === b2 ? 'InsideEnd' : 'Inside';
  if (a2 < b1) return 'Before';
  if (a2 === b1) return 'AdjacentBefore';
  if (b2 < a1) return 'After';
  if (b2 === a1) return 'AdjacentAfter';
  return a1 < b1 ? 'OverlapsBefore' : 'OverlapsAfter';
}

/** `annotations: 'missing'`: the loaded Office.js has no such method (a TypeError, as in real JS). */
function annotationsPresent(ctx: { model: DocumentModel }, method: string): void {
  if (ctx.model.modes.annotations === 'missing') {
    throw new TypeError(`paragraph.${method} is not a function`);
  }
}

/** `annotations: 'throws'`: perpetual Office reports WordApi 1.7 but refuses critiques (#4953, #5179). */
function annotationsWork(ctx: { model: DocumentModel }, api: string): void {
  if (ctx.model.modes.annotations === 'throws') {
    throw new FakeOfficeError('GeneralException', 'GeneralException', api);
  }
}

/** `getReviewedText` (WordApi 1.4): 'Current' leaves out tracked deletions kept in the text. */
function reviewedText(
  ctx: FakeRequestContextLike,
  span: () => { para: ParagraphModel; start: number; end: number },
  version: string,
): FakeClientResult<string> {
  ctx.require('1.4', 'getReviewedText');
  const result = new FakeClientResult<string>();
  ctx.enqueue(() => {
    const { para, start, end } = span();
    if (version === 'Original') {
      // The fake does not record tracked insertions: Original is the text as it stands.
      result.set(para.text.slice(start, end));
      return;
    }
    let out = '';
    for (let i = start; i < end; i++) {
      if (!para.deleted.some(([s, e]) => s <= i && i < e)) out += para.text[i] as string;
    }
    result.set(out);
  }, 'getReviewedText');
  return result;
}

interface FakeRequestContextLike {
  model: DocumentModel;
  require(version: string, api: string): void;
  enqueue(op: () => void, name?: string): void;
}

export class FakeBody extends ClientObject<DocumentModel> {
  protected readonly typeName = 'Body';
  protected readonly scalars = ['text'] as const;
  protected value(): unknown {
    return this.live()
      .paragraphs.map((p) => p.text)
      .join('\r');
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === 'paragraphs' ? this.paragraphs : undefined;
  }
  get text(): string {
    return this.read('text') as string;
  }
  get paragraphs(): FakeParagraphCollection {
    return this.child(
      'paragraphs',
      () => new FakeParagraphCollection(this.ctx, () => this.live().paragraphs),
    );
  }
  /** Word's search over the whole body: each paragraph's matches, in order. */
  search(key: string, options: FakeSearchOptions = {}): FakeRangeCollection {
    return new FakeRangeCollection(
      this.ctx,
      () => {
        const model = this.live();
        if (model.modes.searchDialogOpen) {
          throw new FakeOfficeError('SearchDialogIsOpen', 'The search dialog is open.', 'search');
        }
        return model.paragraphs.flatMap((p) =>
          searchSpan(p, 0, p.text.length, key, options).map(([s, e]) => model.track(p, s, e)),
        );
      },
      'search',
    );
  }
  getReviewedText(version: string = 'Current'): FakeClientResult<string> {
    this.ctx.require('1.4', 'Body.getReviewedText');
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      const model = this.live();
      result.set(
        model.paragraphs
          .map((p) => (version === 'Original' ? p.text : model.currentText(p)))
          .join('\r'),
      );
    }, 'getReviewedText');
    return result;
  }
  /** Every comment in the document, in the order they were added (WordApi 1.4). */
  getComments(): FakeCommentCollection {
    this.ctx.require('1.4', 'Body.getComments');
    return new FakeCommentCollection(this.ctx, () => this.live().comments);
  }
}

export class FakeDocument extends ClientObject<DocumentModel> {
  protected readonly typeName = 'Document';
  protected readonly scalars = ['changeTrackingMode'] as const;
  protected value(name: string): unknown {
    if (name === 'changeTrackingMode') {
      this.ctx.require('1.4', 'Document.changeTrackingMode');
      return this.live().changeTrackingMode;
    }
    return undefined;
  }
  protected override navigation(name: string): ClientObject<unknown> | undefined {
    return name === 'body' ? this.body : undefined;
  }
  get body(): FakeBody {
    return this.child('body', () => new FakeBody(this.ctx, () => this.live()));
  }
  get changeTrackingMode(): string {
    return this.read('changeTrackingMode') as string;
  }
  set changeTrackingMode(mode: string) {
    this.ctx.require('1.4', 'Document.changeTrackingMode');
    if (mode !== 'Off' && mode !== 'TrackAll' && mode !== 'TrackMineOnly') {
      throw new FakeOfficeError('InvalidArgument', `changeTrackingMode ${mode}`);
    }
    this.ctx.enqueue(() => {
      this.live().changeTrackingMode = mode;
    }, 'changeTrackingMode');
  }
  getSelection(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const model = this.live();
      const sel = model.selection;
      const first = model.paragraphs[0];
      if (sel) return model.track(sel.para, sel.start, sel.end);
      if (!first) throw new FakeOfficeError('ItemNotFound', 'Empty document.');
      return model.track(first, 0, 0);
    });
  }
  getAnnotationById(id: string): FakeAnnotation {
    this.ctx.require('1.7', 'Document.getAnnotationById');
    return new FakeAnnotation(this.ctx, () => {
      const found = this.live().critiques.find((c) => c.id === id);
      if (!found) throw new FakeOfficeError('ItemNotFound', `No annotation ${id}.`);
      return found;
    });
  }
}
