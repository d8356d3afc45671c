/**
 * Draws the fake document into the page so a person sees what the add-in did: paragraphs with
 * their list labels, highlights, the selection, critiques (wavy underlines) and comments.
 */
import type { DocumentModel, LiveRange, ParagraphModel } from './model';

const CRITIQUE_COLOURS: Record<string, string> = {
  Red: '#d13438',
  Green: '#107c10',
  Blue: '#0078d4',
  Lavender: '#8764b8',
  Berry: '#c239b3',
};

const STYLE = `
.standin-doc { font: 16px/1.9 "FangSong", "仿宋", "STFangsong", serif; max-width: 46em; margin: 0 auto;
  padding: 2em 3em; background: #fff; color: #000; box-shadow: 0 0 6px rgba(0,0,0,.2); }
.standin-doc p { margin: 0 0 .3em; text-indent: 2em; white-space: pre-wrap; }
.standin-doc p[data-heading="1"] { font-family: "SimHei", "黑体", sans-serif; font-weight: bold; }
.standin-doc p[data-heading="2"] { font-family: "KaiTi", "楷体", serif; font-weight: bold; }
.standin-doc p[data-title] { text-align: center; font-size: 22px; text-indent: 0; font-weight: bold; }
.standin-doc .standin-selected { outline: 2px solid #0078d4; background-image: linear-gradient(rgba(0,120,212,.25), rgba(0,120,212,.25)); }
.standin-doc .standin-caret { border-left: 2px solid #0078d4; margin-left: -1px; }
.standin-doc .standin-commented { border-bottom: 2px solid #ca5010; }
.standin-doc aside { font: 12px/1.5 sans-serif; color: #8a3707; background: #fff4ce; margin: 0 0 .4em 2em; padding: 2px 6px; }
.standin-doc .standin-list-label { color: #444; }
.standin-doc .standin-field { outline: 1px dashed #0078d4; background: #eff6fc; }
`;

function within(range: LiveRange, para: ParagraphModel, start: number, end: number): boolean {
  if (range.para !== para) return false;
  return range.start < end && range.end > start;
}

function renderParagraph(doc: Document, model: DocumentModel, para: ParagraphModel, index: number) {
  const p = doc.createElement('p');
  p.dataset.paragraph = String(index);
  const heading = /^Heading([1-9])$/.exec(para.styleBuiltIn);
  if (heading) p.dataset.heading = heading[1];
  if (para.styleBuiltIn === 'Title') p.dataset.title = '';
  if (para.list) {
    const label = doc.createElement('span');
    label.className = 'standin-list-label';
    label.textContent = para.list.label;
    label.contentEditable = 'false';
    p.append(label);
  }
  const cuts = new Set([0, para.text.length]);
  for (let i = 1; i < para.text.length; i++) {
    if (para.highlight[i] !== para.highlight[i - 1]) cuts.add(i);
  }
  const ranges = [
    ...(model.selection ? [model.selection] : []),
    ...model.comments.map((c) => c.range),
    ...model.critiques.map((c) => c.range),
    ...model.contentControls.map((c) => c.range),
  ];
  for (const r of ranges) {
    if (r.para !== para) continue;
    cuts.add(Math.min(r.start, para.text.length));
    cuts.add(Math.min(r.end, para.text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sel = model.selection;
  if (sel && sel.para === para && sel.start === sel.end && sel.start === 0) {
    p.append(caret(doc));
  }
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k] as number;
    const end = points[k + 1] as number;
    const span = doc.createElement('span');
    span.textContent = para.text.slice(start, end);
    span.dataset.start = String(start);
    const colour = para.highlight[start];
    if (colour) span.style.backgroundColor = colour;
    if (sel && within(sel, para, start, end)) span.className = 'standin-selected';
    if (model.comments.some((c) => within(c.range, para, start, end))) {
      span.classList.add('standin-commented');
    }
    const field = model.contentControls.find((c) => within(c.range, para, start, end));
    if (field) {
      span.classList.add('standin-field');
      span.title = field.title;
    }
    const critique = model.critiques.find((c) => within(c.range, para, start, end));
    if (critique) {
      span.style.textDecoration = `underline wavy ${CRITIQUE_COLOURS[critique.colorScheme] ?? '#d13438'}`;
      span.title = critique.suggestions.join(' / ');
    }
    p.append(span);
    if (sel && sel.para === para && sel.start === sel.end && sel.start === end) {
      p.append(caret(doc));
    }
  }
  return p;
}

function caret(doc: Document): HTMLElement {
  const c = doc.createElement('span');
  c.className = 'standin-caret standin-selected';
  return c;
}

/** The paragraph and offset of a DOM point inside the page, or null outside the text. */
function modelPoint(
  node: Node | null,
  offset: number,
): { paragraph: number; offset: number } | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const p = element?.closest('p[data-paragraph]');
  if (!p || !element) return null;
  const paragraph = Number((p as HTMLElement).dataset.paragraph);
  const span = element.closest('span[data-start]') as HTMLElement | null;
  if (!span) return { paragraph, offset: 0 };
  const base = Number(span.dataset.start);
  return { paragraph, offset: base + (node instanceof Text ? offset : 0) };
}

