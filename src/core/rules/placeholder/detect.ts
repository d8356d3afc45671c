/**
 * Finds placeholder tokens (X, XX, ×, ***, ○○, □, ____, 某某, 【单位名称】, 20xx) once per document
 * and decides, from what follows or precedes, whether each stands for a number or a name.
 * Both placeholder rules read the same memoised list, so every token is reported exactly once.
 */
import type { MessageData, RuleContext, RuleReport, SpeechDocument } from '../../engine/types';
import { tableOf } from '../../data/table';
import {
  isAsciiLetter,
  isChineseContext,
  isChineseNumeral,
  isCommonSurname,
  isDigit,
  isHan,
} from '../../text/cjk';
import { placeholderExceptionsTable } from './tables';
import { matchesOf } from '../../text/patterns';

export type PlaceholderKind = 'number' | 'name';

/** What belongs in a blank; each is a messageId of the rule for its kind. */
export const NUMBER_FIELDS = {
  percent: { zh: '百分比', en: 'a percentage' },
  date: { zh: '日期', en: 'a date' },
  year: { zh: '年份', en: 'a year' },
  money: { zh: '金额', en: 'an amount of money' },
  people: { zh: '人数', en: 'a number of people' },
  figure: { zh: '数字', en: 'a figure' },
  ordinal: { zh: '序号', en: 'an ordinal number' },
} as const;

export const NAME_FIELDS = {
  person: { zh: '人名', en: "a person's name" },
  place: { zh: '地名或单位名', en: 'a place or unit name' },
  name: { zh: '名称（人名、地名或单位名）', en: 'a name (person, place or unit)' },
} as const;

/**
 * `template`: a bracketed template field such as 【单位名称】, named by its own text.
 * `blank`: only spaces where a name was deleted (`请 同志宣读`), before the title `title`.
 */
export type Field = keyof typeof NUMBER_FIELDS | keyof typeof NAME_FIELDS | 'template' | 'blank';

export interface PlaceholderToken {
  paragraph: number;
  offset: number;
  length: number;
  kind: PlaceholderKind;
  field: Field;
  /** For a `blank`: the title that follows it (同志, 书记). */
  title?: string;
}

interface Classification {
  kind: PlaceholderKind;
  field: Field;
  /** True when nothing around the token told number from name (the fallback "name"). */
  guessed: boolean;
}

const FIELD = {
  percent: 'percent',
  date: 'date',
  year: 'year',
  money: 'money',
  people: 'people',
  figure: 'figure',
  ordinal: 'ordinal',
  person: 'person',
  place: 'place',
  name: 'name',
} as const satisfies Record<string, Field>;

// What follows a number placeholder: a unit, a measure word or a date part. Traditional forms are
// listed because template text copied from the web is often in traditional characters.
const PERCENT_AFTER = /^[%％‰]/u;
const DATE_AFTER = /^(?:月|日|号|號)/u;
const YEAR_AFTER = /^(?:年|周年|週年)/u;
const MONEY_AFTER = /^(?:[万亿千百萬億]?元)/u;
const PEOPLE_AFTER =
  /^(?:[万千百萬]?(?:人次|人(?![社大民武力才])|名(?![称單单])|位(?![置于於列])))/u;
const FIGURE_AFTER =
  /^(?:[万亿千百十萬億]|个|個|项|項|件|次|户|戶|家|所|篇|场|場|批|起|张|張|台|臺|套|座|条|條|期|类|類|种|種|倍|岁|歲|吨|噸|亩|畝|辆|輛|株|例|宗|笔|筆|处|處|份|间|間|栋|棟|届|屆|轮|輪|季度|天|周(?!边|围|年)|小时|小時|分钟|分鐘|秒|公里|千米|平方|公顷|立方|余|餘|多(?=[人名个個万萬亿億元项項家件次户戶])|点(?=[意要])|级|級|章|节)/u;
const TITLE_AFTER =
  /^(?:常务|常務)?副?(?:书记|書記|同志|县长|縣長|市长|市長|省长|省長|区长|區長|州长|乡长|鄉長|镇长|鎮長|村长|局长|局長|厅长|廳長|部长|部長|处长|處長|科长|科長|主任|主席|组长|組長|校长|校長|院长|院長|所长|站长|队长|社长|总监|经理|總經理|董事长|委员|委員|代表|先生|女士|教授|老师|老師)/u;
