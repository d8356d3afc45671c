/**
 * term/title: a leader's name or title in the wrong form — `习总书记` for `习近平总书记`; a title
 * that no longer applies on the speech date (from a dated national table and the office's own
 * `office-leaders` table); a fixed list (四个意识, 四个自信, 五位一体, 四个全面 …) in the wrong order.
 * History is left alone: a title after 时任/原/前, or in a sentence that names an earlier year.
 */
import { sentenceAround, yearsIn } from '../../date';
import { canonTermsTable, type CanonTerm } from '../../data/canonTerms';
import {
  leaderTitlesTable,
  officeLeadersTable,
  type LeaderTitle,
  type OfficeLeader,
} from '../../data/leaderTitles';
import { tableOf } from '../../data/table';
import { defineRule } from '../../engine/rule';
import { speechDateRange } from '../../engine/speechDate';
import type { RuleReport } from '../../engine/types';

/** Short forms of a leader's name that formal text spells out. */
const SHORT_FORMS: readonly { wrong: string; right: string }[] = [
  { wrong: '习总书记', right: '习近平总书记' },
];

/** Canon lists whose members have one canonical order (the order of the source text). */
const ORDERED_LISTS = new Set([
  'four-consciousnesses',
  'four-confidences',
  'five-sphere',
  'four-comprehensives',
  'new-development-philosophy',
  'four-greats',
  'six-stabilities',
  'six-guarantees',
  'three-news-one-high',
]);

/** Canon lists whose members are whole clauses (两个维护): checked by where each member stands. */
const ORDERED_CLAUSES = new Set(['two-safeguards', 'two-establishments', 'three-musts']);

/** How far apart a list's members may stand and still be one listing of it. */
const CLAUSE_SPAN = 160;

/** Words that mark a title as a past one on purpose: 时任国务院总理, 原县长, 前任. */
const PAST_MARK = /(?:时任|原|前任|曾任)[^，。；、]{0,6}$/u;

interface HeldTitle {
  name: string;
  title: string;
  from?: string;
  until?: string;
  successor?: string;
}

function holds(t: HeldTitle, date: string): boolean {
  return (t.from === undefined || t.from <= date) && (t.until === undefined || date <= t.until);
}

/** 、-separated runs of short items: 政治意识、大局意识、核心意识、看齐意识. */
const LIST_RUN =
  /[^、，。；：！？“”‘’（）《》\s]{1,16}(?:、[^、，。；：！？“”‘’（）《》\s]{1,16}){2,}/gu;

interface ListItem {
  member: number;
  /** The member's own text inside the item (a leading verb or a trailing word trimmed off). */
  start: number;
  end: number;
}

/** Which member an item is: exact (or with 发展); the first may lead with a verb, the last trail on. */
function memberOf(
  entry: CanonTerm,
  item: string,
  position: 'first' | 'middle' | 'last',
): ListItem | undefined {
  for (const [member, m] of entry.members.entries()) {
    for (const f of [m.text, ...(m.aliases ?? [])]) {
      for (const form of [`${f}发展`, f]) {
        if (item === form) return { member, start: 0, end: item.length };
        if (position === 'first' && item.endsWith(form))
          return { member, start: item.length - form.length, end: item.length };
        if (position === 'last' && item.startsWith(form))
          return { member, start: 0, end: form.length };
      }
    }
  }
  return undefined;
}

