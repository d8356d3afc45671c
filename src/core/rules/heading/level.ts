/**
 * heading/level: a heading level used out of order, per GB/T 9704 (一、 → （一） → 1. → （1））:
 * （1） directly under 一、; 1. before the first （一） of its section; a lone （一） (or a lone 一、
 * that has sub-headings) where a level needs at least two headings.
 *
 * Deliberately not flagged: 1. directly under 一、 in a section with no （一） at all (a common,
 * accepted shortening), and a lone 1. or （1）, which is often a one-item list inside a passage.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { formatMarker, type HeadingNode, type Outline } from '../../text/headings';
import { afterLeadIn, markerRange, outlineOf, shownMarker, siblingGroups } from './outline';

export const headingLevel = defineRule({
  id: 'heading/level',
  title: { zh: '标题层级使用不当', en: 'Heading level out of order' },
  description: {
    zh: '标题层级跳级或错位：一级标题下直接用“（1）”，本节“（一）”之前先出现“1.”，或某一级只有一个标题。',
    en: 'A heading level used out of order: （1） directly under 一、, 1. before the first （一） of its section, or a level with a single heading.',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    skipsLevels: {
      zh: '“{actual}”直接位于一级标题“{parent}”之下：四级标题“（1）”应在“（一）”“1.”之下使用',
      en: '“{actual}” sits directly under the level-1 heading “{parent}”: level 4 （1） belongs under （一） and 1.',
    },
    beforeSecondLevel: {
      zh: '“{actual}”出现在本节第一个二级标题“{second}”之前：三级标题“1.”应在“（一）”之下使用',
      en: '“{actual}” comes before the section’s first level-2 heading “{second}”: level 3 1. belongs under （一）',
    },
    ladder: {
      zh: '本文在“{upper}”之下再分“{lower}”，与 GB/T 9704—2012 的层级次序（一、（一）1.（1））不同；如无特别要求，建议按标准次序调整',
      en: 'This document puts “{lower}” under “{upper}”, unlike the GB/T 9704-2012 order (一、 （一） 1. （1））; consider the standard order',
    },
    lone: {
      zh: '本级只有“{actual}”一个标题：分级至少要有两个同级标题，否则不必编号',
      en: 'Only one heading “{actual}” at this level: a level needs at least two headings, or no number at all',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const outline = outlineOf(doc, ctx);
    const reports: RuleReport[] = [];

    // One warning per unconventional pair of levels, where the document first shows it. A
    // compilation numbering its parts above each part's 一、 (1. 张三 ⏎ 一、…) is not a ladder slip.
    for (const { upper, lower, at } of outline.inversions) {
      if (lower === 'chinese') continue;
      const parent = outline.parentOf(at);
      reports.push({
        ...markerRange(at),
        messageId: 'ladder',
        data: {
          upper: parent ? shownMarker(parent) : formatMarker(upper, 1),
          lower: shownMarker(at),
        },
      });
    }

    const visit = (parent: HeadingNode) => {
      if (parent.kind === 'chinese') {
        const firstSecond = parent.children.find((c) => c.kind === 'chinese-paren');
        let previousKind: string | undefined;
        for (const child of parent.children) {
          const startsRun = child.kind !== previousKind;
          previousKind = child.kind;
          if (!startsRun) continue;
          if (child.kind === 'arabic-paren') {
            reports.push({
              ...markerRange(child),
              messageId: 'skipsLevels',
              data: { actual: shownMarker(child), parent: shownMarker(parent) },
            });
          } else if (
            child.kind === 'arabic' &&
            firstSecond &&
            child.paragraph < firstSecond.paragraph &&
            // 主要做了以下工作： ⏎ 1. 2. 3. is a list in the passage, not a misplaced level.
            !afterLeadIn(doc, outline, child)
          ) {
            reports.push({
              ...markerRange(child),
              messageId: 'beforeSecondLevel',
              data: { actual: shownMarker(child), second: shownMarker(firstSecond) },
            });
          }
        }
      }
      parent.children.forEach(visit);
    };
    outline.roots.forEach(visit);

    for (const group of siblingGroups(outline)) {
      const only = group[0] as HeadingNode;
      if (group.length !== 1 || only.number !== 1) continue;
      // Where the text stops inside the lone heading's section, it may be an excerpt: a second
      // heading could follow in the full text.
      if (endsInside(outline, only)) continue;
      const isLoneSecond =
        only.kind === 'chinese-paren' && outline.parentOf(only)?.kind === 'chinese';
      const isLoneFirst = only.kind === 'chinese' && only.children.length > 0;
      if (isLoneSecond || isLoneFirst) {
        reports.push({
          ...markerRange(only),
          messageId: 'lone',
          data: { actual: shownMarker(only) },
        });
      }
    }
    return reports;
  },
});

/**
 * Whether the text stops inside this heading's section before a second heading could show up at
 * any level under it (一、 ⏎ （一）… and then nothing): an excerpt, not a structure to judge.
 */
function endsInside(outline: Outline, node: HeadingNode): boolean {
  const last = outline.headings[outline.headings.length - 1];
  let level: HeadingNode[] = [node];
  let holdsLast = false;
  while (level.length > 0) {
    if (level.length > 1) return false;
    const only = level[0] as HeadingNode;
    if (only === last) holdsLast = true;
    level = only.children;
  }
  return holdsLast;
}
