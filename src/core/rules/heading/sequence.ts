/**
 * heading/sequence: a heading number that skips, repeats or runs backwards within its level, or
 * does not restart under a new parent (（三） continuing under 二、 where （一） belongs).
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport, SpeechDocument } from '../../engine/types';
import { formatMarker, type HeadingNode, type Outline } from '../../text/headings';
import { afterLeadIn, markerRange, outlineOf, shownMarker, siblingGroups } from './outline';

type Problem = 'skip' | 'repeat' | 'backwards' | 'notRestarted';

export const headingSequence = defineRule({
  id: 'heading/sequence',
  title: { zh: '标题序号不连续', en: 'Heading numbers out of sequence' },
  description: {
    zh: '同级标题序号跳号、重复、倒序，或在新的上级标题下没有从头编号。',
    en: 'A heading number skips, repeats or runs backwards within its level, or does not restart under a new parent heading.',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    skip: {
      zh: '标题序号跳号：此处为“{actual}”，按顺序应为“{expected}”',
      en: 'Heading number skips: “{actual}” where “{expected}” comes next',
    },
    repeat: {
      zh: '标题序号重复：“{actual}”已出现过，按顺序应为“{expected}”',
      en: 'Heading number repeats: “{actual}” again where “{expected}” comes next',
    },
    backwards: {
      zh: '标题序号倒序：“{actual}”出现在“{previous}”之后，按顺序应为“{expected}”',
      en: 'Heading number runs backwards: “{actual}” after “{previous}”, where “{expected}” comes next',
    },
    notRestarted: {
      zh: '“{actual}”在新的上级标题“{parent}”之下，序号应从“{expected}”重新开始',
      en: '“{actual}” is under a new parent heading “{parent}”: numbering should restart at “{expected}”',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const outline = outlineOf(doc, ctx);
    const reports: RuleReport[] = [];
    const report = (
      node: HeadingNode,
      problem: Problem,
      expected: number,
      extra: Record<string, string> = {},
    ) => {
      const expectedMarker = formatMarker(node.kind, expected);
      reports.push({
        ...markerRange(node),
        messageId: problem,
        data: { actual: shownMarker(node), expected: expectedMarker, ...extra },
        suggestions: node.source === 'typed' ? [expectedMarker] : [],
      });
    };

    const before = previousOfKind(outline.headings);
    const continuous = continuouslyNumbered(outline);
    for (const group of siblingGroups(outline)) {
      let previous: HeadingNode | undefined;
      let expected = 1;
      const topLevel = outline.parentOf(group[0] as HeadingNode) === undefined;
      group.forEach((node, i) => {
        const next = group[i + 1];
        // At the top level a clean restart at 一 starts a second series (a review, then the tasks;
        // an annex): not a slip. So does a list after its own lead-in (存在一些不足： ⏎ 1. 2. 3.).
        // Otherwise, under one parent, a restart is a slip and is reported.
        // A "restart" whose next sibling carries on the old count (1. 2. 1. 4.) is a slip.
        if (
          previous !== undefined &&
          node.number === 1 &&
          next?.number !== expected + 1 &&
          (topLevel || afterLeadIn(doc, outline, node))
        ) {
          previous = node;
          expected = 2;
          return;
        }
        if (node.number !== expected) {
          if (previous === undefined) {
            const parent = outline.parentOf(node);
            const last = before.get(node.paragraph);
            const continues =
              parent !== undefined &&
              last !== undefined &&
              outline.parentOf(last) !== parent &&
              last.number + 1 === node.number;
            // Under a second 一、 that a level below carries on from the first (一、…（一）（二） 一、…
            // （三）), which of the two is out of place is a judgement call: leave it to the reader
            // rather than report a restart that the text plainly did not mean.
            if (continues && (isSecondSeries(outline, parent) || continuous.has(node.kind))) {
              // no finding
            } else if (continues) report(node, 'notRestarted', 1, { parent: shownMarker(parent) });
            else report(node, 'skip', 1);
          } else if (runInto(doc, previous, expected) && node.number === expected + 1) {
            // `3、…；4、…` ⏎ `5、…`: the missing item was run into the paragraph before (a lost
            // paragraph break), not left out.
          } else {
            const problem: Problem =
              node.number === previous.number
                ? 'repeat'
                : node.number < previous.number
                  ? 'backwards'
                  : 'skip';
            report(node, problem, expected, { previous: shownMarker(previous) });
          }
        }
        // When the next heading follows on from the number this one should have had, this one
        // was the slip (一 二 二 四): judge the next against the expected number, not the slip.
        const meant =
          node.number !== expected && next?.number === expected + 1 ? expected : node.number;
        previous = node;
        expected = meant + 1;
      });
    }
    return reports;
  },
});

/** Whether the paragraph of `previous` runs on into the item numbered `n` after a full stop or semicolon. */
function runInto(doc: SpeechDocument, previous: HeadingNode, n: number): boolean {
  const text = doc.paragraphs[previous.paragraph]?.text ?? '';
  const numeral =
    previous.kind === 'arabic'
      ? String(n)
      : formatMarker(previous.kind, n).replace(/[、.．]$/u, '');
  if (!/^\d+$|^[一二三四五六七八九十]+$/u.test(numeral)) return false;
  return new RegExp(`[；;。]\\s*${numeral}[、.．]`, 'u').test(text);
}

/**
 * Kinds numbered straight through their parents (一、 1. 2. 3. 二、 4. 5. 三、 6. …: a plan's 24
 * items over five sections): every group after the first carries on from the one before, in
 * order, at least twice. A plain style, not a failure to restart.
 */
function continuouslyNumbered(outline: Outline): Set<string> {
  const kinds = new Set<string>();
  const byKind = new Map<string, HeadingNode[][]>();
  for (const group of siblingGroups(outline)) {
    if (outline.parentOf(group[0] as HeadingNode) === undefined) continue;
    const kind = (group[0] as HeadingNode).kind;
    byKind.set(kind, [...(byKind.get(kind) ?? []), group]);
  }
  for (const [kind, groups] of byKind) {
    if (groups.length < 3) continue;
    const flat = groups.flat();
    const inOrder = flat.every((h, i) => h.number === i + 1);
    if (inOrder) kinds.add(kind);
  }
  return kinds;
}

/** A top-level 一 that follows other top-level headings of its kind: the start of a second series. */
function isSecondSeries(outline: Outline, heading: HeadingNode): boolean {
  if (outline.parentOf(heading) !== undefined || heading.number !== 1) return false;
  return outline.headings.some(
    (h) =>
      h.paragraph < heading.paragraph &&
      h.kind === heading.kind &&
      outline.parentOf(h) === undefined,
  );
}

/** For each heading (by its paragraph), the last heading of its kind before it, if any. */
function previousOfKind(headings: readonly HeadingNode[]): Map<number, HeadingNode> {
  const previous = new Map<number, HeadingNode>();
  const lastOfKind = new Map<string, HeadingNode>();
  for (const h of headings) {
    const last = lastOfKind.get(h.kind);
    if (last) previous.set(h.paragraph, last);
    lastOfKind.set(h.kind, h);
  }
  return previous;
}