export const termTitle = defineRule({
  id: 'term/title',
  title: { zh: '领导人姓名职务', en: 'Leader name or title' },
  description: {
    zh: '领导人姓名或职务写法有误：“习总书记”应为“习近平总书记”；讲话日期时已不再担任的职务（据注明出处的日期表和本单位领导名单）；固定提法的列举顺序有误（四个意识、四个自信、五位一体等）。',
    en: 'A leader name or title in the wrong form: 习总书记 for 习近平总书记, a title no longer held on the speech date (from a sourced table and the office list), a fixed list in the wrong order.',
  },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    shortForm: { zh: '正式文稿应写作“{right}”', en: 'Formal text writes "{right}"' },
    notHeld: {
      zh: '讲话日期（{date}）时{name}已不任{title}{successor}',
      en: 'On the speech date ({date}) {name} no longer holds the title {title}{successor}',
    },
    notYetHeld: {
      zh: '讲话日期（{date}）时{name}尚未任{title}（自{from}起）',
      en: 'On the speech date ({date}) {name} did not yet hold the title {title} (from {from})',
    },
    order: {
      zh: '“{name}”的顺序应为：{members}',
      en: 'The order of "{name}" is: {members}',
    },
  },
  defaultOptions: {},
  tables: [leaderTitlesTable, officeLeadersTable, canonTermsTable],
  check(doc, ctx) {
    const date = speechDateRange(ctx.speechDate).earliest;
    const speechYear = ctx.speechDate.year;
    const held: HeldTitle[] = [
      ...tableOf<LeaderTitle>(ctx, leaderTitlesTable),
      ...tableOf<OfficeLeader>(ctx, officeLeadersTable),
    ];
    const canon = tableOf(ctx, canonTermsTable);
    const lists = canon.filter((e) => ORDERED_LISTS.has(e.id));
    const clauseLists = canon.filter((e) => ORDERED_CLAUSES.has(e.id));
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      for (const { wrong, right } of SHORT_FORMS) {
        for (let at = text.indexOf(wrong); at >= 0; at = text.indexOf(wrong, at + 1)) {
          reports.push({
            paragraph,
            offset: at,
            length: wrong.length,
            messageId: 'shortForm',
            data: { right },
            fix: { replacement: right },
          });
        }
      }
      for (const t of held) {
        if (holds(t, date)) continue;
        // Only while someone else holds it, or the person holds another title, is the title wrong.
        for (const form of [`${t.name}${t.title}`, `${t.title}${t.name}`]) {
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            if (PAST_MARK.test(text.slice(Math.max(0, at - 8), at))) continue;
            // 副总理温家宝 is another title that merely ends the same way.
            if (form.startsWith(t.title) && text[at - 1] === '副') continue;
            const sentence = sentenceAround(text, at, at + form.length);
            if (yearsIn(sentence).some((y) => y < speechYear)) continue;
            // The same person may hold the title again under another entry (re-appointed).
            if (
              held.some(
                (o) => o !== t && o.name === t.name && o.title === t.title && holds(o, date),
              )
            )
              continue;
            const early = t.from !== undefined && date < t.from;
            reports.push({
              paragraph,
              offset: at,
              length: form.length,
              messageId: early ? 'notYetHeld' : 'notHeld',
              data: early
                ? { date, name: t.name, title: t.title, from: t.from as string }
                : {
                    date,
                    name: t.name,
                    title: t.title,
                    successor: t.successor
                      ? { zh: `（继任者：${t.successor}）`, en: ` (succeeded by ${t.successor})` }
                      : '',
                  },
            });
          }
        }
      }
      for (const entry of clauseLists) {
        const at = entry.members.map((m) => text.indexOf(m.text));
        if (at.some((i) => i < 0) || at.every((i, k) => k === 0 || i > (at[k - 1] as number)))
          continue;
        const start = Math.min(...at);
        const end = Math.max(...at.map((i, k) => i + (entry.members[k]?.text.length ?? 0)));
        if (end - start > CLAUSE_SPAN) continue;
        reports.push({
          paragraph,
          offset: start,
          length: end - start,
          messageId: 'order',
          data: { name: entry.name, members: entry.members.map((x) => x.text).join('；') },
        });
      }
      if (lists.length === 0 || !text.includes('、')) return;
      LIST_RUN.lastIndex = 0;
      for (let m = LIST_RUN.exec(text); m; m = LIST_RUN.exec(text)) {
        const items = m[0].split('、');
        for (const entry of lists) {
          if (items.length !== entry.count) continue;
          const found = items.map((item, i) =>
            memberOf(entry, item, i === 0 ? 'first' : i === items.length - 1 ? 'last' : 'middle'),
          );
          if (found.some((f) => f === undefined)) continue;
          const members = found as ListItem[];
          if (new Set(members.map((f) => f.member)).size !== entry.count) continue;
          if (members.every((f, i) => f.member === i)) continue;
          // The span runs from the first member's text to the last one's.
          const first = members[0] as ListItem;
          const last = members[members.length - 1] as ListItem;
          const start = m.index + first.start;
          const end =
            m.index + m[0].length - ((items[items.length - 1] as string).length - last.end);
          const texts = items.map((item, i) => {
            const f = members[i] as ListItem;
            return item.slice(f.start, f.end);
          });
          const sorted = texts
            .map((t, i) => ({ t, member: (members[i] as ListItem).member }))
            .sort((a, b) => a.member - b.member)
            .map((x) => x.t);
          reports.push({
            paragraph,
            offset: start,
            length: end - start,
            messageId: 'order',
            data: { name: entry.name, members: entry.members.map((x) => x.text).join('、') },
            fix: { replacement: sorted.join('、') },
          });
          break;
        }
      }
    });
    return reports;
  },
});
