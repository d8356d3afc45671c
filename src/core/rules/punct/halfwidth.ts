/**
 * punct/halfwidth: ASCII , ; : ? ! ( ) in Chinese text where GB/T 15834 wants the full-width mark.
 * Left alone: URLs, numbers (1,000  3:2  10:30), English phrases, and a `(一)`/`(1)` marker at the
 * start of a paragraph, which heading/marker reports.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { insideSpans, isChineseContext, isDigit, isHan, urlSpans } from '../../text/cjk';
import { matchesOf } from '../../text/patterns';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** `(一)`, `（1)`, `(a)` opening a paragraph: a heading marker, owned by heading/marker. */
const LEADING_MARKER = /^\s*[(（]\s*(?:[一二三四五六七八九十]+|[0-9０-９]+|[a-zA-Z])\s*[)）]/u;

const PAREN = /[()]/g;

function pairedParens(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  const parens = matchesOf(PAREN, text);
  for (let k = 0; k < parens.length; k++) {
    const i = (parens[k] as RegExpExecArray).index;
    if (text[i] === '(') stack.push(i);
    else if (stack.length > 0) {
      const open = stack.pop() as number;
      pairs.set(open, i).set(i, open);
    }
  }
  return pairs;
}

const LATIN_OR_DIGIT = /^[A-Za-z0-9]$/;

function isLatinOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_OR_DIGIT.test(ch);
}

/**
 * Whether the mark at `i` sits in Chinese text. After Latin or digits it needs Han text to follow
 * (`APP,提升` yes; `“Yes, we can!”` no); before Latin it needs Han text before it.
 */
function chineseNeighbour(text: string, i: number): boolean {
  let j = i + 1;
  while (text[j] === ' ') j++;
  const prev = text[i - 1];
  const next = text[j];
  if (isLatinOrDigit(prev)) return isHan(next);
  if (isLatinOrDigit(next)) return isHan(prev);
  return isChineseContext(prev) || isChineseContext(next);
}

function isNumberSeparator(text: string, i: number): boolean {
  const ch = text[i];
  return (ch === ',' || ch === ':') && isDigit(text[i - 1]) && isDigit(text[i + 1]);
}

/** The marks this rule converts; most Chinese paragraphs have none. */
const HALFWIDTH_MARK = /[,;:?!()]/g;

export function findHalfwidth(
  text: string,
): Array<{ offset: number; length: number; mark: string; replacement: string }> {
  const found: Array<{ offset: number; length: number; mark: string; replacement: string }> = [];
  const marks = matchesOf(HALFWIDTH_MARK, text);
  if (marks.length === 0) return found;
  const urls = urlSpans(text);
  const pairs = pairedParens(text);
  const marker = LEADING_MARKER.exec(text);
  const markerEnd = marker ? marker[0].length : 0;
  for (let k = 0; k < marks.length; k++) {
    const i = (marks[k] as RegExpExecArray).index;
    const ch = text[i] as string;
    const full = FULL_WIDTH[ch] as string;
    if (i < markerEnd || insideSpans(urls, i) || isNumberSeparator(text, i)) continue;
    let chinese = chineseNeighbour(text, i);
    const partner = pairs.get(i);
    // A parenthesis pair is converted as a whole, so that （…) never results.
    if (partner !== undefined) chinese ||= chineseNeighbour(text, partner);
    if (!chinese) continue;
    // ", " → "，": the space that followed the ASCII mark goes too, unless Latin follows.
    let length = 1;
    if (ch !== '(' && ch !== ')') {
      while (text[i + length] === ' ') length++;
      if (length > 1 && !isHan(text[i + length]) && !isChineseContext(text[i + length])) length = 1;
    }
    found.push({ offset: i, length, mark: ch, replacement: full });
  }
  return found;
}

export const punctHalfwidth = defineRule({
  id: 'punct/halfwidth',
  title: { zh: '中文里的半角标点', en: 'Half-width punctuation in Chinese text' },
  description: {
    zh: '中文语句中使用了英文半角标点（, ; : ? ! ( )），按 GB/T 15834 应使用全角标点（，；：？！（））。',
    en: 'ASCII punctuation (, ; : ? ! ( )) in Chinese sentences, where GB/T 15834 wants the full-width marks (，；：？！（）).',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    halfwidth: {
      zh: '中文语句中的半角“{mark}”应改为全角“{replacement}”。',
      en: 'Half-width "{mark}" in Chinese text: use the full-width "{replacement}".',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const f of findHalfwidth(p.text)) {
        reports.push({
          paragraph,
          offset: f.offset,
          length: f.length,
          messageId: 'halfwidth',
          data: { mark: f.mark, replacement: f.replacement },
          fix: { replacement: f.replacement },
        });
      }
    });
    return reports;
  },
});
