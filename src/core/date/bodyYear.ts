/**
 * The year a speech's body implies, when its title and opening name none. Cues, strongest
 * first: `今年是2019年`, `刚刚过去的2017年` (the year before the speech), `2020年就要到了` (the
 * year after); the year it plans and
 * the year it reviews (a review of 2014 is given in 2015), weighed against each other; the
 * latest year it reports as done (`2012年，…增长7.8%`). A report on part of a year
 * (`2020年第一季度GDP同比下降`) shows the speech is no earlier than that year, and `截至2022年底`
 * that it is no earlier than 2023.
 */
import type { SpeechDocument } from '../engine/types';
import { sentenceAround } from './clause';
import { parseCount, parseYearDigits } from '../text/numerals';
import { matchesOf } from '../text/patterns';
import type { YearMention, YearProfile } from './years';
import anniversaries from '../data/anniversaries.json';

export interface BodyYear {
  year: number;
  /** What implied it, for the speech date's notes (zh). */
  label: string;
}

const YEAR = '(\\d{4}|[〇零一二][〇零一二三四五六七八九]{3})';
const JUST_PAST = new RegExp(`(?:刚刚|刚)过去的${YEAR}年`, 'gu');
/** `2020年就要到了`, `迎接2020年的到来`: a New Year's message given at the end of the year before. */
const COMING = new RegExp(
  `${YEAR}年(?:就要|即将)到来|${YEAR}年就要到了|迎接${YEAR}年的到来|即将到来的${YEAR}年`,
  'gu',
);

/** `截至2022年底`: the speech is given after that day (the next year for a year's end). */
const AS_OF = new RegExp(`(?:截至|截止)(?:到)?${YEAR}年(?:(底|末)|(\\d{1,2})月)`, 'gu');

function asOfFloor(doc: SpeechDocument): number | undefined {
  let latest: number | undefined;
  for (const p of doc.paragraphs) {
    if (!p.text.includes('截')) continue;
    for (const m of matchesOf(AS_OF, p.text)) {
      const y = parseYearDigits(m[1] as string);
      if (y === undefined) continue;
      const floor = m[2] !== undefined || m[3] === '12' ? y + 1 : y;
      if (latest === undefined || floor > latest) latest = floor;
    }
  }
  return latest;
}

/** A sentence that reports a result, not a goal. */
const REPORTED = /同比|环比|增长|下降|回落|完成了|实现了|达到了|比上年/u;
const GOAL = /确保|力争|争取|预计|目标|计划|将要|要在/u;

function counts(years: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const y of years) map.set(y, (map.get(y) ?? 0) + 1);
  return map;
}

/** The most frequent value; ties go to the later year. */
function top(map: Map<number, number>): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const [year, n] of map) {
    if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  }
  return best;
}

function justPast(doc: SpeechDocument): number | undefined {
  for (const p of doc.paragraphs) {
    if (!p.text.includes('过去的')) continue;
    for (const m of matchesOf(JUST_PAST, p.text)) {
      const y = parseYearDigits(m[1] as string);
      if (y !== undefined) return y;
    }
  }
  return undefined;
}

/**
 * `第104个“三八”国际劳动妇女节`: a numbered observance dates the speech. The year before the
 * first one: 妇女节 counted from 1910 as in official usage (2024年是第114个), 教师节 from 1985
 * (全国人大常委会1985年1月21日决定), 国家宪法日 from 2014 (全国人大常委会2014年11月1日决定),
 * 全民国家安全教育日 from 2016 (《国家安全法》2015年7月1日), 中国农民丰收节 from 2018 (国务院2018年6月批复).
 */
const OBSERVANCES: readonly { name: RegExp; base: number }[] = [
  { name: /^[“"]?三八[”"]?(?:国际)?(?:劳动)?妇女节|^国际劳动妇女节/u, base: 1910 },
  { name: /^教师节/u, base: 1984 },
  { name: /^国家宪法日/u, base: 2013 },
  { name: /^全民国家安全教育日/u, base: 2015 },
  { name: /^中国农民丰收节/u, base: 2017 },
];
const NUMBERED = /第(\d{1,3}|[一二三四五六七八九十百零]+)个/gu;

