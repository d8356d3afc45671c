/**
 * `annotateDocx`: a copy of a .docx in which every finding is a Word comment anchored exactly on
 * the flagged text, optionally highlighted by severity. Everything else (existing comments,
 * tracked changes, fields, footnotes, headers, formatting) is left as it was.
 *
 * Highlight colours (Word's names in brackets): error → magenta ("Pink"), warning → yellow
 * ("Yellow"), info → cyan ("Turquoise").
 */
import type { Finding, Locale, Severity } from '../core';
import { storyParagraphs, type BodyParagraph, type RunSpan } from './body';
import { DocxError } from './errors';
import { relsPathOf } from './parts';
import { loadDocx, type LoadedDocx } from './read';
import {
  attrOf,
  buildXml,
  childrenOf,
  deepClone,
  element,
  firstChild,
  innerText,
  nameOf,
  parseXml,
  rootOf,
  textNode,
  type XmlNode,
} from './xml';

export interface AnnotateOptions {
  /** Also highlight the flagged text by severity. */
  highlight: boolean;
  /** Comment author; default "讲稿助手". */
  author?: string;
  /** Comment author's initials; default "讲稿". */
  initials?: string;
  /** Language of the labels the comments add around each message; default zh-CN. */
  locale?: Locale;
  /** The comments' date, "2026-11-21T09:30:00Z" or "2026-11-21"; comments carry no date when absent. */
  date?: string;
}

export const HIGHLIGHT_COLORS: Record<Severity, string> = {
  error: 'magenta',
  warning: 'yellow',
  info: 'cyan',
};

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const COMMENTS_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const LABELS: Record<
  Locale,
  { severity: Record<Severity, string>; fix: string; suggestions: string }
> = {
  'zh-CN': {
    severity: { error: '错误', warning: '警告', info: '提示' },
    fix: '建议改为：',
    suggestions: '可考虑：',
  },
  'en-US': {
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    fix: 'Replace with: ',
    suggestions: 'Consider: ',
  },
};

/**
 * rPr children that come before `w:highlight` in the schema's sequence (CT_RPr); everything else
 * (w:u … w:oMath, Word 2010+ extensions such as w14:ligatures, w:rPrChange) comes after it.
 */
const BEFORE_HIGHLIGHT = new Set([
  'w:rStyle',
  'w:rFonts',
  'w:b',
  'w:bCs',
  'w:i',
  'w:iCs',
  'w:caps',
  'w:smallCaps',
  'w:strike',
  'w:dstrike',
  'w:outline',
  'w:shadow',
  'w:emboss',
  'w:imprint',
  'w:noProof',
  'w:snapToGrid',
  'w:vanish',
  'w:webHidden',
  'w:color',
  'w:spacing',
  'w:w',
  'w:kern',
  'w:position',
  'w:sz',
  'w:szCs',
]);

/** Comment ids are xsd:int for Word: a new id never goes past this. */
const MAX_COMMENT_ID = 2_147_483_647;

const STRICT_W_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const STRICT_COMMENTS_TYPE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments';

function tElement(text: string): XmlNode {
  return element('w:t', { 'xml:space': 'preserve' }, [textNode(text)]);
}

