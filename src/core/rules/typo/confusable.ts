/**
 * typo/confusable: a word commonly confused with another, where its own context shows which is
 * meant (截止2024年底 for 截至, 签定合同, 按装, 既使, 布署, 必需坚持). Each table entry carries its
 * context guards and its source; an entry fires only where all its guards hold.
 */
import { confusablesTable, type Confusable } from '../../data/confusables';
import { tableOf } from '../../data/table';
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';

interface CompiledEntry {
  entry: Confusable;
  before?: RegExp;
  notBefore?: RegExp;
  after?: RegExp;
  notAfter?: RegExp;
}

/** How much context a guard sees on each side: a clause, not the paragraph. */
const WINDOW = 30;

/** Entries by the first code unit of their wrong form, longest wrong form first. */
type CompiledTable = Map<string, CompiledEntry[]>;

const compiledTables = new WeakMap<readonly Confusable[], CompiledTable>();

function compile(entries: readonly Confusable[]): CompiledTable {
  const cached = compiledTables.get(entries);
  if (cached) return cached;
  const byFirst: CompiledTable = new Map();
  const ending = (s: string | undefined) => (s ? new RegExp(`(?:${s})$`, 'u') : undefined);
  const starting = (s: string | undefined) => (s ? new RegExp(`^(?:${s})`, 'u') : undefined);
  for (const entry of entries) {
    const compiled: CompiledEntry = {
      entry,
      before: ending(entry.before),
      notBefore: ending(entry.notBefore),
      after: starting(entry.after),
      notAfter: starting(entry.notAfter),
    };
    const first = entry.wrong[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(compiled);
    else byFirst.set(first, [compiled]);
  }
  for (const list of byFirst.values())
    list.sort((a, b) => b.entry.wrong.length - a.entry.wrong.length);
  compiledTables.set(entries, byFirst);
  return byFirst;
}

function guardsHold(c: CompiledEntry, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  if (c.before && !c.before.test(before)) return false;
  if (c.notBefore && c.notBefore.test(before)) return false;
  if (c.after && !c.after.test(after)) return false;
  if (c.notAfter && c.notAfter.test(after)) return false;
  return true;
}

const MESSAGE_OF_KIND = { typo: 'typo', variant: 'variant', style: 'style' } as const;

export const typoConfusable = defineRule({
  id: 'typo/confusable',
  title: { zh: '易混淆词', en: 'Commonly confused word' },
  description: {
    zh: '常见易混淆词、错别字和非推荐词形，按上下文判定（如日期前的“截止”应为“截至”，“签定”应为“签订”），据随产品提供、逐条注明出处的词表。',
    en: 'A commonly confused or misspelt word, judged by its context (截止 before a date for 截至, 签定 for 签订), from a table with a source for every entry.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    typo: { zh: '“{text}”应为“{right}”：{reason}', en: '"{text}" should be "{right}": {reason}' },
    variant: {
      zh: '“{text}”宜作“{right}”：{reason}',
      en: '"{text}" is better written "{right}": {reason}',
    },
    style: {
      zh: '“{text}”建议统一作“{right}”：{reason}',
      en: 'Write "{right}" for "{text}" throughout: {reason}',
    },
  },
  defaultOptions: {},
  tables: [confusablesTable],
  check(doc, ctx) {
    const table = compile(tableOf(ctx, confusablesTable));
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      for (let i = 0; i < text.length;) {
        const candidates = table.get(text[i] as string);
        let matched: CompiledEntry | undefined;
        if (candidates) {
          for (const c of candidates) {
            const end = i + c.entry.wrong.length;
            if (text.startsWith(c.entry.wrong, i) && guardsHold(c, text, i, end)) {
              matched = c;
              break;
            }
          }
        }
        if (!matched) {
          i++;
          continue;
        }
        const { entry } = matched;
        reports.push({
          paragraph,
          offset: i,
          length: entry.wrong.length,
          messageId: MESSAGE_OF_KIND[entry.kind],
          data: { text: entry.wrong, right: entry.right, reason: entry.reason },
          fix: { replacement: entry.right },
        });
        i += entry.wrong.length;
      }
    });
    return reports;
  },
});