const PLACE_AFTER =
  /^(?:省|市|县|縣|区|區|乡|鄉|镇|鎮|村|州|盟|旗|委|局|厅|廳|办|辦|署|政府|人大|人社|人民|人武|人力|政协|政協|纪委|监委|党委|黨委|党组|社区|街道|医院|醫院|中心|公司|集团|大学|学院|中学|小学|学校|银行|属|屬|内|籍)/u;
const ORDINAL_BEFORE = /第$/u;
const AMOUNT_BEFORE =
  /(?:约|達|达|达到|超过|超|近|共|计|逾|增长|下降|提高|减少|增加|增至|降至|提升)$/u;
const PLACE_BEFORE = /(?:全|我|本|该)$/u;
const CONTACT_NUMBER_BEFORE = /(?:电话|手机|号码|传真|邮编|编号|文号)[：:]?\s*$/u;

function classify(text: string, start: number, end: number): Classification {
  const after = text.slice(end, end + 8);
  const before = text.slice(Math.max(0, start - 4), start);
  const number = (field: Field): Classification => ({ kind: 'number', field, guessed: false });
  const name = (field: Field): Classification => ({ kind: 'name', field, guessed: false });
  if (PERCENT_AFTER.test(after)) return number(FIELD.percent);
  if (TITLE_AFTER.test(after)) return name(FIELD.person);
  if (PLACE_AFTER.test(after)) return name(FIELD.place);
  if (YEAR_AFTER.test(after)) return number(FIELD.year);
  if (DATE_AFTER.test(after)) return number(FIELD.date);
  if (MONEY_AFTER.test(after)) return number(FIELD.money);
  if (PEOPLE_AFTER.test(after)) return number(FIELD.people);
  if (FIGURE_AFTER.test(after)) return number(FIELD.figure);
  if (ORDINAL_BEFORE.test(before)) return number(FIELD.ordinal);
  if (AMOUNT_BEFORE.test(before) || CONTACT_NUMBER_BEFORE.test(before)) return number(FIELD.figure);
  if (PLACE_BEFORE.test(before)) return name(FIELD.place);
  return { kind: 'name', field: FIELD.name, guessed: true };
}

interface Run {
  start: number;
  end: number;
  mark: 'x' | 'times' | 'star' | 'circle' | 'square' | 'blank' | 'mou';
}

const RUN = /(?:[XxＸｘ]+(?:[.．][XxＸｘ]+)?)|×+|[*＊]+|○+|□+|[_＿]{2,}|某某+/gu;

function markOf(ch: string): Run['mark'] {
  if (/[XxＸｘ]/u.test(ch)) return 'x';
  if (ch === '×') return 'times';
  if (ch === '*' || ch === '＊') return 'star';
  if (ch === '○') return 'circle';
  if (ch === '□') return 'square';
  if (ch === '某') return 'mou';
  return 'blank';
}

/** The nearest non-space character before/after a position. */
function prevSolid(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (!/\s/u.test(text[i] as string)) return text[i];
  return undefined;
}
function nextSolid(text: string, index: number): string | undefined {
  for (let i = index; i < text.length; i++) if (!/\s/u.test(text[i] as string)) return text[i];
  return undefined;
}

const FORMULA_MARKS = '+=^/＋＝';

/** Whether a run is plainly not a blank: part of a Latin word, a formula, a multiplication, a year. */
function isNotBlank(text: string, run: Run): boolean {
  const prev = text[run.start - 1];
  const next = text[run.end];
  const length = run.end - run.start;
  switch (run.mark) {
    case 'x':
      if (isAsciiLetter(prev) || isAsciiLetter(next) || isDigit(prev) || isDigit(next)) return true;
      if (
        (prev !== undefined && FORMULA_MARKS.includes(prev)) ||
        (next !== undefined && FORMULA_MARKS.includes(next))
      )
        return true;
      if (
        (next === '-' && isAsciiLetter(text[run.end + 1])) ||
        (next === '.' && isDigit(text[run.end + 1]))
      )
        return true;
      // iPhone X手机, Generation X: the X belongs to a Latin phrase before or after a space.
      if (/[A-Za-z0-9] +$/.test(text.slice(Math.max(0, run.start - 20), run.start))) return true;
      if (/^ +[A-Za-z0-9]/.test(text.slice(run.end, run.end + 20))) return true;
      // A Chinese blank sits next to Chinese text; a lone X among spaces and Latin is English.
      return !(
        isChineseContext(prev) ||
        isChineseContext(next) ||
        next === '%' ||
        prev === undefined ||
        next === undefined
      );
    case 'times': {
      const p = prevSolid(text, run.start);
      const n = nextSolid(text, run.end);
      const operand = (ch: string | undefined) =>
        isDigit(ch) || isAsciiLetter(ch) || ch === ')' || ch === '）';
      return operand(p) && operand(n);
    }
    case 'star':
      if (length === 1 && (isDigit(prev) || isAsciiLetter(prev))) return true; // footnote mark
      return !(
        isChineseContext(prev) ||
        isChineseContext(next) ||
        prev === undefined ||
        next === undefined
      );
    case 'circle':
      // 二○二四年: ○ used as zero between Chinese numerals.
      return isChineseNumeral(prev) || isChineseNumeral(next) || isDigit(prev) || isDigit(next);
    case 'square':
      return false;
    case 'blank':
      return /[A-Za-z0-9]/.test(prev ?? '') || /[A-Za-z0-9]/.test(next ?? '');
    case 'mou':
      return false;
  }
}

