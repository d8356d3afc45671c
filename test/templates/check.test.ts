/**
 * Every shipped skeleton, at each allowed number of sections, and every phrase passes our own
 * checker: the only findings are the fields left to fill (placeholder/*). With the fields
 * filled in, the text is clean.
 */
import { allRules, check, documentFromText, type Finding } from '../../src/core';
import {
  auditDateFor,
  auditLibrary,
  isWritersReminder,
  findFields,
  formatAuditProblem,
  renderPhrase,
  renderSkeleton,
  sectionRange,
  shippedLibrary,
  toPlainText,
  type Phrase,
  type RenderedParagraph,
  type Skeleton,
} from '../../src/templates';

const SPEECH_DATE = '2026-03-01';
const library = shippedLibrary();

/** What a writer might type into each field. */
const FILLED: Record<string, string> = {
  会议名称: '全市人力资源和社会保障工作会议',
  上级会议名称: '全省人社工作会议',
  上级党委名称: '市委',
  上级单位名称: '市人社局',
  单位名称: '县人社局',
  办公室名称: '局办公室',
  部门名称: '局办公室',
  巡察组名称: '县委第二巡察组',
  纪检监察机构名称: '派驻纪检监察组',
  姓名: '王明',
  讲话人姓名: '李华',
  出席领导姓名: '王明、李华',
  领导职务: '局长',
  数字: '12',
  日期: '6月30日',
  指标名称: '城镇新增就业',
  工作名称: '就业服务',
  主题名称: '安全生产',
  活动名称: '服务提升年',
  学习教育名称: '树立和践行正确政绩观学习教育',
  节日名称: '春节',
  填写年度定位: '全面深化改革的关键',
  讲话场合名称: '全国组织工作会议',
  文件名称: '《关于进一步优化营商环境的实施意见》',
  引文: '空谈误国，实干兴邦',
};

/** Findings at the date the entry is meant for, without the reminders a seasonal entry expects. */
function findingsOf(text: string, entry: Skeleton | Phrase): Finding[] {
  const date = auditDateFor(entry, SPEECH_DATE) ?? SPEECH_DATE;
  return check(documentFromText(text), { today: date, speechDate: date }).findings.filter(
    (f) => f.rule.startsWith('placeholder/') || !isWritersReminder(f.rule, entry),
  );
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
    const findings = findingsOf(toPlainText(paragraphs), skeleton);
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
    expect(describe_(findingsOf(fill(paragraphs), skeleton))).toEqual([]);
  });
});

describe.each(library.phrases.map((p) => [p.id, p] as const))('phrase %s', (_id, phrase) => {
  test('only the fields to fill are flagged, and it is clean once filled', () => {
    const paragraphs = renderPhrase(phrase);
    const others = findingsOf(toPlainText(paragraphs), phrase).filter(
      (f) => !f.rule.startsWith('placeholder/'),
    );
    expect(describe_(others)).toEqual([]);
    expect(describe_(findingsOf(fill(paragraphs), phrase))).toEqual([]);
  });
});

test.each(['2024-03-01', '2026-11-21', '2030-07-01'])(
  'the whole library passes the audit whatever the speech date (%s): it names no year of its own',
  (speechDate) => {
    expect(auditLibrary(library, { speechDate }).map(formatAuditProblem)).toEqual([]);
  },
);
