/**
 * term/canon: a fixed political formulation written wrongly — a wrong count word
 * (`二个维护`), a listed member missing, changed or extra (`“六稳”（稳就业、稳金融…）`),
 * or an outdated member (`全面建成小康社会` in 四个全面 after 2020-10-29).
 */
import { sentenceAround, yearsIn } from '../../date';
import { canonTermsTable, type CanonTerm } from '../../data/canonTerms';
import { tableOf } from '../../data/table';
import { defineRule } from '../../engine/rule';
import { speechDateRange } from '../../engine/speechDate';
import type { RuleReport } from '../../engine/types';
import { includesAny, matchesOf } from '../../text/patterns';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Members short enough to list inline (no inner punctuation) can be checked item by item. */
type OutdatedMember = NonNullable<CanonTerm['outdatedMembers']>[number];

function listable(entry: CanonTerm): boolean {
  return entry.members.every((m) => !/[、，,]/u.test(m.text));
}

function literal(text: string): RegExp {
  return new RegExp(escape(text), 'gu');
}

interface CompiledTerm {
  entry: CanonTerm;
  members: string;
  wrongNames: { text: string; re: RegExp }[];
  /** The name's pattern, for an entry whose members can be listed inline. */
  name: RegExp | undefined;
  outdated: Map<string, RegExp>;
  /** The texts a finding of this entry starts from: a paragraph without one skips the entry. */
  needs: string[];
}

interface CompiledTable {
  terms: CompiledTerm[];
  /** Any text a finding starts from; a paragraph without one has nothing to report. */
  anyText: RegExp | undefined;
}

// Compiled once per loaded table (the CLI loads its tables once for every file it checks).
const compiledTables = new WeakMap<readonly CanonTerm[], CompiledTable>();

function compile(entries: readonly CanonTerm[]): CompiledTable {
  const cached = compiledTables.get(entries);
  if (cached) return cached;
  const texts: string[] = [];
  const terms = entries.map((entry): CompiledTerm => {
    const wrongNames = (entry.wrongNames ?? []).map((text) => ({ text, re: literal(text) }));
    const name = listable(entry) ? literal(entry.name) : undefined;
    const outdated = new Map((entry.outdatedMembers ?? []).map((o) => [o.text, literal(o.text)]));
    const needs = [...wrongNames.map((w) => w.text), ...outdated.keys()];
    if (name) needs.push(entry.name);
    texts.push(...needs);
    return {
      needs,
      entry,
      members: entry.members.map((m) => m.text).join('、'),
      wrongNames,
      name,
      outdated,
    };
  });
  const anyText = texts.length > 0 ? new RegExp(texts.map(escape).join('|'), 'u') : undefined;
  const table = { terms, anyText };
  compiledTables.set(entries, table);
  return table;
}

function memberIndex(entry: CanonTerm, item: string): number {
  return entry.members.findIndex((m) =>
    [m.text, ...(m.aliases ?? [])].some((form) => item.includes(form)),
  );
}

/** The inline list right after a name: `“六稳”（稳就业、稳金融…）` or `六稳，即稳就业、…。`. */
function listAfter(
  text: string,
  end: number,
): { start: number; items: { text: string; offset: number }[] } | undefined {
  const rest = text.slice(end);
  const open = /^[”"’]?(?:（|\(|：|:|，即|即|，就是|就是)/u.exec(rest);
  if (!open) return undefined;
  const start = end + open[0].length;
  const closing = open[0].endsWith('（') || open[0].endsWith('(') ? /[）)]/u : /[。；;）)]/u;
  const stop = text.slice(start).search(closing);
  const body = text.slice(start, stop < 0 ? text.length : start + stop);
  const items: { text: string; offset: number }[] = [];
  let offset = start;
  for (const part of body.split(/([、，,和])/u)) {
    if (part && !/^[、，,和]$/u.test(part)) {
      const trimmed = part.replace(/^[“"‘]|[”"’]$/gu, '');
      if (trimmed.trim())
        items.push({ text: trimmed.trim(), offset: offset + part.indexOf(trimmed) });
    }
    offset += part.length;
  }
  return { start, items };
}

/** An outdated member at `offset`, fixed to its current name (since `since`). */
function outdatedMemberReport(
  paragraph: number,
  offset: number,
  entry: CanonTerm,
  old: OutdatedMember,
): RuleReport {
  return {
    paragraph,
    offset,
    length: old.text.length,
    messageId: 'outdatedMember',
    data: { text: old.text, name: entry.name, since: old.since, replacement: old.replacement },
    fix: { replacement: old.replacement },
  };
}