/** Single ×, *, ○, □ are common as marks (bullet, footnote, checkbox): a blank only with context. */
function needsContext(run: Run): boolean {
  return run.end - run.start === 1 && run.mark !== 'x';
}

/** `**重点**`: Markdown emphasis, not two blanks. */
function emphasisPairs(text: string, runs: readonly Run[], guessed: ReadonlySet<Run>): Set<Run> {
  const paired = new Set<Run>();
  const stars = runs.filter((r) => r.mark === 'star');
  for (let i = 0; i + 1 < stars.length; i++) {
    const open = stars[i] as Run;
    const close = stars[i + 1] as Run;
    const inner = text.slice(open.end, close.start);
    if (
      guessed.has(open) &&
      open.end - open.start === close.end - close.start &&
      open.end - open.start <= 3 &&
      inner.length > 0 &&
      inner.length <= 60 &&
      !/^\s|\s$/u.test(inner)
    ) {
      paired.add(open).add(close);
      i++;
    }
  }
  return paired;
}

const FIELD_BRACKET = /[【[［〔]([^【】[\]［］〔〕\n]{1,12})[】\]］〕]/gu;
const FIELD_WORD =
  /名称|姓名|名字|单位|部门|职务|职称|地点|地址|时间|日期|年份|月份|数字|数量|金额|人数|比例|标题|引文|填写|输入|待定|待补充|[XxＸ×*＊]{2}/u;
const NUMBER_FIELD_WORD = /时间|日期|年份|月份|数字|数量|金额|人数|比例/u;
/** Spaces where a name was cut out, before a title: `组长 同志`, `按照 书记的要求`. */
const BLANK_BEFORE_TITLE =
  /(?<=[\p{Script=Han}、，。：；（“])[ \u3000]+(?=((?:常务)?副?(?:同志(?!们)|书记|县长|市长|省长|区长|局长|主任|部长|厅长|处长|科长|组长|校长|院长)))/gu;
/** A stray space inside a title or a greeting, not a missing name: 县委 书记, 常务 副县长, 各位 同志. */
const SPACED_TITLE_BEFORE = /(?:[委部支总党]|常务|各位|全体|广大)$/u;

const TEMPLATE_YEAR = /(?:19|20)[0-9]{0,1}[XxＸｘ×*＊]{1,2}(?=\s*年)/gu;

function overlaps(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return ranges.some(([s, e]) => start < e && end > s);
}

function exceptionRanges(text: string, exceptions: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const phrase of exceptions) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  return ranges;
}

/** A paragraph of nothing but marks (`***`, `____`, `○○○`) is a separator line, not a blank. */
const SEPARATOR_LINE = /^[\s*＊_＿○□×\-—=]+$/u;

/**
 * Where any token below could start: a mark of RUN or TEMPLATE_YEAR, a bracket of FIELD_BRACKET,
 * or the spaces of BLANK_BEFORE_TITLE. Most paragraphs have none and are skipped at once.
 */
