/**
 * count/mismatch: a stated count that does not match the items that follow it.
 *
 * Precision first: a count is compared only with items that clearly enumerate it —
 * - the sibling headings right after the paragraph whose last words announce the count
 *   (下面，我讲三点意见。⏎ 一、… ; 奋力发起十大攻坚行动。⏎ （一）…);
 * - an ordinal run introduced by a colon right after the count (把握三个方面：一要…四要);
 * - a quoted term followed by its items (“三个确保”，即确保…；确保…；确保… or “…”“…”).
 * A count followed by prose, 以下几点, or a run that itself skips is left alone.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport, SpeechDocument } from '../../engine/types';
import { type HeadingNode, type Outline } from '../../text/headings';
import {
  CHINESE_NUMERAL_CHARS,
  formatChineseNumeral,
  parseChineseNumeral,
} from '../../text/numerals';
import { outlineOf } from '../heading/outline';
import type { OrdinalRun, OrdinalToken } from '../enum/ordinals';
import { ordinalRunsOf } from '../enum/runs';
import { matchesOf } from '../../text/patterns';

// 讲三点意见, 三方面问题, 十大行动, 四种意识, “四字诀”, 三句话, 部署了8项任务.
const MEASURES = '个方面|方面|字诀|句话|点|项|条|大|个|件|种|类';
const COUNT_PHRASE = new RegExp(
  `(?<![${CHINESE_NUMERAL_CHARS}第前后每几百千万0-9０-９.．%％])([两二三四五六七八九十][一二三四五六七八九十]{0,2}|[0-9]{1,2})(${MEASURES})`,
  'gu',
);
// What may stand before a count that sums up the items before it: 以上三点, 上述四个方面, 前面讲的三点.
// It opens its clause: 规模以上3个行业 and 5万元以上 are sizes, not summaries.
const BACKWARD_LEAD =
  /(?:^|[\s\u3000。；;：:，,！!？?”）)])(?:以上|上述|上面|前面|前述)(?:讲的|谈的|说的|所讲的|所说的|所谈的|这)?$/u;
// Words after a count that introduce only some of the items: 其中, 比如, 特别是.
const PART_ONLY = /其中|比如|例如|譬如|特别是|尤其是|包括/u;
const SENTENCE_STOP = /[。！？!?；;]/u;
// How far the announced count may stand from the end of its paragraph: 的意见。 / 攻坚行动。
const MAX_TAIL = 12;
const MAX_GAP = 14;

interface CountPhrase {
  paragraph: number;
  offset: number;
  length: number;
  text: string;
  count: number;
  numeral: string;
  measure: string;
  /** The phrase is the inside of a quoted term such as “三个确保”. */
  quoted: boolean;
  /** Written in Arabic figures (8项): the fix keeps figures. */
  arabic: boolean;
  /** The phrase sums up items before it (以上三点体会) instead of announcing items after it. */
  backward: boolean;
}

interface Items {
  count: number;
  first: string;
  last: string;
  /** Whether changing the stated count is the certain repair. */
  certain: boolean;
}

function countPhrases(text: string, paragraph: number): CountPhrase[] {
  const found: CountPhrase[] = [];
  for (const m of matchesOf(COUNT_PHRASE, text)) {
    const numeral = m[1] as string;
    const arabic = /^[0-9]/u.test(numeral);
    const count = arabic ? Number(numeral) : parseChineseNumeral(numeral);
    if (count === undefined || count < 2) continue;
    // 党的二十大, 十九大精神: a party congress, not 十大行动.
    if (
      m[2] === '大' &&
      (/[的党届]/u.test(text[m.index - 1] ?? '') ||
        /^[精以报召会胜提和、，。”]/u.test(text.slice(m.index + m[0].length)))
    )
      continue;
    const quoted = text[m.index - 1] === '“';
    const backward = BACKWARD_LEAD.test(text.slice(Math.max(0, m.index - 7), m.index));
    found.push({
      paragraph,
      offset: m.index,
      length: m[0].length,
      text: m[0],
      count,
      numeral,
      measure: m[2] as string,
      quoted,
      arabic,
      backward,
    });
  }
  return found;
}

