/**
 * punct/repeated: doubled punctuation that is not a legitimate sequence (。。 ，， 、、 ，。 ；；).
 * Legitimate and left alone: …… and —— (one mark of two characters), ？！ and ！？, and repeated
 * ？？/！！, which GB/T 15834-2011 (4.2.3.3, 4.3.3.3) allows for strong questions and exclamations.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { matchesOf } from '../../text/patterns';

/** Pause and stop marks: two of them in a row is always wrong. */
const PAUSES = '，。、；：';
const ENDS = '？！';
const RUN = /[，。、；：？！]{2,}/gu;

export interface RepeatedRun {
  offset: number;
  text: string;
  /** A certain replacement, when there is one. */
  fix?: string;
  suggestions: string[];
  kind: 'doubled' | 'mixed' | 'ellipsis';
}

export function findRepeated(text: string): RepeatedRun[] {
  const found: RepeatedRun[] = [];
  for (const m of matchesOf(RUN, text)) {
    const run = m[0];
    // Only ？ and ！ in the run: an allowed emphatic sequence.
    if ([...run].every((ch) => ENDS.includes(ch))) continue;
    const atEnd = m.index + run.length === text.trimEnd().length;
    const distinct = [...new Set(run)];
    if (distinct.length === 1) {
      const mark = distinct[0] as string;
      if (mark === '。' && run.length >= 3) {
        found.push({ offset: m.index, text: run, suggestions: ['……'], kind: 'ellipsis' });
      } else {
        found.push({ offset: m.index, text: run, fix: mark, suggestions: [mark], kind: 'doubled' });
      }
      continue;
    }
    // ？。 or ！，: the question or exclamation mark already ends the clause.
    const lead = /^[？！]+/u.exec(run)?.[0];
    if (lead !== undefined && [...run.slice(lead.length)].every((ch) => PAUSES.includes(ch))) {
      found.push({ offset: m.index, text: run, fix: lead, suggestions: [lead], kind: 'mixed' });
      continue;
    }
    // Mixed: a sentence-final mark wins at the end of a paragraph; elsewhere the writer must choose.
    const finals = distinct.filter((ch) => '。？！'.includes(ch));
    if (atEnd && finals.length === 1) {
      found.push({
        offset: m.index,
        text: run,
        fix: finals[0],
        suggestions: [finals[0] as string],
        kind: 'mixed',
      });
    } else {
      found.push({
        offset: m.index,
        text: run,
        suggestions: distinct.filter((ch) => PAUSES.includes(ch) || ENDS.includes(ch)),
        kind: 'mixed',
      });
    }
  }
  return found;
}

export const punctRepeated = defineRule({
  id: 'punct/repeated',
  title: { zh: '标点重复', en: 'Repeated punctuation' },
  description: {
    zh: '连续出现不应连用的标点（。。、，，、、、、，。、；；等）。省略号……、破折号——、？！以及表示强烈语气的？？/！！不算错。',
    en: 'Punctuation marks in a row that do not belong together (。。 ，， 、、 ，。 ；；). The ellipsis ……, the dash ——, ？！ and emphatic ？？/！！ are allowed.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    doubled: {
      zh: '标点“{text}”重复，应只保留一个。',
      en: 'Punctuation "{text}" is doubled: keep one.',
    },
    mixed: {
      zh: '标点“{text}”连用，应只保留一个。',
      en: 'Punctuation marks "{text}" in a row: keep one.',
    },
    ellipsis: {
      zh: '“{text}”不是规范的省略号，应写作“……”。',
      en: '"{text}" is not a proper ellipsis: write "……".',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const r of findRepeated(p.text)) {
        const report: RuleReport = {
          paragraph,
          offset: r.offset,
          length: r.text.length,
          messageId: r.kind,
          data: { text: r.text },
        };
        if (r.fix !== undefined) report.fix = { replacement: r.fix };
        else report.suggestions = r.suggestions;
        reports.push(report);
      }
    });
    return reports;
  },
});