function observance(doc: SpeechDocument): { year: number; text: string } | undefined {
  for (const p of doc.paragraphs) {
    if (!p.text.includes('第')) continue;
    for (const m of matchesOf(NUMBERED, p.text)) {
      const n = parseCount(m[1] as string);
      if (n === undefined) continue;
      const rest = p.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const known = OBSERVANCES.find((o) => o.name.test(rest));
      if (known) return { year: known.base + n, text: `${m[0]}${rest.slice(0, 8)}` };
    }
  }
  return undefined;
}

/**
 * `在庆祝改革开放40周年大会上的讲话`, `今年是新中国成立75周年`: a known event's anniversary held or
 * told as now dates the speech (event year + N), from the anniversaries table the date rules use.
 */
const ANNIVERSARY_NOW = /今年是|值此|正值|今天|隆重集会|庆祝|纪念/u;
const STRONG_NOW = /今年是|值此|正值|今天|隆重集会|在这里/u;
let anniversaryPattern: { re: RegExp; years: Map<string, number> } | undefined;

function anniversaryYear(doc: SpeechDocument): { year: number; text: string } | undefined {
  if (!anniversaryPattern) {
    const years = new Map<string, number>();
    for (const e of anniversaries as { names: string[]; date: string }[])
      for (const n of e.names) years.set(n, Number(e.date.slice(0, 4)));
    const names = [...years.keys()].sort((a, b) => b.length - a.length).join('|');
    anniversaryPattern = {
      re: new RegExp(`(${names})(\\d{1,3}|[一二三四五六七八九十百零]+)周年`, 'gu'),
      years,
    };
  }
  const { re, years } = anniversaryPattern;
  for (const p of doc.paragraphs) {
    if (!p.text.includes('周年')) continue;
    for (const m of matchesOf(re, p.text)) {
      const n = parseCount(m[2] as string);
      const base = years.get(m[1] as string);
      if (n === undefined || base === undefined) continue;
      const sentence = sentenceAround(p.text, m.index, m.index + m[0].length);
      // Only a celebration held or told as now; a past one (`在庆祝…大会上的重要讲话精神`) is history.
      if (!ANNIVERSARY_NOW.test(sentence) || /精神|以来|曾|去年|当年/u.test(sentence)) continue;
      // In running text 庆祝/纪念 alone may recount a past celebration (主题教育…同庆祝新中国成立
      // 70周年结合起来, said in 2020); a title (在庆祝…大会上的讲话) or 今年是/值此/今天 is held now.
      const titleLike = p.text.trim().length <= 60 && !/[。！？]/u.test(p.text);
      if (!titleLike && !STRONG_NOW.test(sentence)) continue;
      return { year: base + n, text: m[0] };
    }
  }
  return undefined;
}

function coming(doc: SpeechDocument): number | undefined {
  for (const p of doc.paragraphs) {
    if (!p.text.includes('到')) continue;
    for (const m of matchesOf(COMING, p.text)) {
      const digits = m.slice(1).find((g) => g !== undefined);
      const y = digits === undefined ? undefined : parseYearDigits(digits);
      if (y !== undefined) return y;
    }
  }
  return undefined;
}

/**
 * `在这辞旧迎新的美好时刻`, `元旦即将来临`: a New Year's address given on the last days of the year
 * it looks back on, so the year it recounts is its own. A 春节/新春 greeting also 辞旧迎新 but is
 * given early in the next year, so those are left to the review cues.
 */
const YEAR_END =
  /辞旧迎新|元旦(?:即将|就要)(?:来临|到来)|新年钟声(?:即将|就要)敲响|即将过去的一年/u;
const SPRING_FESTIVAL =
  /春节|新春|农历|拜年|马年|羊年|猴年|鸡年|狗年|猪年|鼠年|牛年|虎年|兔年|龙年|蛇年/u;

function yearEndAddress(doc: SpeechDocument): boolean {
  const opening = doc.paragraphs.slice(0, 6).map((p) => p.text);
  return (
    opening.some((t) => YEAR_END.test(t)) &&
    !doc.paragraphs.some((p) => SPRING_FESTIVAL.test(p.text))
  );
}

