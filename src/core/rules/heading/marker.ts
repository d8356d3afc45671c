/**
 * heading/marker: a heading marker not in the GB/T 9704-2012 form of its level (一、 （一） 1. （1））,
 * e.g. 一. 一， (一) （一）、 1、 (1); typed numbers mixed with Word automatic numbering at one
 * level; and a number typed in front of a Word automatic number of the same level (shown twice). The full-width period 1． is accepted by default (many offices use it and it reads the
 * same); set `acceptFullwidthPeriod: false` to require 1. exactly.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import type { HeadingNode, MarkerKind } from '../../text/headings';
import { LEVEL_NAMES, markerRange, outlineOf, shownMarker } from './outline';

export interface HeadingMarkerOptions {
  /** Accept 1． (full-width period) as a level-3 marker. */
  acceptFullwidthPeriod: boolean;
}

export const headingMarker = defineRule<HeadingMarkerOptions>({
  id: 'heading/marker',
  title: { zh: '标题序号格式不规范', en: 'Heading marker in the wrong form' },
  description: {
    zh: '标题序号不符合 GB/T 9704—2012 的层级写法（一、 （一） 1. （1）），或同一级标题混用手动序号和 Word 自动编号。',
    en: 'A heading marker not in the GB/T 9704-2012 form of its level (一、 （一） 1. （1）), or typed numbers mixed with Word automatic numbering at one level.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    wrongForm: {
      zh: '{level}标题序号“{actual}”写法不规范，应为“{expected}”（GB/T 9704—2012）',
      en: 'The {level} heading marker “{actual}” should be written “{expected}” (GB/T 9704-2012)',
    },
    duplicateNumber: {
      zh: '本段已有 Word 自动编号“{label}”，正文开头又手工输入了“{actual}”，序号会显示两次',
      en: 'This paragraph has the Word automatic number “{label}” and also a typed “{actual}”: the number shows twice',
    },
    mixedNumbering: {
      zh: '同一级标题混用了手动输入的序号和 Word 自动编号（本级手动{typed}处、自动{list}处），请统一',
      en: 'This level mixes typed heading numbers with Word automatic numbering ({typed} typed, {list} automatic); use one',
    },
  },
  defaultOptions: { acceptFullwidthPeriod: true },
  validateOptions(options) {
    const o = options as Partial<HeadingMarkerOptions>;
    if (typeof o.acceptFullwidthPeriod !== 'boolean') {
      throw new Error('heading/marker: option "acceptFullwidthPeriod" must be true or false');
    }
    return { acceptFullwidthPeriod: o.acceptFullwidthPeriod };
  },
  check(doc, ctx) {
    const outline = outlineOf(doc, ctx);
    const reports: RuleReport[] = [];

    for (const node of outline.headings) {
      const { form } = node.marker;
      const wrong =
        form === 'variant' || (form === 'fullwidth-period' && !ctx.options.acceptFullwidthPeriod);
      if (!wrong) continue;
      const level = LEVEL_NAMES[node.level] as { zh: string; en: string };
      const report: RuleReport = {
        ...markerRange(node),
        messageId: 'wrongForm',
        data: {
          actual: shownMarker(node),
          expected: node.marker.standard,
          level,
        },
      };
      // The marker is certain to be meant as this level's standard form; a marker wrapped onto the
      // next line or shown by Word's numbering is not text this fix can replace.
      if (node.source === 'typed' && node.continuedIn === undefined)
        report.fix = { replacement: node.marker.standard };
      reports.push(report);
    }

    for (const node of outline.headings) {
      const typed = node.typedDuplicate;
      if (!typed) continue;
      reports.push({
        paragraph: node.paragraph,
        offset: typed.offset,
        length: typed.length,
        messageId: 'duplicateNumber',
        data: { actual: typed.text.trim(), label: shownMarker(node) },
        fix: { replacement: '' },
      });
    }

    const byKind = new Map<MarkerKind, HeadingNode[]>();
    for (const node of outline.headings) {
      const nodes = byKind.get(node.kind);
      if (nodes) nodes.push(node);
      else byKind.set(node.kind, [node]);
    }
    for (const nodes of byKind.values()) {
      const typed = nodes.filter((n) => n.source === 'typed');
      const list = nodes.filter((n) => n.source === 'list');
      if (typed.length === 0 || list.length === 0) continue;
      const minority = list.length < typed.length ? list : typed;
      for (const node of minority) {
        reports.push({
          ...markerRange(node),
          messageId: 'mixedNumbering',
          data: { typed: typed.length, list: list.length },
        });
      }
    }
    return reports;
  },
});
