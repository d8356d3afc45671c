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
    return parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw new DocxError(
      `malformed XML in ${part}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
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
