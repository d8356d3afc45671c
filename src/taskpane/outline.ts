/**
 * The speech's heading outline (一、 → （一） → 1. → （1）) for the 大纲 tab, from the shared
 * parser the heading rules use (`parseOutline`), reduced to what the tree shows.
 */
import type { SpeechDocument } from '../core';
import { parseOutline, type HeadingNode } from '../core/text/headings';

export interface OutlineNode {
  paragraph: number;
  /** 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）. */
  level: number;
  /** The number as written, e.g. "（二）", or Word's list label. */
  marker: string;
  /** The heading text after the marker, up to its first full stop. */
  title: string;
  children: OutlineNode[];
}

const MAX_TITLE = 40;

function toNode(heading: HeadingNode): OutlineNode {
  const title = heading.title.trim();
  return {
    paragraph: heading.paragraph,
    level: heading.level,
    marker: heading.marker.text,
    title: title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE)}…` : title,
    children: heading.children.map(toNode),
  };
}

export function outlineOf(doc: SpeechDocument): OutlineNode[] {
  return parseOutline(doc).roots.map(toNode);
}
