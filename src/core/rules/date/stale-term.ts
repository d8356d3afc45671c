/**
 * date/stale-term: a time-bound formulation used outside its window, from the dated table
 * (迎接党的二十大 after 2022-10-16; 新冠肺炎 after the 2022-12-26 renaming). Mentions that
 * read as history (`2020年新冠肺炎疫情期间`, a review section) are left alone.
 */
import { insideBookTitle, readsAsHistory, reviewedYear } from '../../date';
import { staleTermsTable, type StaleTerm } from '../../data/staleTerms';
import { tableOf } from '../../data/table';
import { defineRule } from '../../engine/rule';
import { speechDateRange } from '../../engine/speechDate';
import type { RuleReport } from '../../engine/types';
import { anyText, includesAny, matchesOf } from '../../text/patterns';
import { phrasePattern, requiredText, sectionsOf, windowText } from './shared';

interface CompiledTerm {
  entry: StaleTerm;
  re: RegExp;
  exclude: RegExp | undefined;
  /** Text every match of `re` holds (one of them): a paragraph without any is skipped. */
  needs: string[];
}

interface CompiledTable {
  terms: CompiledTerm[];
  /** Matches wherever any term's needed text occurs: a paragraph it misses has nothing to report. */
  anyNeeded: RegExp;
}

const compiled = new WeakMap<readonly StaleTerm[], CompiledTable>();

function compile(entries: readonly StaleTerm[]): CompiledTable {
  const cached = compiled.get(entries);
  if (cached) return cached;
  const terms = entries.map((entry) => {
    const terms = [...entry.terms].sort((a, b) => b.length - a.length).map(phrasePattern);
    const exclude = entry.exclude?.length
      ? new RegExp(entry.exclude.map(phrasePattern).join('|'), 'gu')
      : undefined;
    const needs = entry.terms.map(requiredText);
    return { entry, re: new RegExp(terms.join('|'), 'gu'), exclude, needs };
  });
  const out = { terms, anyNeeded: anyText(terms.flatMap((t) => t.needs)) };
  compiled.set(entries, out);
  return out;
}

/** Days before its formal start that a speech may announce a campaign (动员部署 a week ahead). */
const CAMPAIGN_LEAD_DAYS = 31;

/** The first day a phrase may be used: its window's start, earlier for an announced campaign. */
function earliestUse(entry: StaleTerm): string {
  const from = entry.from as string;
  if (entry.announced !== undefined) return entry.announced;
  if (entry.kind !== 'campaign') return from;
  const day = new Date(`${from}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - CAMPAIGN_LEAD_DAYS);
  return day.toISOString().slice(0, 10);
}

function excluded(text: string, start: number, end: number, exclude: RegExp | undefined): boolean {
  if (!exclude) return false;
  for (const m of matchesOf(exclude, text))
    if (m.index < end && m.index + m[0].length > start) return true;
  return false;
}

/**
 * After a campaign ends, its lessons are kept up as current work: 常态化长效化开展党史学习教育,
 * 推动党纪学习教育常态化长效化, 巩固拓展…成果. Those are today's formulations, not stale ones.
 */
const CONTINUED_BEFORE = /(?:常态化|长效化|经常性|持续性)(?:地)?$/u;
const CONTINUED_AFTER = /^(?:的)?(?:常态化|长效化|成果|成效|经验)/u;

function continuesCampaign(text: string, start: number, end: number): boolean {
  return (
    CONTINUED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    CONTINUED_AFTER.test(text.slice(end, end + 6)) ||
    /巩固(?:拓展|深化)?$/u.test(text.slice(Math.max(0, start - 6), start))
  );
}

export const staleTerm = defineRule({
  id: 'date/stale-term',
  title: { zh: '过时的提法', en: 'Outdated formulation' },
  description: {
    zh: '有时效的提法在其适用期之外当作现行表述使用（据随产品提供、注明出处的时效表）。',
    en: 'A time-bound formulation used as current wording outside its window (from a dated, sourced table).',
  },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    after: {
      zh: '“{text}”适用于{window}，讲话日期{date}已过。{note}',
      en: '"{text}" fits {window}; the speech date {date} is past it. {note}',
    },
    afterWithReplacement: {
      zh: '“{text}”适用于{window}，讲话日期{date}已过，宜改为“{replacement}”。{note}',
      en: '"{text}" fits {window}; the speech date {date} is past it: use "{replacement}". {note}',
    },
    before: {
      zh: '“{text}”要到{from}以后才适用，讲话日期{date}尚早。{note}',
      en: '"{text}" applies only from {from}; the speech date {date} is earlier. {note}',
    },
  },
  defaultOptions: {},
  tables: [staleTermsTable],
  check(doc, ctx) {
    const date = ctx.speechDate.date;
    // With only the year known, flag only what is out of its window all year round.
    const { earliest, latest } = speechDateRange(ctx.speechDate);
    const isAfter = (e: StaleTerm) => e.until !== undefined && earliest > e.until;
    const isBefore = (e: StaleTerm) => e.from !== undefined && latest < earliestUse(e);
    const sections = sectionsOf(doc, ctx);
    const table = compile(tableOf(ctx, staleTermsTable));
    const terms = table.terms.filter(({ entry }) => isAfter(entry) || isBefore(entry));
    const anyNeeded = table.anyNeeded;
    const reports: RuleReport[] = [];
    if (terms.length === 0) return reports;
    const reviewed = reviewedYear(doc);
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (!anyNeeded.test(text)) return;
      for (const { entry, re, exclude, needs } of terms) {
        if (!includesAny(text, needs)) continue;
        for (const m of matchesOf(re, text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (excluded(text, start, end, exclude)) continue;
          if (!m[0].startsWith('《') && insideBookTitle(text, start)) continue;
          const base = { paragraph, offset: start, length: m[0].length };
          const note = { note: entry.note };
          if (isAfter(entry) && entry.until !== undefined) {
            // Past its window: history is fine, current use is not.
            if (sections[paragraph] === 'review') continue;
            if (entry.kind === 'campaign' && continuesCampaign(text, start, end)) continue;
            // A document that reviews a year in which the term was current (2019年度述职报告).
            if (reviewed !== undefined && reviewed <= Number(entry.until.slice(0, 4))) continue;
            if (readsAsHistory(text, start, end, Number(entry.until.slice(0, 4)))) continue;
            const window = windowText(entry.from, entry.until);
            const data = { text: m[0], window, date, ...note };
            reports.push(
              entry.replacement
                ? {
                    ...base,
                    messageId: 'afterWithReplacement',
                    data: { ...data, replacement: entry.replacement },
                    suggestions: [entry.replacement],
                  }
                : { ...base, messageId: 'after', data },
            );
          } else if (isBefore(entry) && entry.from !== undefined) {
            if (
              /即将|将于|将要|筹备|前夕|召开前/u.test(text.slice(Math.max(0, start - 12), end + 8))
            )
              continue;
            reports.push({
              ...base,
              messageId: 'before',
              data: { text: m[0], from: entry.from, date, ...note },
            });
          }
        }
      }
    });
    return reports;
  },
});
