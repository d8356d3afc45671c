/**
 * Year mentions and their role in the sentence. A speech that reviews one year and plans the
 * next names both; what matters is whether a year is used as history (`2019年，我们…`), as the
 * year under review (`总结2021年工作`), or as the current/planned one (`2022年工作任务`).
 */
import type { SpeechDocument } from '../engine/types';
import { insideBookTitle } from './clause';
import { parseYearDigits } from '../text/numerals';
import { matchesOf } from '../text/patterns';

export type YearRole =
  /** `总结2021年工作`, `2021年工作回顾`, `2021年度目标考核`, `2016年计划执行情况`. */
  | 'review'
  /** `2022年工作任务`, `安排部署2022年…`, `确保2022年实现…`. */
  | 'plan'
  /** `今年是2022年`. */
  | 'thisYear'
  /** `确保2022年实现…`, `力争2022年…`: a goal for that year. */
  | 'goal'
  /** `到2025年` — a target date; judged by date/past-deadline. */
  | 'target'
  /** One end of a span, `2014年10月至2017年12月`, `2016—2020年`. */
  | 'range'
  /** Plainly history: `2019年，我们…`, `截至2021年底`, `2020年以来`. */
  | 'history'
  /** A full date, `2022年5月20日`. */
  | 'dated'
  /** In a document title `《…2021年…》`. */
  | 'title'
  | 'unknown';

export interface YearMention {
  paragraph: number;
  /** Offset of the year's digits. */
  offset: number;
  /** Length of the digits plus `年`. */
  length: number;
  year: number;
  role: YearRole;
  /** A review of part of the year (`2022年上半年`), which may share the plan year. */
  partial: boolean;
}

const YEAR =
  /(?<![\d０-９〇零一二三四五六七八九])([12]\d{3}|[０-９]{4}|[〇零一二][〇零一二三四五六七八九]{3})年/gu;
const SPAN_BEFORE =
  /(?:\d{4}|[〇零一二三四五六七八九]{4})年?(?:\d{1,2}月)?(?:份|底|末)?\s*(?:至|到|—|－|-|~|～|－)\s*$/u;
const SPAN_AFTER =
  /^(?:\d{1,2}月)?(?:份|底|末)?\s*(?:至|—|－|-|~|～)\s*(?:\d{4}|[〇零一二三四五六七八九]{4})/u;
const REVIEW_BEFORE = /(?:总结|回顾|盘点|考核|通报)(?:了|一下)?$/u;
/** `完成2020年目标任务` is a review in one speech and a plan in the next: neither. */
const AMBIGUOUS_BEFORE = /(?:完成|实现|超额完成|完成了|实现了)$/u;
/** `确保完成2023年各项目标任务`: a goal still ahead, unlike a bare `完成2023年目标任务`. */
const GOAL_COMPLETE_BEFORE = /(?:确保|力争|争取|务必|努力)(?:全面|圆满|超额)?(?:完成|实现)$/u;
const REVIEW_AFTER =
  /^(?:度)?(?:的)?(?:全年)?(?:工作|目标任务|目标|各项工作|国民经济和社会发展计划|计划|预算)?(?:回顾|总结|完成情况|执行情况|落实情况|考核|述职)/u;
const PLAN_BEFORE = /(?:安排部署|部署|谋划|做好|抓好|围绕)$/u;
const GOAL_BEFORE = /(?:确保|力争|争取|务必)(?:在)?$/u;
const PLAN_AFTER =
  /^(?:度)?(?:的)?(?:全[县市省区镇乡局]|本系统|全系统|我[县市省区局])?(?:人社|人力资源和社会保障|教育|经济社会发展|经济|财政|民生|党建|改革|重点|各项|主要)?(?:工作)?(?:任务|要点|目标任务|工作计划|计划|思路|重点工作|主要任务|工作安排|打算)/u;
const EVENT_AFTER =
  /^\p{Script=Han}{0,4}?(?:冬奥会|奥运会|残奥会|亚运会|世博会|博览会|全运会|运动会|大运会|青奥会|峰会|世界杯|进博会|亚冬会)/u;