function sentenceOf(doc: SpeechDocument, m: YearMention): string {
  const text = (doc.paragraphs[m.paragraph] as { text: string }).text;
  return sentenceAround(text, m.offset, m.offset + m.length);
}

/** The latest year whose part the text reports as done: the speech is no earlier. */
function partialReportYear(
  doc: SpeechDocument,
  mentions: readonly YearMention[],
): number | undefined {
  let latest: number | undefined;
  for (const m of mentions) {
    if (!m.partial || m.role === 'plan' || m.role === 'goal' || m.role === 'target') continue;
    const sentence = sentenceOf(doc, m);
    if (!REPORTED.test(sentence) || GOAL.test(sentence)) continue;
    if (latest === undefined || m.year > latest) latest = m.year;
  }
  return latest;
}

/** The latest year told as history at the start of a sentence (`2012年，…`). */
function latestHistoryYear(
  doc: SpeechDocument,
  mentions: readonly YearMention[],
): number | undefined {
  let latest: number | undefined;
  for (const m of mentions) {
    if (m.role !== 'history' || m.partial) continue;
    const text = (doc.paragraphs[m.paragraph] as { text: string }).text;
    const before = text.slice(Math.max(0, m.offset - 1), m.offset);
    const after = text.slice(m.offset + m.length, m.offset + m.length + 1);
    if (!(before === '' || /[。；！？\s\u3000]/u.test(before)) || !/[，,]/u.test(after)) continue;
    if (latest === undefined || m.year > latest) latest = m.year;
  }
  return latest;
}

export function bodyYear(doc: SpeechDocument, profile: YearProfile): BodyYear | undefined {
  const { mentions } = profile;
  const partial = partialReportYear(doc, mentions);
  const asOf = asOfFloor(doc);
  const floor =
    partial === undefined ? asOf : asOf === undefined ? partial : Math.max(partial, asOf);
  const atLeastFloor = (found: BodyYear | undefined): BodyYear | undefined =>
    found && floor !== undefined && found.year < floor
      ? { year: floor, label: `正文所报数据截至${floor}年以后` }
      : found;

  const thisYear = top(counts(mentions.filter((m) => m.role === 'thisYear').map((m) => m.year)));
  if (thisYear) return { year: thisYear[0], label: `正文“今年是${thisYear[0]}年”` };
  const past = justPast(doc);
  if (past !== undefined) return { year: past + 1, label: `正文“刚刚过去的${past}年”` };
  const day = observance(doc);
  if (day) return { year: day.year, label: `正文“${day.text}”` };
  const next = coming(doc);
  if (next !== undefined) return { year: next - 1, label: `正文说${next}年即将到来` };

  const plans = top(counts(mentions.filter((m) => m.role === 'plan').map((m) => m.year)));
  const reviews = top(
    counts(mentions.filter((m) => m.role === 'review' && !m.partial).map((m) => m.year)),
  );
  // A plan for the year after the review, or for the year under review, agree; otherwise the
  // cue with more mentions decides, and a tie goes to the review (plan years also name events
  // and targets, a review names the year just ended).
  if (
    plans &&
    (!reviews || plans[0] === reviews[0] + 1 || plans[0] === reviews[0] || plans[1] > reviews[1])
  )
    return atLeastFloor({ year: plans[0], label: `正文部署${plans[0]}年工作` });
  if (reviews) return atLeastFloor({ year: reviews[0] + 1, label: `正文回顾${reviews[0]}年工作` });
  // After the plan and review years, so that a wrong count (date/anniversary's finding) does not
  // set the year it is checked against.
  const jubilee = anniversaryYear(doc);
  if (jubilee) return atLeastFloor({ year: jubilee.year, label: `正文“${jubilee.text}”` });
  if (floor !== undefined) return { year: floor, label: `正文所报数据截至${floor}年以后` };
  const history = latestHistoryYear(doc, mentions);
  if (history !== undefined && yearEndAddress(doc))
    return { year: history, label: `新年致辞回顾${history}年` };
  if (history !== undefined) return { year: history + 1, label: `正文叙述${history}年的情况` };
  return undefined;
}