function nextNonEmpty(doc: SpeechDocument, from: number): number | undefined {
  for (let i = from; i < doc.paragraphs.length; i++)
    if ((doc.paragraphs[i]?.text.trim() ?? '') !== '') return i;
  return undefined;
}

/**
 * Lookups made for every count phrase, built once per check so that a long document does not
 * scan all its headings and ordinal runs again for each phrase.
 */
interface Lookups {
  /** The heading that starts at a paragraph. */
  headingAt: Map<number, HeadingNode>;
  /** A heading's siblings (its parent's children, or the roots) and its place among them, by paragraph. */
  siblings: Map<number, { list: readonly HeadingNode[]; index: number }>;
  /** Runs that start at 1 (not 首先…), by the paragraph of their first token, in run order. */
  startsIn: Map<number, OrdinalRun[]>;
  /** Every run token by paragraph, with its run. */
  tokensIn: Map<number, { run: OrdinalRun; offset: number }[]>;
  /** Runs by the paragraph of their last token. */
  endsIn: Map<number, OrdinalRun[]>;
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function buildLookups(outline: Outline, runs: readonly OrdinalRun[]): Lookups {
  const headingAt = new Map<number, HeadingNode>();
  for (const h of outline.headings) if (!headingAt.has(h.paragraph)) headingAt.set(h.paragraph, h);
  const siblings = new Map<number, { list: readonly HeadingNode[]; index: number }>();
  const visit = (list: readonly HeadingNode[]) => {
    for (let index = 0; index < list.length; index++) {
      const h = list[index] as HeadingNode;
      siblings.set(h.paragraph, { list, index });
      if (h.children.length > 0) visit(h.children);
    }
  };
  visit(outline.roots);
  const startsIn = new Map<number, OrdinalRun[]>();
  const tokensIn = new Map<number, { run: OrdinalRun; offset: number }[]>();
  const endsIn = new Map<number, OrdinalRun[]>();
  for (const run of runs) {
    const first = run.tokens[0];
    if (first && run.family !== 'sequence-word' && first.number === 1)
      listIn(startsIn, first.paragraph).push(run);
    for (const t of run.tokens) listIn(tokensIn, t.paragraph).push({ run, offset: t.offset });
    listIn(endsIn, (run.tokens[run.tokens.length - 1] as OrdinalToken).paragraph).push(run);
  }
  return { headingAt, siblings, startsIn, tokensIn, endsIn };
}

/** Sibling headings that follow the paragraph announcing the count. */
function headingItems(
  doc: SpeechDocument,
  lookups: Lookups,
  phrase: CountPhrase,
): Items | undefined {
  // 三个月。⏎ 一、… is a duration, not an announcement: a bare 个 counts only in a quoted term.
  if (phrase.measure === '个' && !phrase.quoted) return undefined;
  const text = (doc.paragraphs[phrase.paragraph] as { text: string }).text;
  const tail = text.slice(phrase.offset + phrase.length).trim();
  if (tail.length > MAX_TAIL || SENTENCE_STOP.test(tail.slice(0, -1))) return undefined;
  const at = nextNonEmpty(doc, phrase.paragraph + 1);
  const first = at === undefined ? undefined : lookups.headingAt.get(at);
  if (!first || first.number !== 1) return undefined;
  // Siblings of the same kind from `first` on, up to a second series that starts again at 一
  // (an annex, a second part), which is not part of this count.
  const { list, index } = lookups.siblings.get(first.paragraph) as {
    list: readonly HeadingNode[];
    index: number;
  };
  const group: HeadingNode[] = [first];
  for (let i = index + 1; i < list.length; i++) {
    const h = list[i] as HeadingNode;
    if (h.kind !== first.kind) continue;
    if (h.number === 1) break;
    group.push(h);
  }
  // A group that skips or repeats is heading/sequence's finding; its count proves nothing here.
  // One heading is not a list (an excerpt that stops after 一、 is not a speech that lists one).
  if (group.length < 2 || !group.every((h, i) => h.number === i + 1)) return undefined;
  // `成效主要体现在以下六个方面。⏎ 一、2022年工作完成情况 ⏎ （一）…（六）`: the count is of the
  // items under the first heading, one level down.
  const children = first.children.filter((c) => c.kind === first.children[0]?.kind);
  if (children.length === phrase.count && children.every((c, i) => c.number === i + 1))
    return undefined;
  const last = group[group.length - 1] as HeadingNode;
  return {
    count: group.length,
    first: first.marker.text.trim(),
    last: last.marker.text.trim(),
    certain: true,
  };
}

/** An ordinal run introduced by a colon right after the count: 三个方面：一要…四要. */
function runItems(doc: SpeechDocument, lookups: Lookups, phrase: CountPhrase): Items | undefined {
  const text = (doc.paragraphs[phrase.paragraph] as { text: string }).text;
  const close = phrase.quoted ? closingQuote(text, phrase) : undefined;
  const end = close === undefined ? phrase.offset + phrase.length : close + 1;
  const startsHere = lookups.startsIn.get(phrase.paragraph) ?? [];
  let run = startsHere.find((r) => (r.tokens[0]?.offset ?? -1) >= end);
  let gap: string;
  let nextParagraph = false;
  if (run) {
    const runStart = run.tokens[0]?.offset ?? 0;
    gap = text.slice(end, run.tokens[0]?.offset);
    // The run must be the first ordinal after the count, not one further on.
    const closer = (lookups.tokensIn.get(phrase.paragraph) ?? []).some(
      (t) => t.run !== run && t.offset >= end && t.offset < runStart,
    );
    if (closer) return undefined;
  } else {
    gap = text.slice(end);
    const at = nextNonEmpty(doc, phrase.paragraph + 1);
    const nextText = at === undefined ? '' : (doc.paragraphs[at] as { text: string }).text;
    const startsThere = at === undefined ? [] : (lookups.startsIn.get(at) ?? []);
    run = startsThere.find((r) => nextText.slice(0, r.tokens[0]?.offset).trim() === '');
    nextParagraph = true;
  }
  const trimmed = gap.trim();
  // 把握三个方面：一要… ; or 要把握好以下三点。 ⏎ 第一，… (以下 announces the paragraphs after it).
  const introduced =
    /[：:]$/u.test(trimmed) ||
    (nextParagraph && /。$/u.test(trimmed) && /以下$/u.test(text.slice(0, phrase.offset)));
  if (!run || !introduced || trimmed.length > MAX_GAP || SENTENCE_STOP.test(trimmed.slice(0, -1)))
    return undefined;
  // 出台20条措施，主要包括五个方面：… counts the nearer 五个方面; 其中：… lists only some.
  if (PART_ONLY.test(trimmed) || countPhrases(trimmed, phrase.paragraph).length > 0)
    return undefined;
  if (run.problems.length > 0) return undefined;
  const first = run.tokens[0] as { text: string };
  const last = run.tokens[run.tokens.length - 1] as { text: string };
  return { count: run.tokens.length, first: first.text, last: last.text, certain: !phrase.quoted };
}

const DASH_ITEM = /^[\s\u3000\u00a0]*(?:——|－－|--)/u;

/** Paragraphs that each start with a dash right after the announcing one: 四个方面。⏎ ——… ⏎ ——…. */
function dashItems(doc: SpeechDocument, phrase: CountPhrase): Items | undefined {
  if (phrase.measure === '个' && !phrase.quoted) return undefined;
  const text = (doc.paragraphs[phrase.paragraph] as { text: string }).text;
  const tail = text.slice(phrase.offset + phrase.length).trim();
  if (tail.length > MAX_TAIL || SENTENCE_STOP.test(tail.slice(0, -1))) return undefined;
  let count = 0;
  for (let i = phrase.paragraph + 1; i < doc.paragraphs.length; i++) {
    const line = (doc.paragraphs[i] as { text: string }).text;
    if (line.trim() === '') continue;
    if (!DASH_ITEM.test(line)) break;
    count++;
  }
  return count >= 2 ? { count, first: '——', last: '——', certain: false } : undefined;
}

/** Where the quoted term that starts with the count closes: “三个确保” → the index of ”. */
function closingQuote(text: string, phrase: CountPhrase): number | undefined {
  const close = text.indexOf('”', phrase.offset + phrase.length);
  if (close < 0 || close - phrase.offset > 12 || text.slice(phrase.offset, close).includes('“'))
    return undefined;
  return close;
}

/** Items of a quoted term: “三个确保”，即确保…；确保…；确保…  or  “两个坚持”：“…”“…”. */
function quotedItems(doc: SpeechDocument, phrase: CountPhrase): Items | undefined {
  if (!phrase.quoted) return undefined;
  const text = (doc.paragraphs[phrase.paragraph] as { text: string }).text;
  const close = closingQuote(text, phrase);
  if (close === undefined) return undefined;
  const name = text.slice(phrase.offset + phrase.length, close);
  const intro = /^(?:[，,]?即[：:]?|[：:])/u.exec(text.slice(close + 1));
  if (!intro) return undefined;
  const rest = text.slice(close + 1 + intro[0].length);
  // “甲”、“乙”以及“丙”: the last item may follow 以及, 和, 及 or 与.
  const quotes = /^(?:“[^“”]{1,40}”(?:[、，,]|以及|和|及|与)?)+/u.exec(rest);
  if (quotes) {
    const items = quotes[0].match(/“[^“”]*”/gu) ?? [];
    if (items.length >= 2)
      return {
        count: items.length,
        first: items[0] as string,
        last: items[items.length - 1] as string,
        certain: false,
      };
  }
  const head = name.slice(0, 2);
  if (head.length < 2) return undefined;
  const sentence = rest.split(/[。！？]/u)[0] as string;
  const clauses = sentence.split(/[；;]/u).map((c) => c.trim());
  if (clauses.length < 2 || !clauses.every((c) => c.startsWith(head))) return undefined;
  return { count: clauses.length, first: head, last: head, certain: false };
}

/**
 * The items a summing-up count refers back to: 以上三点体会 after 一是…四是, or 以上三个方面 in the
 * closing part after the last top-level section. Reported only when no list just before it has
 * that many items, since such a summary may refer to any of them.
 */
function itemsBefore(outline: Outline, lookups: Lookups, phrase: CountPhrase): Items | undefined {
  const section = outline.sectionOf(phrase.paragraph);
  const candidates: Items[] = [];
  // Runs that end shortly before the phrase, in its section (a heading ends every run).
  const nearby: OrdinalRun[] = [];
  for (let p = Math.max(0, phrase.paragraph - 3); p <= phrase.paragraph; p++)
    for (const run of lookups.endsIn.get(p) ?? []) nearby.push(run);
  const ended = nearby.filter((r) => {
    const last = r.tokens[r.tokens.length - 1] as OrdinalToken;
    const before =
      last.paragraph < phrase.paragraph ||
      (last.paragraph === phrase.paragraph && last.offset < phrase.offset);
    return (
      before &&
      r.family !== 'sequence-word' &&
      r.tokens[0]?.number === 1 &&
      outline.sectionOf(last.paragraph) === section &&
      phrase.paragraph - last.paragraph <= 3
    );
  });
  // The list that ends nearest before the summary, and any list it is nested in (一是…，一要…
  // 二要…；二是…, summed up after the last inner item): not an earlier, separate list.
  const pos = (t: OrdinalToken) => t.paragraph * 1e6 + t.offset;
  const endOf = (r: OrdinalRun) => pos(r.tokens[r.tokens.length - 1] as OrdinalToken);
  const startOf = (r: OrdinalRun) => pos(r.tokens[0] as OrdinalToken);
  ended.sort((a, b) => endOf(b) - endOf(a));
  const nearest = ended[0];
  const relevant = nearest
    ? ended.filter(
        (r) => r === nearest || (startOf(r) < startOf(nearest) && endOf(r) > startOf(nearest)),
      )
    : [];
  for (const run of relevant) {
    const first = run.tokens[0] as OrdinalToken;
    const last = run.tokens[run.tokens.length - 1] as OrdinalToken;
    candidates.push({
      count: run.problems.length > 0 ? -1 : run.tokens.length,
      first: first.text,
      last: last.text,
      certain: false,
    });
  }
  // The closing part after the last top-level section, with nothing deeper in that section.
  if (section && outline.parentOf(section) === undefined && section.children.length === 0) {
    const roots = outline.roots.filter((h) => h.kind === section.kind);
    const end = roots.indexOf(section);
    let start = end;
    while (start > 0 && (roots[start] as HeadingNode).number !== 1) start--;
    const group = roots.slice(start, end + 1);
    const isLast = end === roots.length - 1;
    if (isLast && group.every((h, i) => h.number === i + 1))
      candidates.push({
        count: group.length,
        first: shownHeading(group[0] as HeadingNode),
        last: shownHeading(section),
        certain: false,
      });
  }
  // 以上四点意见 may sum up the sections the summary stands in (一、…四、 with 1.…3. in the last):
  // a count that matches an enclosing level it closes is not a slip. A summary right after a list
  // in its own paragraph (一是…四是。以上三点体会) sums up that list.
  const closesRun = nearest !== undefined && nearest.tokens.at(-1)?.paragraph === phrase.paragraph;
  if (!closesRun)
    for (let h = section; h; h = outline.parentOf(h))
      if (h.number === phrase.count) return undefined;
  if (candidates.some((c) => c.count === phrase.count || c.count < 0)) return undefined;
  return candidates[0];
}

function shownHeading(h: HeadingNode): string {
  return h.marker.text.trim();
}

export const countMismatch = defineRule({
  id: 'count/mismatch',
  title: { zh: '所述数目与所列项数不符', en: 'Stated count does not match the items' },
  description: {
    zh: '文中说明的数目（“讲三点意见”“把握三个方面”“十大行动”“三个确保”）与其后实际列出的项数不一致。',
    en: 'A stated count (讲三点意见, 把握三个方面, 十大行动, “三个确保”) that does not match the number of items listed after it.',
  },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    mismatch: {
      zh: '文中称“{stated}”，其后实际列了{actual}项（{first}……{last}）',
      en: 'States “{stated}” but {actual} items follow ({first} … {last})',
    },
    mismatchBefore: {
      zh: '总括为“{stated}”，其前列了{actual}项（{first}……{last}）',
      en: 'Sums up “{stated}” but {actual} items come before ({first} … {last})',
    },
  },
  defaultOptions: {},
  check(doc, ctx) {
    const outline = outlineOf(doc, ctx);
    const runs = ordinalRunsOf(doc, ctx);
    const lookups = buildLookups(outline, runs);
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, index) => {
      for (const phrase of countPhrases(p.text, index)) {
        const items = phrase.backward
          ? itemsBefore(outline, lookups, phrase)
          : (quotedItems(doc, phrase) ??
            runItems(doc, lookups, phrase) ??
            headingItems(doc, lookups, phrase) ??
            dashItems(doc, phrase));
        if (!items || items.count === phrase.count || items.count > 99) continue;
        // 推进20项改革：一是…三是 lists kinds of reform, not the twenty: a figure is checked only
        // where it is close to the list (8项 then 一是…九是).
        if (phrase.arabic && Math.abs(items.count - phrase.count) > 2) continue;
        const replacement =
          (phrase.arabic
            ? String(items.count)
            : formatChineseNumeral(items.count, { counting: true })) + phrase.measure;
        const report: RuleReport = {
          paragraph: phrase.paragraph,
          offset: phrase.offset,
          length: phrase.length,
          messageId: phrase.backward ? 'mismatchBefore' : 'mismatch',
          data: {
            stated: phrase.text,
            actual: { zh: formatChineseNumeral(items.count), en: String(items.count) },
            first: items.first,
            last: items.last,
          },
        };
        if (items.certain) report.fix = { replacement };
        else report.suggestions = [replacement];
        reports.push(report);
      }
    });
    return reports;
  },
});
