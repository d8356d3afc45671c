/**
 * An OOXML sanity check for annotated copies: the comments part, its relationship and content type
 * exist, and every comment has a range start, a range end (after the start) and a reference.
 */
import { DocxPackage } from './package';
import { mainDocumentPart, readRelationships } from './parts';
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

/** Problems found, one line each; an empty list means the comments are well formed. */
export async function commentIntegrityProblems(bytes: Uint8Array): Promise<string[]> {
  const pkg = await DocxPackage.open(bytes);
  const problems: string[] = [];
  const mainPart = await mainDocumentPart(pkg);
  if (mainPart === undefined) return ['missing main document part'];
  const rel = (await readRelationships(pkg, mainPart)).find(
    (candidate) => candidate.kind === 'comments',
  );
  if (rel === undefined) return ['no comments relationship from the main document'];
  if (!pkg.has(rel.target))
    return [`the comments relationship points at a missing part ${rel.target}`];

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
