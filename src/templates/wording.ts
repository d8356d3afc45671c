/**
 * Library-wide wording checks that no single-document rule can make: a sentence shared by two
 * entries (inserting a phrase into a skeleton would repeat it), an opening that announces a part
 * the skeleton does not have at some section count, and a literal office, superior body or year
 * that every writer would have to replace by hand (it must be a 【field】).
 */
import type { Library } from './library';
import {
  findFields,
  renderPhrase,
  renderSkeleton,
  sectionRange,
  type RenderedParagraph,
} from './render';

export interface WordingProblem {
  kind: 'skeleton' | 'phrase';
  id: string;
  sections?: number;
  paragraph: number;
  paragraphText: string;
  reason: string;
}

/** Lines every speech may share: greetings and thanks. */
const SHARED_LINES = new Set(['谢谢大家', '同志们', '各位领导、同志们', '同志们，大家好']);
/** Shorter sentences are formula fragments (要抓实, 一是…) that may recur. */
const MIN_SENTENCE = 8;

/** Sentences of a paragraph, without enumeration ordinals and the 同志们， address. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/[。！？；\n]/u)
    .map((s) =>
      s
        .trim()
        .replace(/^同志们，/u, '')
        .replace(
          /^(?:[一二三四五六七八九十]+[是要]|首先|其次|最后|第[一二三四五六七八九十]+，)/u,
          '',
        )
        .replace(/[”’」』]$/u, '')
        .trim(),
    )
    .filter((s) => s.length >= MIN_SENTENCE && !SHARED_LINES.has(s));
}

interface Entry {
  kind: 'skeleton' | 'phrase';
  id: string;
  /** Paragraphs with their index in the full rendering, so problems point at the right one. */
  paragraphs: Array<{ index: number; text: string; shared: boolean }>;
}

// Titles (在【会议名称】上的讲话), salutations, transitions and headings (加强组织领导) are shared
// forms, not sentences a writer would repeat by inserting a phrase.
const SHARED_ROLES = new Set(['title', 'salutation', 'transition', 'heading1', 'heading2']);

function indexed(paragraphs: readonly RenderedParagraph[]): Entry['paragraphs'] {
  return paragraphs.map((p, index) => ({
    index,
    text: p.text,
    shared: SHARED_ROLES.has(p.role),
  }));
}

function entriesOf(library: Library): Entry[] {
  return [
    ...library.skeletons.map((s) => ({
      kind: 'skeleton' as const,
      id: s.id,
      paragraphs: indexed(renderSkeleton(s)),
    })),
    ...library.phrases.map((p) => ({
      kind: 'phrase' as const,
      id: p.id,
      paragraphs: indexed(renderPhrase(p)),
    })),
  ];
}

/** Each sentence may appear in one entry only (within an entry the rules catch repeats). */
export function duplicateSentences(library: Library): WordingProblem[] {
  const firstSeen = new Map<string, string>();
  const problems: WordingProblem[] = [];
  for (const entry of entriesOf(library)) {
    const own = new Set<string>();
    for (const p of entry.paragraphs) {
      if (p.shared) continue;
      const paragraph = p.index;
      for (const sentence of sentencesOf(p.text)) {
        if (own.has(sentence)) continue;
        own.add(sentence);
        const other = firstSeen.get(sentence);
        if (other === undefined) firstSeen.set(sentence, `${entry.kind} ${entry.id}`);
        else
          problems.push({
            kind: entry.kind,
            id: entry.id,
            paragraph,
            paragraphText: p.text,
            reason: `the sentence “${sentence}” also appears in ${other}; write each entry's own`,
          });
      }
    }
  }
  return problems;
}

/** A part an opening may announce, and the headings that deliver it. */
const PARTS: ReadonlyArray<{ name: string; announced: RegExp; delivered: RegExp }> = [
  { name: '形势', announced: /形势/u, delivered: /形势/u },
  {
    name: '回顾',
    announced: /回顾|总结(?:过去|去年|上半年|前段|前一阶段)/u,
    delivered: /回顾|成绩|成效|进展/u,
  },
  { name: '作风', announced: /作风/u, delivered: /作风/u },
  {
    name: '问题',
    announced: /(?:查找|分析|指出|剖析)(?:[^，。]{0,6})问题/u,
    delivered: /问题|不足|差距/u,
  },
  { name: '考核结果', announced: /考核结果|考核情况/u, delivered: /考核(?:结果|情况)/u },
  { name: '体会', announced: /体会|心得/u, delivered: /体会|认识|收获/u },
];
/** The opening sentence that says what the meeting or speech will do. */
const PURPOSE = /任务是|主要是|目的是|重点讲|主要讲/u;

export function unkeptAnnouncements(library: Library): WordingProblem[] {
  const problems: WordingProblem[] = [];
  for (const skeleton of library.skeletons) {
    const { min, max } = sectionRange(skeleton);
    for (let n = min; n <= max; n++) {
      const paragraphs = renderSkeleton(skeleton, { sections: n });
      const headings = paragraphs
        .filter((p) => p.role === 'heading1' || p.role === 'heading2')
        .map((p) => p.text)
        .join('\n');
      paragraphs.forEach((p, paragraph) => {
        if (p.role !== 'opening') return;
        for (const sentence of p.text.split(/[。！？]/u).filter((s) => PURPOSE.test(s))) {
          for (const part of PARTS) {
            if (part.announced.test(sentence) && !part.delivered.test(headings))
              problems.push({
                kind: 'skeleton',
                id: skeleton.id,
                sections: n,
                paragraph,
                paragraphText: p.text,
                reason: `the opening announces a ${part.name} part that no heading delivers at ${n} sections`,
              });
          }
        }
      });
    }
  }
  return problems;
}

/** Literals a writer must replace every time: a year, a named office or a superior body. */
const LITERALS: ReadonlyArray<{ what: string; pattern: RegExp }> = [
  { what: 'a year', pattern: /(?:19|20)[0-9]{2}(?=年)|[一二][〇零一二三四五六七八九]{3}(?=年)/gu },
  { what: 'a superior body', pattern: /上级(?:党委|政府|党组|机关|部门|单位|有关会议|会议)/gu },
  {
    what: 'a named office',
    pattern:
      /[省市县区乡镇](?:委(?!员)|政府|纪委|人大|政协)|局党组|局机关|局领导|本局|我局|我委|办公室|组织部|宣传部|纪检监察组/gu,
  },
];

export function literalsToField(library: Library): WordingProblem[] {
  const problems: WordingProblem[] = [];
  for (const entry of entriesOf(library)) {
    for (const p of entry.paragraphs) {
      const paragraph = p.index;
      const fields = findFields(p.text);
      const inField = (at: number) =>
        fields.some((f) => at >= f.offset && at < f.offset + f.length);
      for (const { what, pattern } of LITERALS) {
        for (const m of p.text.matchAll(pattern)) {
          if (inField(m.index)) continue;
          problems.push({
            kind: entry.kind,
            id: entry.id,
            paragraph,
            paragraphText: p.text,
            reason: `“${m[0]}” names ${what}: make it a field such as 【单位名称】 or 【年份】`,
          });
        }
      }
    }
  }
  return problems;
}

export function auditWording(library: Library): WordingProblem[] {
  return [
    ...duplicateSentences(library),
    ...unkeptAnnouncements(library),
    ...literalsToField(library),
  ];
}
