/** Helpers the heading rules share: one outline parse per check, and how to show a marker. */
import type { RuleContext, RuleReport, SpeechDocument } from '../../engine/types';
import { OUTLINE_KEY, parseOutline, type HeadingNode, type Outline } from '../../text/headings';

export function outlineOf(doc: SpeechDocument, ctx: RuleContext<object>): Outline {
  return ctx.shared(OUTLINE_KEY, () => parseOutline(doc));
}

/** The marker as the reader sees it (typed text, or Word's list label). */
export function shownMarker(node: HeadingNode): string {
  return node.marker.text.trim();
}

/** Where a finding about a heading's marker goes: the typed marker, or 0/0 for a Word list label. */
export function markerRange(
  node: HeadingNode,
): Pick<RuleReport, 'paragraph' | 'offset' | 'length'> {
  return { paragraph: node.paragraph, offset: node.marker.offset, length: node.marker.length };
}

// One grouping per outline, shared by the rules that walk it (read-only).
const groupsOfOutline = new WeakMap<Outline, readonly HeadingNode[][]>();

/** The headings directly under a parent (or the top level), grouped by marker kind, in order. */
export function siblingGroups(outline: Outline): readonly HeadingNode[][] {
  let groups = groupsOfOutline.get(outline);
  if (!groups) {
    groups = groupSiblings(outline);
    groupsOfOutline.set(outline, groups);
  }
  return groups;
}

function groupSiblings(outline: Outline): HeadingNode[][] {
  const groups: HeadingNode[][] = [];
  const collect = (children: readonly HeadingNode[]) => {
    if (children.length === 0) return;
    const byKind = new Map<string, HeadingNode[]>();
    for (const child of children) {
      const group = byKind.get(child.kind) ?? [];
      group.push(child);
      byKind.set(child.kind, group);
    }
    groups.push(...byKind.values());
    for (const child of children) collect(child.children);
  };
  collect(outline.roots);
  return groups;
}

export const LEVEL_NAMES: Readonly<Record<number, { zh: string; en: string }>> = {
  1: { zh: '一级', en: 'level-1' },
  2: { zh: '二级', en: 'level-2' },
  3: { zh: '三级', en: 'level-3' },
  4: { zh: '四级', en: 'level-4' },
};

const LEAD_IN_END = /[：:]\s*$/u;

/** Whether the paragraph before a heading is prose that introduces a list (…还存在一些不足：). */
export function afterLeadIn(doc: SpeechDocument, outline: Outline, node: HeadingNode): boolean {
  for (let i = node.paragraph - 1; i >= 0; i--) {
    const text = (doc.paragraphs[i] as { text: string }).text.trim();
    if (text === '') continue;
    return !outline.isHeading(i) && LEAD_IN_END.test(text);
  }
  return false;
}