/** Splits a run so that every cut (strictly inside it) falls on a run boundary; rPr is copied to each piece. */
function splitRun(span: RunSpan, cuts: readonly number[]): RunSpan[] {
  const inner = cuts.filter((cut) => cut > span.start && cut < span.end);
  if (inner.length === 0) return [span];
  const children = childrenOf(span.run);
  const rPr = firstChild(span.run, 'w:rPr');
  const items = new Map(span.items.map((item) => [item.index, item]));
  const pieces: { children: XmlNode[]; start: number; end: number }[] = [];
  let current = { children: [] as XmlNode[], start: span.start, end: span.start };
  let next = 0;
  const close = (at: number): void => {
    pieces.push(current);
    current = { children: [], start: at, end: at };
  };
  children.forEach((child, index) => {
    if (child === rPr) return;
    const item = items.get(index);
    if (item === undefined) {
      current.children.push(child);
      return;
    }
    for (; next < inner.length && inner[next]! <= item.start; next++) {
      if (inner[next] === item.start && current.end > current.start) close(item.start);
    }
    if (nameOf(child) === 'w:t') {
      let text = innerText(child);
      let at = item.start;
      for (; next < inner.length && inner[next]! < item.end; next++) {
        const cut = inner[next]!;
        current.children.push(tElement(text.slice(0, cut - at)));
        current.end = cut;
        close(cut);
        text = text.slice(cut - at);
        at = cut;
      }
      current.children.push(at === item.start ? child : tElement(text));
    } else {
      current.children.push(child);
    }
    current.end = item.end;
  });
  pieces.push(current);

  const attrs = span.run[':@'];
  const runs = pieces.map((piece) => {
    const run: XmlNode = {
      'w:r': rPr === undefined ? piece.children : [deepClone(rPr), ...piece.children],
    };
    if (attrs !== undefined) run[':@'] = structuredClone(attrs);
    return { run, parent: span.parent, start: piece.start, end: piece.end, items: [] };
  });
  const at = span.parent.indexOf(span.run);
  span.parent.splice(at, 1, ...runs.map((piece) => piece.run));
  return runs;
}

function setHighlight(run: XmlNode, color: string): void {
  const children = childrenOf(run);
  let rPr = firstChild(run, 'w:rPr');
  if (rPr === undefined) {
    rPr = element('w:rPr');
    children.unshift(rPr);
  }
  const props = childrenOf(rPr);
  const highlight = element('w:highlight', { 'w:val': color });
  const existing = props.findIndex((child) => nameOf(child) === 'w:highlight');
  if (existing !== -1) {
    props[existing] = highlight;
    return;
  }
  const before = props.findIndex((child) => !BEFORE_HIGHLIGHT.has(nameOf(child)));
  props.splice(before === -1 ? props.length : before, 0, highlight);
}

function insertBefore(parent: XmlNode[], anchor: XmlNode, nodes: XmlNode[]): void {
  parent.splice(parent.indexOf(anchor), 0, ...nodes);
}

function insertAfter(parent: XmlNode[], anchor: XmlNode, nodes: XmlNode[]): void {
  parent.splice(parent.indexOf(anchor) + 1, 0, ...nodes);
}

function referenceRun(id: number): XmlNode {
  return element('w:r', {}, [element('w:commentReference', { 'w:id': String(id) })]);
}

interface Anchored {
  finding: Finding;
  id: number;
}

/** Splits, highlights and marks one paragraph. */
function annotateParagraph(
  paragraph: BodyParagraph,
  anchored: Anchored[],
  highlight: boolean,
): void {
  const cuts = [
    ...new Set(
      anchored.flatMap(({ finding }) => [finding.offset, finding.offset + finding.length]),
    ),
  ].sort((a, b) => a - b);
  const runs = (paragraph.runs ?? []).flatMap((span) => splitRun(span, cuts));

  if (highlight) {
    for (const span of runs) {
      let worst: Severity | undefined;
      for (const { finding } of anchored) {
        const covers =
          finding.length > 0 &&
          finding.offset <= span.start &&
          finding.offset + finding.length >= span.end;
        if (
          covers &&
          (worst === undefined || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst])
        )
          worst = finding.severity;
      }
      if (worst !== undefined) setHighlight(span.run, HIGHLIGHT_COLORS[worst]);
    }
  }

  const paragraphChildren = childrenOf(paragraph.node);
  for (const { finding, id } of anchored) {
    const start = element('w:commentRangeStart', { 'w:id': String(id) });
    const end = element('w:commentRangeEnd', { 'w:id': String(id) });
    const first =
      finding.length === 0 ? undefined : runs.find((span) => span.start === finding.offset);
    const last =
      finding.length === 0
        ? undefined
        : runs.find((span) => span.end === finding.offset + finding.length);
    if (first === undefined || last === undefined) {
      // A list label (length 0): a point comment at the start of the paragraph.
      const pPr = firstChild(paragraph.node, 'w:pPr');
      const at = pPr === undefined ? 0 : paragraphChildren.indexOf(pPr) + 1;
      paragraphChildren.splice(at, 0, start, end, referenceRun(id));
      continue;
    }
    insertBefore(first.parent, first.run, [start]);
    insertAfter(last.parent, last.run, [end, referenceRun(id)]);
  }
}

