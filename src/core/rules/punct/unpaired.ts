/**
 * punct/unpaired: paired marks (“” （） 《》 【】 〔〕) that do not balance within a paragraph.
 * A quotation running over several paragraphs, with “ opening each paragraph and ” only at the
 * end of the last (GB/T 15834-2011, 4.1.3.4), is the standard convention and is not flagged.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';

const OPENERS: Record<string, string> = {
  '“': '”',
  '（': '）',
  '《': '》',
  '【': '】',
  '〔': '〕',
};
/** How a reader names each mark: "“ 在本段没有对应的 ”" was hard to read. */
const NAMES: Record<string, { zh: string; en: string }> = {
  '“': { zh: '前引号', en: 'opening quote' },
  '”': { zh: '后引号', en: 'closing quote' },
  '（': { zh: '前括号', en: 'opening bracket' },
  '）': { zh: '后括号', en: 'closing bracket' },
  '《': { zh: '前书名号', en: 'opening title mark' },
  '》': { zh: '后书名号', en: 'closing title mark' },
  '【': { zh: '前方头括号', en: 'opening lenticular bracket' },
  '】': { zh: '后方头括号', en: 'closing lenticular bracket' },
  '〔': { zh: '前六角括号', en: 'opening tortoise-shell bracket' },
  '〕': { zh: '后六角括号', en: 'closing tortoise-shell bracket' },
};
const CLOSERS: Record<string, string> = {
  '”': '“',
  '）': '（',
  '》': '《',
  '】': '【',
  '〕': '〔',
};

export interface UnpairedMark {
  offset: number;
  mark: string;
  problem: 'unclosed' | 'unopened' | 'reversed';
}

/** `1）` or `一）` opening a paragraph is a list marker with only a closing bracket. */
const LEADING_HALF_MARKER = /^\s*\(?\s*(?:[0-9]+|[一二三四五六七八九十]+|[a-zA-Z])）/u;
/** `（一)` opening a paragraph: a heading marker in a mixed form, which heading/marker reports. */
const LEADING_MIXED_MARKER = /^\s*（\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*\)/u;

/**
 * Any paired mark, to go from one to the next instead of visiting every character. Each is one
 * UTF-16 unit, so after a `test` the mark sits just before `lastIndex`: no match object is built.
 */
const PAIRED_MARK = /[“（《【〔”）》】〕]/g;
const MARK_AT_UNIT = new Map([...'“（《【〔”）》】〕'].map((ch) => [ch.charCodeAt(0), ch]));

export function findUnpaired(text: string): UnpairedMark[] {
  const problems: UnpairedMark[] = [];
  PAIRED_MARK.lastIndex = 0;
  if (!PAIRED_MARK.test(text)) return problems;
  // Open marks not yet closed, as two parallel stacks.
  const openOffsets: number[] = [];
  const openMarks: string[] = [];
  const marker = LEADING_HALF_MARKER.exec(text);
  const mixed = LEADING_MIXED_MARKER.exec(text);
  const mixedOpener = mixed ? mixed[0].indexOf('（') : -1;
  do {
    const i = PAIRED_MARK.lastIndex - 1;
    const ch = MARK_AT_UNIT.get(text.charCodeAt(i)) as string;
    if (i === mixedOpener) continue;
    if (OPENERS[ch] !== undefined) {
      openOffsets.push(i);
      openMarks.push(ch);
      continue;
    }
    const opener = CLOSERS[ch] as string;
    if (marker && i === marker[0].length - 1) continue;
    let depth = openMarks.length - 1;
    while (depth >= 0 && openMarks[depth] !== opener) depth--;
    if (depth < 0) {
      problems.push({ offset: i, mark: ch, problem: 'unopened' });
      continue;
    }
    // Openers above the match were never closed.
    for (let j = depth; j < openMarks.length; j++) {
      const mark = openMarks[j] as string;
      if (mark !== opener)
        problems.push({ offset: openOffsets[j] as number, mark, problem: 'unclosed' });
    }
    openOffsets.length = depth;
    openMarks.length = depth;
  } while (PAIRED_MARK.test(text));
  for (let j = 0; j < openMarks.length; j++) {
    problems.push({
      offset: openOffsets[j] as number,
      mark: openMarks[j] as string,
      problem: 'unclosed',
    });
  }
  return mergeReversed(problems).sort((a, b) => a.offset - b.offset);
}

