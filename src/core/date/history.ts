/** Whether a phrase is used as history (quoted from the past) rather than as current wording. */
import { sentenceAround } from './clause';
import { parseYearDigits } from '../text/numerals';
import { matchesOf } from '../text/patterns';

const HISTORY_CUES =
  /期间|时期|以来|当年|那时|那年|曾经|曾|回顾|过去|[^复]原[《“]|前身|更名|改为|改称|废止|撤销|组建|挂牌|此前|去年|前年|上年|年来|收官|圆满完成|取得了|胜利召开以来|(?:开展|组织|完成|实施|推进|落实|召开|举办)了/u;

/** A verb in the completed aspect (经受住了, 打赢了): told as done. Not 为了, 除了, 了解, 了结. */
const COMPLETED = /(?<![为除罢不])了(?![解结却如断得])/u;

/** Words that put a sentence in the present or future, whatever else it says (今年是…收官之年). */
const CURRENT_CUES = /今年是|今年要|今年将|新的一年|明年/u;

const YEAR_IN_TEXT = /(?<!\d)(\d{4}|[〇零一二][〇零一二三四五六七八九]{3})年/gu;

/** The years written in a sentence. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of matchesOf(YEAR_IN_TEXT, text)) {
    const y = parseYearDigits(m[1] as string);
    if (y !== undefined && y >= 1900 && y <= 2100) years.push(y);
  }
  return years;
}

/**
 * A phrase at text[start, end) reads as history when its sentence carries a history cue or
 * names a year no later than `untilYear` (`2020年新冠肺炎疫情期间`).
 */
export function readsAsHistory(
  text: string,
  start: number,
  end: number,
  untilYear?: number,
): boolean {
  // The phrase's own words (收官之年) are not a cue: blank them out.
  const masked = text.slice(0, start) + '\u3000'.repeat(end - start) + text.slice(end);
  const sentence = sentenceAround(masked, start, end);
  if (CURRENT_CUES.test(sentence)) return false;
  if (HISTORY_CUES.test(sentence) || COMPLETED.test(sentence)) return true;
  if (untilYear !== undefined && yearsIn(sentence).some((y) => y <= untilYear)) return true;
  return false;
}
