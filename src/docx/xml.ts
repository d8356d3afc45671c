/**
 * XML parts as fast-xml-parser's ordered trees (`preserveOrder: true` keeps run order), with
 * DTDs refused before parsing (no entity expansion, ever) and errors that name the part.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocxError } from './errors';

/** One ordered node: `{ "w:p": [children], ":@": { "@_w:rsidR": "…" } }` or `{ "#text": "…" }`. */
export type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';
const PREFIX = '@_';

const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: PREFIX,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Decodes numeric character references (&#x4E2D;) too, so text and round trips stay exact.
  htmlEntities: true,
  maxNestedTags: 400,
} as const;

const parser = new XMLParser(options);
const builder = new XMLBuilder({
  ...options,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

/** Parses one part; throws DocxError naming the part on a DTD or malformed XML. */
export function parseXml(xml: string, part: string): XmlNode[] {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) {
    throw new DocxError(
      `${part} declares a DTD or entities (<!DOCTYPE/<!ENTITY), refused for safety`,
      `${part} 含有 DTD 或实体声明（<!DOCTYPE/<!ENTITY），出于安全考虑拒绝读取`,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new DocxError(
      `malformed XML in ${part} at line ${valid.err.line}: ${valid.err.msg}`,
      `${part} 第 ${valid.err.line} 行 XML 格式错误：${valid.err.msg}`,
    );
  }
  try {
    const nodes = parser.parse(xml) as XmlNode[];
    if (needsNormalizing(xml)) normalizeNamespaces(nodes, new Map(), part);
    return nodes;
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError(
      `malformed XML in ${part}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
}

/** Namespaces the reader and writer match by their conventional prefix (Transitional and Strict). */
export const CANONICAL_PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

const XMLNS = /\bxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g;

/** True when some known namespace is bound to a prefix other than its conventional one. */
function needsNormalizing(xml: string): boolean {
  for (const match of xml.matchAll(XMLNS)) {
    const canonical = CANONICAL_PREFIXES[match[2]!];
    if (canonical !== undefined && (match[1] ?? '') !== canonical) return true;
  }
  return false;
}

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * Renames elements and attributes of the known namespaces to their conventional prefixes
 * (`<document xmlns="…/main">` → `<w:document xmlns:w="…/main">`), so the rest of the code can
 * match `w:p` whatever prefix the producer chose. The XML stays equivalent: the conventional
 * binding is declared where the producer declared its own.
 */
function normalizeNamespaces(nodes: XmlNode[], inherited: Map<string, string>, part: string): void {
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === '' || name.startsWith('?')) continue;
    const attrs = node[ATTRS] as Record<string, string> | undefined;
    let scope = inherited;
    const added: Record<string, string> = {};
    for (const key of Object.keys(attrs ?? {})) {
      const attr = key.slice(PREFIX.length);
      if (attr !== 'xmlns' && !attr.startsWith('xmlns:')) continue;
      const prefix = attr === 'xmlns' ? '' : attr.slice(6);
      const uri = attrs![key]!;
      if (scope === inherited) scope = new Map(inherited);
      scope.set(prefix, uri);
      const canonical = CANONICAL_PREFIXES[uri];
      if (canonical !== undefined && canonical !== prefix) added[canonical] = uri;
    }
    for (const [canonical, uri] of Object.entries(added)) {
      const declared = attrs?.[`${PREFIX}xmlns:${canonical}`];
      if (declared !== undefined && declared !== uri)
        throw new DocxError(
          `${part} binds the prefix ${canonical}: to ${declared} next to ${uri}; cannot read it`,
          `${part} 的前缀 ${canonical}: 同时对应 ${declared} 和 ${uri}，无法读取`,
        );
      scope.set(canonical, uri);
    }
    for (const [prefix, uri] of scope) {
      const own = CANONICAL_PREFIXES[uri];
      const expected = Object.entries(CANONICAL_PREFIXES).find(([, p]) => p === prefix);
      if (expected !== undefined && own === undefined)
        throw new DocxError(
          `${part} binds the prefix ${prefix}: to ${uri}; cannot read it`,
          `${part} 的前缀 ${prefix}: 对应 ${uri}，无法读取`,
        );
    }
    const rename = (qualified: string, isAttribute: boolean): string => {
      const [prefix, local] = splitName(qualified);
      if (isAttribute && prefix === '') return qualified;
      if (prefix === 'xmlns' || prefix === 'xml') return qualified;
      const canonical = CANONICAL_PREFIXES[scope.get(prefix) ?? ''];
      return canonical === undefined || canonical === prefix ? qualified : `${canonical}:${local}`;
    };
    if (attrs !== undefined || Object.keys(added).length > 0) {
      const next: Record<string, string> = {};
      for (const [key, value] of Object.entries(attrs ?? {}))
        next[PREFIX + rename(key.slice(PREFIX.length), true)] = value;
      for (const [canonical, uri] of Object.entries(added))
        next[`${PREFIX}xmlns:${canonical}`] = uri;
      delete node[ATTRS];
      node[ATTRS] = next;
    }
    const children = childrenOf(node);
    const renamed = rename(name, false);
    if (renamed !== name) {
      const attrsNow = node[ATTRS];
      delete node[name];
      delete node[ATTRS];
      node[renamed] = children;
      if (attrsNow !== undefined) node[ATTRS] = attrsNow;
    }
    normalizeNamespaces(children, scope, part);
  }
}

export function buildXml(nodes: XmlNode[]): string {
  return builder.build(nodes) as string;
}

/** The element name of a node ('' for text). */
export function nameOf(node: XmlNode): string {
  for (const key in node) if (key !== ATTRS) return key === TEXT ? '' : key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const name = nameOf(node);
  if (name === '') return [];
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[ATTRS] as Record<string, string> | undefined;
  return attrs?.[PREFIX + name];
}

export function setAttr(node: XmlNode, name: string, value: string): void {
  const attrs = (node[ATTRS] as Record<string, string> | undefined) ?? {};
  attrs[PREFIX + name] = value;
  node[ATTRS] = attrs;
}

export function textOf(node: XmlNode): string {
  const value = node[TEXT];
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

/** The concatenated text children of an element such as `w:t`. */
export function innerText(node: XmlNode): string {
  let out = '';
  for (const child of childrenOf(node)) out += textOf(child);
  return out;
}

export function element(
  name: string,
  attrs: Record<string, string> = {},
  children: XmlNode[] = [],
): XmlNode {
  const node: XmlNode = { [name]: children };
  const keys = Object.keys(attrs);
  if (keys.length > 0)
    node[ATTRS] = Object.fromEntries(keys.map((key) => [PREFIX + key, attrs[key]!]));
  return node;
}

export function textNode(text: string): XmlNode {
  return { [TEXT]: text };
}

export function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((child) => nameOf(child) === name);
}

/** The `w:val` of a child element, e.g. valOf(pPr, 'w:pStyle'). */
export function childVal(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined) return undefined;
  const child = firstChild(node, name);
  return child === undefined ? undefined : attrOf(child, 'w:val');
}

/** The root element of a parsed part (skipping `<?xml …?>` and comments). */
export function rootOf(nodes: XmlNode[], part: string): XmlNode {
  const root = nodes.find((node) => {
    const name = nameOf(node);
    return name !== '' && !name.startsWith('?') && !name.startsWith('#');
  });
  if (root === undefined) throw new DocxError(`${part} has no root element`);
  return root;
}

export function deepClone(node: XmlNode): XmlNode {
  return structuredClone(node);
}
