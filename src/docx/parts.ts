/** Finds a package's parts through its relationships (`_rels/.rels`, `word/_rels/document.xml.rels`). */
import type { DocxPackage } from './package';
import { attrOf, childrenOf, nameOf, parseXml, rootOf } from './xml';

export interface Relationship {
  id: string;
  /** The relationship type's last path segment, e.g. "styles", "header", "comments". */
  kind: string;
  type: string;
  /** Package path of the target, resolved against the source part. */
  target: string;
  external: boolean;
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative to the source part's folder, or absolute) to a package path. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  const segments: string[] = [];
  for (const segment of (base + target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export async function readRelationships(
  pkg: DocxPackage,
  sourcePart: string,
): Promise<Relationship[]> {
  const relsPath = relsPathOf(sourcePart);
  const xml = await pkg.readText(relsPath);
  if (xml === undefined) return [];
  const root = rootOf(parseXml(xml, relsPath), relsPath);
  const out: Relationship[] = [];
  for (const node of childrenOf(root)) {
    if (nameOf(node) !== 'Relationship') continue;
    const type = attrOf(node, 'Type') ?? '';
    const target = attrOf(node, 'Target') ?? '';
    const external = attrOf(node, 'TargetMode') === 'External';
    out.push({
      id: attrOf(node, 'Id') ?? '',
      type,
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    });
  }
  return out;
}

/** The main document part: from the package relationships, else the conventional path. */
export async function mainDocumentPart(pkg: DocxPackage): Promise<string | undefined> {
  const rels = await readRelationships(pkg, '');
  const main = rels.find(
    (rel) => rel.kind === 'officeDocument' && !rel.external && pkg.has(rel.target),
  );
  if (main) return main.target;
  return pkg.has('word/document.xml') ? 'word/document.xml' : undefined;
}