/** Whether this paragraph's reports (from index `from` on) already flag an outdated member at `offset`. */
function reportedAt(reports: readonly RuleReport[], from: number, offset: number): boolean {
  for (let i = from; i < reports.length; i++) {
    const r = reports[i] as RuleReport;
    if (r.offset === offset && r.messageId === 'outdatedMember') return true;
  }
  return false;
}

export const canon = defineRule({
  id: 'term/canon',
  title: { zh: '规范提法有误', en: 'Canonical formulation written wrongly' },
  description: {
    zh: '固定政治提法写错：数字写错、列举的内容缺项、改动或多项，或用了已更新的旧表述（据随产品提供、注明出处的提法表）。',
    en: 'A fixed political formulation written wrongly: wrong count word, a missing, changed or extra member, or an outdated member (from a sourced table).',
  },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    wrongName: {
      zh: '“{text}”应为“{name}”',
      en: '"{text}" should be "{name}"',
    },
    memberCount: {
      zh: '“{name}”共{count}项（{members}），此处列了{actual}项',
      en: '"{name}" has {count} members ({members}); {actual} are listed here',
    },
    unknownMember: {
      zh: '“{text}”不是“{name}”的内容；“{name}”是：{members}',
      en: '"{text}" is not part of "{name}", which is: {members}',
    },
    outdatedMember: {
      zh: '自{since}起“{name}”中的“{text}”已改为“{replacement}”',
      en: 'Since {since}, "{text}" in "{name}" reads "{replacement}"',
    },
  },
  defaultOptions: {},
  tables: [canonTermsTable],
  check(doc, ctx) {
    const date = speechDateRange(ctx.speechDate).earliest;
    const { terms, anyText } = compile(tableOf(ctx, canonTermsTable));
    const reports: RuleReport[] = [];
    if (!anyText) return reports;
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (!anyText.test(text)) return;
      const firstReport = reports.length;
      for (const { entry, members, wrongNames, name, outdated: patterns, needs } of terms) {
        if (!includesAny(text, needs)) continue;
        for (const wrong of wrongNames) {
          for (const m of matchesOf(wrong.re, text)) {
            reports.push({
              paragraph,
              offset: m.index,
              length: wrong.text.length,
              messageId: 'wrongName',
              data: { text: wrong.text, name: entry.name },
              fix: { replacement: entry.name },
            });
          }
        }
        const outdated = (entry.outdatedMembers ?? []).filter((o) => date >= o.since);
        if (name) {
          for (const m of matchesOf(name, text)) {
            const list = listAfter(text, m.index + m[0].length);
            if (!list || list.items.length < 2) continue;
            const unknown = list.items.filter((item) => memberIndex(entry, item.text) < 0);
            for (const item of unknown) {
              const old = outdated.find((o) => item.text.includes(o.text));
              if (old) {
                const at = item.offset + item.text.indexOf(old.text);
                reports.push(outdatedMemberReport(paragraph, at, entry, old));
              } else if (list.items.length === entry.count || unknown.length === 1) {
                reports.push({
                  paragraph,
                  offset: item.offset,
                  length: item.text.length,
                  messageId: 'unknownMember',
                  data: { text: item.text, name: entry.name, members },
                });
              }
            }
            if (list.items.length !== entry.count && unknown.length !== 1) {
              reports.push({
                paragraph,
                offset: m.index,
                length: m[0].length,
                messageId: 'memberCount',
                data: { name: entry.name, count: entry.count, members, actual: list.items.length },
              });
            }
          }
        }
        // An outdated member listed beside the current ones, without the name.
        for (const old of outdated) {
          for (const m of matchesOf(patterns.get(old.text) as RegExp, text)) {
            const sentence = sentenceAround(text, m.index, m.index + old.text.length);
            const others = entry.members.filter(
              (mem) => mem.text !== old.replacement && sentence.includes(mem.text),
            );
            if (others.length < 2) continue;
            if (yearsIn(sentence).some((y) => y < Number(old.since.slice(0, 4)))) continue;
            if (reportedAt(reports, firstReport, m.index)) continue;
            reports.push(outdatedMemberReport(paragraph, m.index, entry, old));
          }
        }
      }
    });
    return reports;
  },
});