/** ”…“ in that order: one finding at the closing mark instead of two. */
function mergeReversed(problems: UnpairedMark[]): UnpairedMark[] {
  if (problems.length === 0) return problems;
  const result: UnpairedMark[] = [];
  const used = new Set<UnpairedMark>();
  const sorted = [...problems].sort((a, b) => a.offset - b.offset);
  for (const p of sorted) {
    if (used.has(p)) continue;
    if (p.problem === 'unopened') {
      const opener = CLOSERS[p.mark];
      const later = sorted.find(
        (q) => !used.has(q) && q.problem === 'unclosed' && q.mark === opener && q.offset > p.offset,
      );
      if (later) {
        used.add(later);
        result.push({ ...p, problem: 'reversed' });
        continue;
      }
    }
    result.push(p);
  }
  return result;
}

/** The next paragraph with text after `index`, if any. */
function nextText(texts: readonly string[], index: number): string | undefined {
  for (let i = index + 1; i < texts.length; i++) {
    const t = (texts[i] as string).trim();
    if (t.length > 0) return t;
  }
  return undefined;
}

export const punctUnpaired = defineRule({
  id: 'punct/unpaired',
  title: { zh: '成对标点不配对', en: 'Unbalanced paired punctuation' },
  description: {
    zh: '同一段内引号、括号、书名号、方头括号不成对或前后颠倒。跨段引用（每段段首用“，末段才用”）不算错。',
    en: 'Quotes, brackets and title marks that do not balance within a paragraph, or come in reverse order. A quotation over several paragraphs (“ at the start of each, ” only at the end) is not an error.',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    unclosed: {
      zh: '本段有{markName}（{mark}），却没有与之配对的{partnerName}（{partner}）。',
      en: 'Unbalanced pair in this paragraph: the {markName} ({mark}) has no matching {partnerName} ({partner}).',
    },
    unopened: {
      zh: '这个{markName}（{mark}）前面没有与之配对的{partnerName}（{partner}）。',
      en: 'Unbalanced pair: the {markName} ({mark}) has no matching {partnerName} ({partner}) before it.',
    },
    reversed: {
      zh: '成对标点前后颠倒：{markName}（{mark}）出现在{partnerName}（{partner}）之前。',
      en: 'Reversed pair: the {markName} ({mark}) comes before its {partnerName} ({partner}).',
    },
  },
  defaultOptions: {},
  check(doc) {
    const texts = doc.paragraphs.map((p) => p.text);
    const reports: RuleReport[] = [];
    const found = texts.map((text) => findUnpaired(text));
    // A title or dateline broken over two lines (`（2018年1月26日在岚城乡第十六届` ⏎
    // `人民代表大会第二次会议上）`): the one mark left open at the end of a short line is closed by
    // the one mark left unopened in the next, and nothing else is out of balance.
    const bridged = new Set<UnpairedMark>();
    found.forEach((problems, paragraph) => {
      const next = found[paragraph + 1];
      const open = problems[0];
      const close = next?.[0];
      if (
        problems.length === 1 &&
        next?.length === 1 &&
        open?.problem === 'unclosed' &&
        close?.problem === 'unopened' &&
        CLOSERS[close.mark] === open.mark &&
        (texts[paragraph] as string).length <= 60 &&
        (texts[paragraph + 1] as string).length <= 60
      ) {
        bridged.add(open);
        bridged.add(close);
      }
    });
    texts.forEach((text, paragraph) => {
      const problems = (found[paragraph] as UnpairedMark[]).filter((p) => !bridged.has(p));
      if (problems.length === 0) return;
      const unclosedQuotes = problems.filter((p) => p.problem === 'unclosed' && p.mark === '“');
      // Multi-paragraph quotation: a single quote left open, and the next paragraph opens with “.
      const continues =
        unclosedQuotes.length === 1 && nextText(texts, paragraph)?.startsWith('“') === true;
      for (const p of problems) {
        if (continues && p === unclosedQuotes[0]) continue;
        const partner = (p.problem === 'unclosed' ? OPENERS[p.mark] : CLOSERS[p.mark]) as string;
        reports.push({
          paragraph,
          offset: p.offset,
          length: 1,
          messageId: p.problem,
          data: {
            mark: p.mark,
            partner,
            markName: { zh: NAMES[p.mark]?.zh ?? '', en: NAMES[p.mark]?.en ?? 'mark' },
            partnerName: { zh: NAMES[partner]?.zh ?? '', en: NAMES[partner]?.en ?? 'mark' },
          },
        });
      }
    });
    return reports;
  },
});