function commentText(finding: Finding, locale: Locale): string[] {
  const labels = LABELS[locale];
  const lines = [`【${labels.severity[finding.severity]}】${finding.rule}：${finding.message}`];
  if (finding.fix !== undefined) lines.push(`${labels.fix}${finding.fix.replacement}`);
  else if (finding.suggestions !== undefined && finding.suggestions.length > 0)
    lines.push(`${labels.suggestions}${finding.suggestions.join(' / ')}`);
  return lines;
}

function commentElement(id: number, finding: Finding, options: AnnotateOptions): XmlNode {
  const attrs: Record<string, string> = {
    'w:id': String(id),
    'w:author': options.author ?? '讲稿助手',
    'w:initials': options.initials ?? '讲稿',
  };
  // w:date is an xsd:dateTime: a bare date gets midnight UTC.
  if (options.date !== undefined)
    attrs['w:date'] = /^\d{4}-\d{2}-\d{2}$/.test(options.date)
      ? `${options.date}T00:00:00Z`
      : options.date;
  const paragraphs = commentText(finding, options.locale ?? 'zh-CN').map((line, i) => {
    const runs = [element('w:r', {}, [tElement(line)])];
    if (i === 0) runs.unshift(element('w:r', {}, [element('w:annotationRef')]));
    return element('w:p', {}, runs);
  });
  return element('w:comment', attrs, paragraphs);
}

const COMMENT_MARKERS = new Set([
  'w:comment',
  'w:commentRangeStart',
  'w:commentRangeEnd',
  'w:commentReference',
]);

/** The ids comments already use: `w:comment` elements and their marks (not bookmarks, revisions…). */
function collectCommentIds(nodes: XmlNode[], into: Set<number>): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '') continue;
    if (COMMENT_MARKERS.has(name)) {
      const id = Number(attrOf(node, 'w:id'));
      if (Number.isSafeInteger(id)) into.add(id);
    }
    collectCommentIds(childrenOf(node), into);
  }
}

/**
 * `count` new comment ids: after the largest comment id, or, when that would pass the 32-bit
 * limit (Word's random ids), the smallest free ones.
 */
export function newCommentIds(used: ReadonlySet<number>, count: number): number[] {
  const largest = Math.max(-1, ...used);
  if (largest + count <= MAX_COMMENT_ID)
    return Array.from({ length: count }, (_, i) => largest + 1 + i);
  const ids: number[] = [];
  for (let id = 0; ids.length < count && id <= MAX_COMMENT_ID; id++)
    if (!used.has(id)) ids.push(id);
  return ids;
}

function checkFinding(finding: Finding, index: number, paragraphs: readonly BodyParagraph[]): void {
  const paragraph = paragraphs[finding.paragraph];
  const where = `finding ${index + 1} (${finding.rule})`;
  if (paragraph === undefined)
    throw new DocxError(
      `${where} points at paragraph ${finding.paragraph}, but the document has ${paragraphs.length}`,
    );
  const end = finding.offset + finding.length;
  if (finding.offset < 0 || finding.length < 0 || end > paragraph.text.length) {
    throw new DocxError(`${where} lies outside paragraph ${finding.paragraph}`);
  }
  if (paragraph.text.slice(finding.offset, end) !== finding.text) {
    throw new DocxError(
      `${where} no longer matches the text of paragraph ${finding.paragraph}: check the file again`,
    );
  }
}

