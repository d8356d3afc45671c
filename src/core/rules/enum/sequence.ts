/**
 * enum/sequence: a run of in-text ordinals that skips, repeats, runs backwards or stops short:
 * 一是…二是…四是, 一要…三要, 第一…第三, 首先…再次 without 其次, a lone 一是 with no 二是.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { formatOrdinal } from '../../text/numerals';
import type { OrdinalToken } from './ordinals';
import { ordinalRunsOf } from './runs';

function expectedText(token: OrdinalToken, expected: number): string {
  return formatOrdinal(expected, token.form);
}

export const enumSequence = defineRule({
  id: 'enum/sequence',
  title: { zh: '文中序数不连续', en: 'In-text ordinals out of sequence' },
  description: {
    zh: '“一是……二是……”“第一……第二……”“首先……其次……”等文中序数跳号、重复、倒序或有头无尾。',
    en: 'A run of in-text ordinals (一是…二是, 第一…第二, 首先…其次) that skips, repeats, runs backwards or stops after the first item.',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    skip: {
      zh: '序数跳号：此处为“{actual}”，按顺序应为“{expected}”',
      en: 'Ordinal skips: “{actual}” where “{expected}” comes next',
    },
    repeat: {
      zh: '序数重复：“{actual}”再次出现，按顺序应为“{expected}”',
      en: 'Ordinal repeats: “{actual}” again where “{expected}” comes next',
    },
    backwards: {
      zh: '序数倒序：“{actual}”出现在“{previous}”之后，按顺序应为“{expected}”',
      en: 'Ordinal runs backwards: “{actual}” after “{previous}”, where “{expected}” comes next',
    },
    alone: {
      zh: '有“{actual}”而没有“{next}”：只有一项时不必列序数，或补全其后各项',
      en: '“{actual}” with no “{next}” after it: drop the ordinal for a single item, or add the missing items',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const reports: RuleReport[] = [];
    const runs = ordinalRunsOf(doc, ctx);
    const lone = runs
      .filter((r) => r.family === 'numeral' && r.tokens.length === 1 && r.tokens[0]?.number === 1)
      .map((r) => r.tokens[0] as OrdinalToken);
    // `一是社区，一是妇女节`: 一是 twice in one sentence is “one…, the other…”, not a list.
    const pairedInSentence = (t: OrdinalToken) =>
      lone.some(
        (o) =>
          o !== t &&
          o.paragraph === t.paragraph &&
          !/[。！？!?]/u.test(
            doc.paragraphs[t.paragraph]?.text.slice(
              Math.min(o.offset, t.offset),
              Math.max(o.offset, t.offset),
            ) ?? '。',
          ),
      );
    for (const run of runs) {
      for (const problem of run.problems) {
        const { token } = problem;
        const data: Record<string, string> = {
          actual: token.text,
          expected: expectedText(token, problem.expected),
        };
        if (problem.previous) data.previous = problem.previous.text;
        reports.push({
          paragraph: token.paragraph,
          offset: token.offset,
          length: token.length,
          messageId: problem.kind,
          data,
          suggestions: [data.expected as string],
        });
      }
      const only = run.tokens[0] as OrdinalToken;
      if (
        run.family === 'numeral' &&
        run.tokens.length === 1 &&
        only.number === 1 &&
        run.problems.length === 0 &&
        !pairedInSentence(only)
      ) {
        reports.push({
          paragraph: only.paragraph,
          offset: only.offset,
          length: only.length,
          messageId: 'alone',
          data: { actual: only.text, next: formatOrdinal(2, only.form) },
        });
      }
    }
    return reports;
  },
});
