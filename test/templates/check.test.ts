/**
 * Every shipped skeleton, at each allowed number of sections, and every phrase passes our own
 * checker: the only findings are the fields left to fill (placeholder/*). With the fields
 * filled in, the text is clean.
 */
import { allRules, check, documentFromText, type Finding } from '../../src/core';
import {
  auditLibrary,
  findFields,
  formatAuditProblem,
  renderPhrase,
  renderSkeleton,
  sectionRange,
  shippedLibrary,
  toPlainText,
  type RenderedParagraph,
} from '../../src/templates';

const SPEECH_DATE = '2026-03-01';
const library = shippedLibrary();

/** What a writer might type into each field. */
const FILLED: Record<string, string> = {
  会议名称: '全市人力资源和社会保障工作会议',
  年份: '2025',
  单位名称: '市人社局',
  上级党委名称: '市委',
  上级单位: '全省',
  姓名: '王明',
  数字: '12',
  活动名称: '服务提升',
};

function findingsOf(text: string): Finding[] {
  return check(documentFromText(text), { today: SPEECH_DATE, speechDate: SPEECH_DATE }).findings;
}

function describe_(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} p${f.paragraph} “${f.text}” ${f.message}`);
}

function fill(paragraphs: readonly RenderedParagraph[]): string {
  return toPlainText(paragraphs).replace(
    /【([^【】]+)】/g,
    (whole, name: string) => FILLED[name] ?? whole,
  );
}

const skeletonCases = library.skeletons.flatMap((skeleton) => {
  const { min, max } = sectionRange(skeleton);
  return Array.from({ length: max - min + 1 }, (_, i) => [skeleton.id, min + i] as const);
});

test('the engine has rules registered (otherwise these checks prove nothing)', () => {
  expect(allRules.length).toBeGreaterThan(0);
});

describe.each(skeletonCases)('skeleton %s with %i sections', (id, sections) => {
  const skeleton = library.skeletons.find((s) => s.id === id);
  if (!skeleton) throw new Error(id);
  const paragraphs = renderSkeleton(skeleton, { sections });

  test('only the fields to fill are flagged', () => {
    const findings = findingsOf(toPlainText(paragraphs));
    const others = findings.filter((f) => !f.rule.startsWith('placeholder/'));
    expect(describe_(others)).toEqual([]);
    // every field is reported by some placeholder rule
    const flagged = new Set(findings.map((f) => `${f.paragraph}:${f.text}`));
    paragraphs.forEach((p, index) => {
      for (const field of findFields(p.text)) {
        const hit = [...flagged].some(
          (key) => key.startsWith(`${index}:`) && key.includes(field.name),
        );
        expect({ paragraph: index, field: field.name, hit }).toEqual({
          paragraph: index,
          field: field.name,
          hit: true,
        });
      }
    });
  });

  test('with the fields filled in, the text is clean', () => {
    expect(describe_(findingsOf(fill(paragraphs)))).toEqual([]);
  });
});

describe.each(library.phrases.map((p) => [p.id, p] as const))('phrase %s', (_id, phrase) => {
  test('only the fields to fill are flagged, and it is clean once filled', () => {
    const paragraphs = renderPhrase(phrase);
    const others = findingsOf(toPlainText(paragraphs)).filter(
      (f) => !f.rule.startsWith('placeholder/'),
    );
    expect(describe_(others)).toEqual([]);
    expect(describe_(findingsOf(fill(paragraphs)))).toEqual([]);
  });
});

test.each(['2024-03-01', '2026-11-21', '2030-07-01'])(
  'the whole library passes the audit whatever the speech date (%s): it names no year of its own',
  (speechDate) => {
    expect(auditLibrary(library, { speechDate }).map(formatAuditProblem)).toEqual([]);
  },
);