const ANY_CANDIDATE = /[XxＸｘ×*＊○□_＿某【[［〔]|(?<=[\p{Script=Han}、，。：；（“])[ \u3000]/u;

export function findPlaceholdersInText(
  text: string,
  paragraph: number,
  exceptions: readonly string[],
): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = [];
  if (!ANY_CANDIDATE.test(text) || SEPARATOR_LINE.test(text)) return tokens;
  const taken: Array<[number, number]> = exceptionRanges(text, exceptions);
  const push = (
    start: number,
    end: number,
    kind: PlaceholderKind,
    field: Field,
    title?: string,
  ) => {
    const token: PlaceholderToken = { paragraph, offset: start, length: end - start, kind, field };
    if (title !== undefined) token.title = title;
    tokens.push(token);
    taken.push([start, end]);
  };

  for (const m of matchesOf(FIELD_BRACKET, text)) {
    const content = m[1] as string;
    if (!FIELD_WORD.test(content) || overlaps(taken, m.index, m.index + m[0].length)) continue;
    // 【地点】：会议室, 【时间】2024年3月1日 — a label followed by its content, not an empty field.
    const rest = text.slice(m.index + m[0].length);
    if (/^\s*[：:]/u.test(rest)) continue;
    if (NUMBER_FIELD_WORD.test(content) && /^\s*[0-9〇○一二三四五六七八九十]/u.test(rest)) continue;
    push(
      m.index,
      m.index + m[0].length,
      NUMBER_FIELD_WORD.test(content) ? 'number' : 'name',
      'template',
    );
  }
  for (const m of matchesOf(BLANK_BEFORE_TITLE, text)) {
    if (SPACED_TITLE_BEFORE.test(text.slice(0, m.index))) continue;
    push(m.index, m.index + m[0].length, 'name', 'blank', m[1] as string);
  }
  for (const m of matchesOf(TEMPLATE_YEAR, text)) {
    if (m[0].length !== 4 || isDigit(text[m.index - 1]) || overlaps(taken, m.index, m.index + 4))
      continue;
    push(m.index, m.index + 4, 'number', FIELD.year);
  }

  const runs: Run[] = [];
  for (const m of matchesOf(RUN, text)) {
    const run: Run = {
      start: m.index,
      end: m.index + m[0].length,
      mark: markOf(m[0][0] as string),
    };
    if (overlaps(taken, run.start, run.end) || isNotBlank(text, run)) continue;
    runs.push(run);
  }
  const classes = new Map(runs.map((run) => [run, classify(text, run.start, run.end)]));
  const guessed = new Set(runs.filter((r) => (classes.get(r) as Classification).guessed));
  const emphasis = emphasisPairs(text, runs, guessed);
  for (const run of runs) {
    const c = classes.get(run) as Classification;
    if (emphasis.has(run)) continue;
    if (needsContext(run) && c.guessed) continue;
    if (run.mark === 'mou') {
      // 李某某: a surname before 某某 makes the standard anonymised name of case reports.
      if (isCommonSurname(text[run.start - 1])) continue;
      push(run.start, run.end, 'name', c.kind === 'name' && !c.guessed ? c.field : FIELD.name);
      continue;
    }
    // A lone X touching no Han character and saying nothing about its field (`（X）`) is too weak.
    if (
      run.mark === 'x' &&
      !isHan(text[run.start - 1]) &&
      !isHan(text[run.end]) &&
      c.guessed &&
      run.end - run.start === 1
    ) {
      continue;
    }
    push(run.start, run.end, c.kind, c.field);
  }
  return tokens.sort((a, b) => a.offset - b.offset);
}

/** Every placeholder in the document, computed once per check and shared by both rules. */
export function placeholderTokens(
  doc: SpeechDocument,
  ctx: RuleContext<unknown>,
): readonly PlaceholderToken[] {
  return ctx.shared('placeholder/tokens', () => {
    const exceptions = tableOf(ctx, placeholderExceptionsTable).map((e) => e.text);
    return doc.paragraphs.flatMap((p, i) => findPlaceholdersInText(p.text, i, exceptions));
  });
}

/** One rule's reports: the tokens of its kind, with the placeholder (and a blank's title) as data. */
export function placeholderReports(
  doc: SpeechDocument,
  ctx: RuleContext<unknown>,
  kind: PlaceholderKind,
): RuleReport[] {
  return placeholderTokens(doc, ctx)
    .filter((t) => t.kind === kind)
    .map((t) => {
      const text = (doc.paragraphs[t.paragraph]?.text ?? '').slice(t.offset, t.offset + t.length);
      // Only name messages speak of the title (请____同志宣读).
      const data: MessageData = kind === 'name' ? { text, title: t.title ?? '' } : { text };
      return {
        paragraph: t.paragraph,
        offset: t.offset,
        length: t.length,
        messageId: t.field,
        data,
      };
    });
}
