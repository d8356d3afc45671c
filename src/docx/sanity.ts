/**
 * OOXML sanity checks for annotated copies: the comments part, its relationship and content type
 * exist, and every comment has a range start, a range end (after the start) and a reference;
 * and the package itself follows the Open Packaging Conventions (`packageProblems`).
 */
import JSZip from 'jszip';
import { DocxPackage } from './package';
import { mainDocumentPart, readRelationships, resolveTarget } from './parts';
import { attrOf, childrenOf, nameOf, parseXml, rootOf, type XmlNode } from './xml';

const COMMENTS_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const MARKERS = ['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference'] as const;

function collectMarkers(
  nodes: XmlNode[],
  found: Map<string, Map<string, number[]>>,
  counter: { at: number },
): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if ((MARKERS as readonly string[]).includes(name)) {
      const id = attrOf(node, 'w:id') ?? '';
      const byName = found.get(id) ?? new Map<string, number[]>();
      byName.set(name, [...(byName.get(name) ?? []), counter.at++]);
      found.set(id, byName);
    }
    if (name !== '') collectMarkers(childrenOf(node), found, counter);
  }
}

/**
 * Problems found, one line each, package problems (`packageProblems`) first; an empty list means
 * a clean package whose comments are well formed.
 */
export async function commentIntegrityProblems(bytes: Uint8Array): Promise<string[]> {
  const pkg = await DocxPackage.open(bytes);
  const problems: string[] = await packageProblems(bytes);
  const mainPart = await mainDocumentPart(pkg);
  if (mainPart === undefined) return [...problems, 'missing main document part'];
  const rel = (await readRelationships(pkg, mainPart)).find(
    (candidate) => candidate.kind === 'comments',
  );
  if (rel === undefined) return [...problems, 'no comments relationship from the main document'];
  if (!pkg.has(rel.target))
    return [...problems, `the comments relationship points at a missing part ${rel.target}`];

  const types = rootOf(
    parseXml((await pkg.readText('[Content_Types].xml')) ?? '', '[Content_Types].xml'),
    '[Content_Types].xml',
  );
  const typed = childrenOf(types).some(
    (node) =>
      nameOf(node) === 'Override' &&
      attrOf(node, 'PartName') === `/${rel.target}` &&
      attrOf(node, 'ContentType') === COMMENTS_CONTENT_TYPE,
  );
  if (!typed) problems.push(`no content type override for /${rel.target}`);

  const commentsRoot = rootOf(parseXml((await pkg.readText(rel.target))!, rel.target), rel.target);
  const commentIds = childrenOf(commentsRoot)
    .filter((node) => nameOf(node) === 'w:comment')
    .map((node) => attrOf(node, 'w:id') ?? '');
  const seen = new Set<string>();
  for (const id of commentIds) {
    if (seen.has(id)) problems.push(`comment id ${id} is used twice`);
    seen.add(id);
  }

  const found = new Map<string, Map<string, number[]>>();
  collectMarkers(parseXml((await pkg.readText(mainPart))!, mainPart), found, { at: 0 });
  for (const id of commentIds) {
    const markers = found.get(id);
    for (const marker of MARKERS) {
      const count = markers?.get(marker)?.length ?? 0;
      if (count !== 1) problems.push(`comment ${id} has ${count} ${marker}`);
    }
    const start = markers?.get('w:commentRangeStart')?.[0];
    const end = markers?.get('w:commentRangeEnd')?.[0];
    if (start !== undefined && end !== undefined && end < start)
      problems.push(`comment ${id} ends before it starts`);
  }
  for (const id of found.keys())
    if (!seen.has(id)) problems.push(`the document marks comment ${id}, which comments.xml lacks`);
  return problems;
}

/** The source part of a relationships part: `word/_rels/document.xml.rels` → `word/document.xml`. */
function sourceOfRels(relsPart: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  if (match === null) return undefined;
  return `${match[1]}${match[2]}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Open Packaging Conventions problems of a package, one line each: folder entries, part names
 * that are not valid, parts without a content type, overrides for missing parts, relationships
 * whose source or target part is missing. An empty list means a clean package.
 */
export async function packageProblems(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  const parts: string[] = [];
  const lower = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || name.endsWith('/')) {
      problems.push(`folder entry ${name} (a package holds parts only)`);
      continue;
    }
    if (
      name.startsWith('/') ||
      name.includes('\\') ||
      name.split('/').some((segment) => segment === '' || segment.endsWith('.'))
    )
      problems.push(`invalid part name ${name}`);
    const folded = name.toLowerCase();
    if (lower.has(folded))
      problems.push(`part names ${lower.get(folded)} and ${name} differ only in case`);
    lower.set(folded, name);
    parts.push(name);
  }
  const has = (name: string): boolean => lower.has(name.toLowerCase());

  const typesXml = await zip.file('[Content_Types].xml')?.async('string');
  if (typesXml === undefined) return [...problems, 'missing [Content_Types].xml'];
  const types = rootOf(parseXml(typesXml, '[Content_Types].xml'), '[Content_Types].xml');
  const defaults = new Set<string>();
  const overrides = new Set<string>();
  for (const node of childrenOf(types)) {
    if (nameOf(node) === 'Default') defaults.add((attrOf(node, 'Extension') ?? '').toLowerCase());
    if (nameOf(node) === 'Override') {
      const partName = attrOf(node, 'PartName') ?? '';
      overrides.add(partName.toLowerCase());
      if (!has(safeDecode(partName.slice(1))))
        problems.push(`content type override for a missing part ${partName}`);
    }
  }
  for (const part of parts) {
    if (part === '[Content_Types].xml') continue;
    const extension = part.includes('.') ? part.slice(part.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!overrides.has(`/${part}`.toLowerCase()) && !defaults.has(extension))
      problems.push(`no content type for ${part}`);
  }

  for (const relsPart of parts.filter((part) => part.endsWith('.rels'))) {
    const source = sourceOfRels(relsPart);
    if (source === undefined) {
      problems.push(`relationships part ${relsPart} is not in a _rels folder`);
      continue;
    }
    if (source !== '' && !has(source))
      problems.push(`relationships part ${relsPart} belongs to a missing part ${source}`);
    const root = rootOf(parseXml(await zip.file(relsPart)!.async('string'), relsPart), relsPart);
    const ids = new Set<string>();
    for (const node of childrenOf(root)) {
      if (nameOf(node) !== 'Relationship') continue;
      const id = attrOf(node, 'Id') ?? '';
      if (ids.has(id)) problems.push(`${relsPart}: relationship id ${id} is used twice`);
      ids.add(id);
      if (attrOf(node, 'TargetMode') === 'External') continue;
      const target = safeDecode((attrOf(node, 'Target') ?? '').split('#')[0]!);
      if (target === '') continue;
      const resolved = resolveTarget(source, target);
      if (!has(resolved))
        problems.push(`${relsPart}: relationship ${id} points at a missing part ${resolved}`);
    }
  }
  return problems;
}
