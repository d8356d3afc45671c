/**
 * Validates parts of a .docx against the ECMA-376 transitional schemas in schemas/ooxml with
 * xmllint, after a markup-compatibility pass (schemas/ooxml/README.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildXml, childrenOf, nameOf, parseXml, rootOf, type XmlNode } from '../../src/docx/xml';

const SCHEMAS = resolve(__dirname, '../../schemas/ooxml');
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export function xmllintMissing(): string | undefined {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
    return undefined;
  } catch {
    return 'xmllint is required: install the Debian package libxml2-utils (scripts/ensure-system-deps.sh)';
  }
}

/** Keeps `mc:Fallback` of every `mc:AlternateContent`, drops what belongs to ignorable prefixes. */
function markupCompatibility(nodes: XmlNode[], ignorable: ReadonlySet<string>): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '') {
      out.push(node);
      continue;
    }
    if (name === 'mc:AlternateContent') {
      const fallback = childrenOf(node).find((child) => nameOf(child) === 'mc:Fallback');
      if (fallback !== undefined) out.push(...markupCompatibility(childrenOf(fallback), ignorable));
      continue;
    }
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
    if (ignorable.has(prefix)) continue;
    const attrs = node[':@'] as Record<string, string> | undefined;
    if (attrs !== undefined) {
      for (const key of Object.keys(attrs)) {
        const attr = key.slice(2);
        const attrPrefix = attr.includes(':') ? attr.slice(0, attr.indexOf(':')) : '';
        if (attr === 'mc:Ignorable' || ignorable.has(attrPrefix)) delete attrs[key];
      }
    }
    node[name] = markupCompatibility(childrenOf(node), ignorable);
    out.push(node);
  }
  return out;
}

/** The part after the markup-compatibility pass. */
export function compatibleXml(xml: string, part: string): string {
  const tree = parseXml(xml, part);
  const root = rootOf(tree, part);
  const attrs = (root[':@'] ?? {}) as Record<string, string>;
  const ignorable = new Set((attrs['@_mc:Ignorable'] ?? '').split(/\s+/).filter(Boolean));
  if (attrs['@_xmlns:mc'] !== undefined && attrs['@_xmlns:mc'] !== MC_NS) ignorable.clear();
  return buildXml(markupCompatibility(tree, ignorable));
}

/** xmllint's schema errors for a part, without file names and line numbers (to compare sets). */
export function schemaErrors(xml: string, part: string, schema: 'ecma' | 'opc'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ooxml-'));
  try {
    const file = join(dir, 'part.xml');
    writeFileSync(file, schema === 'ecma' ? compatibleXml(xml, part) : xml);
    try {
      execFileSync('xmllint', ['--noout', '--schema', join(SCHEMAS, `wrap-${schema}.xsd`), file], {
        stdio: 'pipe',
      });
      return [];
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? '');
      return stderr
        .split('\n')
        .filter((line) => line.startsWith(file))
        .map((line) => line.slice(file.length).replace(/^:\d+: /, ''));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