/** Adds the comments part, its relationship and its content type, or returns the existing part. */
async function commentsPart(
  loaded: LoadedDocx,
): Promise<{ part: string; tree: XmlNode[]; root: XmlNode }> {
  const { pkg, mainPart } = loaded;
  // A Strict package gets a Strict comments part: one conformance class per package.
  const strict = attrOf(loaded.mainRoot, 'xmlns:w') === STRICT_W_NS;
  const rel = loaded.rels.find((candidate) => candidate.kind === 'comments' && !candidate.external);
  if (rel !== undefined && pkg.has(rel.target)) {
    const xml = (await pkg.readText(rel.target))!;
    const tree = parseXml(xml, rel.target);
    return { part: rel.target, tree, root: rootOf(tree, rel.target) };
  }
  const folder = mainPart.slice(0, mainPart.lastIndexOf('/') + 1);
  let name = 'comments.xml';
  for (let n = 1; pkg.has(folder + name); n++) name = `comments${n}.xml`;
  const part = folder + name;

  const relsPath = relsPathOf(mainPart);
  const relsXml =
    (await pkg.readText(relsPath)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relsTree = parseXml(relsXml, relsPath);
  const relsRoot = rootOf(relsTree, relsPath);
  const ids = new Set(childrenOf(relsRoot).map((node) => attrOf(node, 'Id')));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  childrenOf(relsRoot).push(
    element('Relationship', {
      Id: `rId${n}`,
      Type: strict ? STRICT_COMMENTS_TYPE : COMMENTS_TYPE,
      Target: name,
    }),
  );
  pkg.write(relsPath, buildXml(relsTree));

  const typesPath = '[Content_Types].xml';
  const typesXml = await pkg.readText(typesPath);
  if (typesXml === undefined)
    throw new DocxError('missing [Content_Types].xml: cannot add a comments part');
  const typesTree = parseXml(typesXml, typesPath);
  const typesRoot = rootOf(typesTree, typesPath);
  const overrides = childrenOf(typesRoot);
  if (!overrides.some((node) => attrOf(node, 'PartName') === `/${part}`)) {
    overrides.push(
      element('Override', { PartName: `/${part}`, ContentType: COMMENTS_CONTENT_TYPE }),
    );
  }
  pkg.write(typesPath, buildXml(typesTree));

  const tree = [
    element('?xml', { version: '1.0', encoding: 'UTF-8', standalone: 'yes' }, [textNode('')]),
    element('w:comments', { 'xmlns:w': strict ? STRICT_W_NS : W_NS }),
  ];
  return { part, tree, root: tree[1]! };
}

/**
 * Writes a copy of `bytes` with every finding as a comment by "讲稿助手" anchored on its text
 * (findings with length 0, about list labels, get a point comment at the paragraph start), and
 * with `highlight` the flagged text highlighted by severity (HIGHLIGHT_COLORS).
 *
 * `findings` must come from checking this very file (paragraph/offset/length in the units that
 * `readDocx` produced); a finding whose `text` no longer matches throws DocxError. Reading the
 * result back gives the same paragraph texts, so checking it again gives the same findings.
 */
export async function annotateDocx(
  bytes: Uint8Array,
  findings: readonly Finding[],
  options: AnnotateOptions,
): Promise<Uint8Array> {
  const loaded = await loadDocx(bytes);
  const paragraphs = storyParagraphs(loaded.mainRoot, { withRuns: true });
  findings.forEach((finding, index) => checkFinding(finding, index, paragraphs));
  if (findings.length === 0) return bytes;

  const comments = await commentsPart(loaded);
  const used = new Set<number>();
  collectCommentIds(loaded.mainTree, used);
  collectCommentIds(comments.tree, used);
  const ids = newCommentIds(used, findings.length);
  let nextId = 0;

  const byParagraph = new Map<number, Anchored[]>();
  const ordered = [...findings].sort(
    (a, b) => a.paragraph - b.paragraph || a.offset - b.offset || a.rule.localeCompare(b.rule),
  );
  const commentNodes = childrenOf(comments.root);
  for (const finding of ordered) {
    const id = ids[nextId++]!;
    commentNodes.push(commentElement(id, finding, options));
    const list = byParagraph.get(finding.paragraph) ?? [];
    list.push({ finding, id });
    byParagraph.set(finding.paragraph, list);
  }
  for (const [index, anchored] of byParagraph)
    annotateParagraph(paragraphs[index]!, anchored, options.highlight);

  loaded.pkg.write(loaded.mainPart, buildXml(loaded.mainTree));
  loaded.pkg.write(comments.part, buildXml(comments.tree));
  return loaded.pkg.generate();
}