const HISTORY_BEFORE = /(?:截至|截止|截止到|截至到|早在|自|从|于)$/u;
const HISTORY_AFTER = /^(?:[，,]|以来|来|间|期间|时|底[，,]|末[，,]|至今)/u;
const PARTIAL_AFTER =
  /^(?:度)?(?:上半年|下半年|前三季度|一季度|第一季度|1[-—至~～]\d{1,2}月|\d{1,2}月份以来|半年)/u;

export function classifyYear(
  text: string,
  start: number,
  end: number,
): { role: YearRole; partial: boolean } {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 24);
  const partial = PARTIAL_AFTER.test(after);
  if (insideBookTitle(text, start)) return { role: 'title', partial };
  if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after)) return { role: 'range', partial };
  if (/今年是$/u.test(before)) return { role: 'thisYear', partial };
  // `2011年，是“十二五”开局之年，做好今年的工作…`: the year named as this year's. Without 今年 in the
  // sentence it may be a look back (`2020年是极不平凡的一年` in a 2021 review).
  if (/^[，,]?是[^。！？；]*今年/u.test(text.slice(end))) return { role: 'thisYear', partial };
  if (/(?:^|[^截])到$/u.test(before) && !/^\d{1,2}月/u.test(after))
    return { role: 'target', partial };
  if (/^(?:的)?(?:基础上|水平上|基数上)|^(?:以来|至今)/u.test(after))
    return { role: 'history', partial };
  if (GOAL_COMPLETE_BEFORE.test(before)) return { role: 'goal', partial };
  if (AMBIGUOUS_BEFORE.test(before)) return { role: 'unknown', partial };
  if (REVIEW_BEFORE.test(before) || REVIEW_AFTER.test(after)) return { role: 'review', partial };
  if (
    /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/u.test(
      after,
    )
  ) {
    return { role: 'dated', partial };
  }
  // 2022年冬奥会, 2010年世博会: an event's name, not a year of work.
  if (EVENT_AFTER.test(after)) return { role: 'unknown', partial };
  if (PLAN_BEFORE.test(before) || PLAN_AFTER.test(after)) return { role: 'plan', partial };
  if (GOAL_BEFORE.test(before)) return { role: 'goal', partial };
  if (HISTORY_BEFORE.test(before) || HISTORY_AFTER.test(after)) return { role: 'history', partial };
  return { role: 'unknown', partial };
}

/** Every year mention in the document, 1900–2100, with its role. */
export function yearMentions(doc: SpeechDocument): YearMention[] {
  const found: YearMention[] = [];
  doc.paragraphs.forEach((p, paragraph) => {
    for (const m of matchesOf(YEAR, p.text)) {
      const year = parseYearDigits(m[1] as string);
      if (year === undefined || year < 1900 || year > 2100) continue;
      const offset = m.index;
      const end = offset + m[0].length;
      const { role, partial } = classifyYear(p.text, offset, end);
      found.push({ paragraph, offset, length: m[0].length, year, role, partial });
    }
  });
  return found;
}

export interface YearProfile {
  mentions: YearMention[];
  /** The year most often under review (whole-year reviews only), if any. */
  reviewYear?: number;
  /** The year most often planned, if any. */
  planYear?: number;
}

/** The most frequent value; ties go to the later year, which a reviewer reads as the newer draft. */
function majority(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && v > best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Key of the year profile in `ctx.shared`: the engine computes it once for the speech date and the date rules. */
export const YEAR_PROFILE_KEY = 'date/yearProfile';

export function yearProfile(doc: SpeechDocument): YearProfile {
  const mentions = yearMentions(doc);
  const planYear = majority(
    mentions.filter((m) => m.role === 'plan' || m.role === 'thisYear').map((m) => m.year),
  );
  const reviews = mentions.filter((m) => m.role === 'review' && !m.partial).map((m) => m.year);
  // A review that names the plan year contradicts the plan; the other reviews decide.
  const consistent = planYear === undefined ? reviews : reviews.filter((y) => y < planYear);
  const reviewYear = majority(consistent.length > 0 ? consistent : reviews);
  return { mentions, reviewYear, planYear };
}