/** The smallest single replacement turning `before` into `after`. */
function diff(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) {
    tail++;
  }
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/** Renders now and after every change of the model; returns a function that stops. */
export function renderDocument(model: DocumentModel, container: HTMLElement): () => void {
  const doc = container.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  container.append(style);
  const page = doc.createElement('div');
  page.className = 'standin-doc';
  page.setAttribute('role', 'document');
  page.setAttribute('aria-label', '模拟 Word 文档 / Simulated Word document');
  // Editable so a person can change text under the add-in (e.g. to see a fix go stale).
  page.contentEditable = 'true';
  page.spellcheck = false;
  container.append(page);

  let typing = false;
  const draw = () => {
    if (typing) return; // redrawing would move the caret while the user types
    const children: HTMLElement[] = [];
    model.paragraphs.forEach((para, index) => {
      children.push(renderParagraph(doc, model, para, index));
      for (const comment of model.comments.filter((c) => c.range.para === para)) {
        const note = doc.createElement('aside');
        note.contentEditable = 'false';
        note.textContent = `批注：${comment.text}`;
        children.push(note);
      }
    });
    page.replaceChildren(...children);
    page.querySelector('.standin-selected')?.scrollIntoView?.({ block: 'center' });
  };

  const onInput = () => {
    typing = true;
    try {
      for (const p of page.querySelectorAll<HTMLElement>('p[data-paragraph]')) {
        const para = model.paragraphs[Number(p.dataset.paragraph)];
        const label = p.querySelector('.standin-list-label')?.textContent ?? '';
        const text = (p.textContent ?? '').slice(label.length);
        if (!para || para.text === text) continue;
        const change = diff(para.text, text);
        model.replace(para, change.start, change.end, change.text);
      }
    } finally {
      typing = false;
    }
  };
  const onSelection = () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0 || !page.contains(selection.anchorNode)) return;
    const range = selection.getRangeAt(0);
    const start = modelPoint(range.startContainer, range.startOffset);
    const end = modelPoint(range.endContainer, range.endOffset);
    const para = start && model.paragraphs[start.paragraph];
    if (!start || !end || !para) return;
    // The fake keeps ranges inside one paragraph, so a selection stops at its paragraph's end.
    const last = end.paragraph === start.paragraph ? end.offset : para.text.length;
    model.selection = model.track(para, start.offset, Math.max(start.offset, last));
  };
  page.addEventListener('input', onInput);
  doc.addEventListener('selectionchange', onSelection);
  draw();
  const unsubscribe = model.subscribe(draw);
  return () => {
    unsubscribe();
    page.removeEventListener('input', onInput);
    doc.removeEventListener('selectionchange', onSelection);
  };
}
