/** The library-wide wording checks and the date window of entries, on small made-up libraries. */
import {
  auditDateFor,
  auditLibrary,
  describeValidity,
  duplicateSentences,
  literalsToField,
  loadLibrary,
  sentencesOf,
  unkeptAnnouncements,
  validityOn,
  type Library,
  type Phrase,
  type Skeleton,
} from '../../src/templates';

const phrase = (id: string, text: string, extra: Partial<Phrase> = {}): Phrase => ({
  id,
  title: id,
  theme: '抓落实',
  text,
  tags: [],
  speechTypes: [],
  ...extra,
});

const skeleton = (opening: string, headings: string[], optional = false): Skeleton => ({
  id: 'sample',
  title: '示例讲话',
  speechType: 'annual-work',
  summary: '测试用',
  tags: [],
  heading: ['在【会议名称】上的讲话'],
  salutation: '同志们：',
  opening: [opening],
  transition: '下面，我讲{n}点意见：',
  sections: headings.map((heading, i) => ({
    heading,
    blocks: [`第${'一二三四'[i] as string}部分的正文要写得具体一些。`],
    ...(optional && i === headings.length - 1 ? { optional: true } : {}),
  })),
  closing: ['谢谢大家！'],
});

const lib = (parts: Partial<Library>): Library => ({ skeletons: [], phrases: [], ...parts });

describe('a sentence may appear in one entry only', () => {
  test('sentences drop ordinals and the address, and short fragments do not count', () => {
    expect(sentencesOf('同志们，一分部署，九分落实。一是抓学习；二要把任务落实到位到人。')).toEqual(
      ['一分部署，九分落实', '把任务落实到位到人'],
    );
  });

  test('a stock line shared by two phrases is reported once, on the second', () => {
    const problems = duplicateSentences(
      lib({
        phrases: [
          phrase('a', '一分部署，九分落实。各科室要定了就干。'),
          phrase('b', '同志们，一分部署，九分落实。要倒排工期、挂图作战。'),
        ],
      }),
    );
    expect(problems.map((p) => [p.id, p.reason])).toEqual([
      ['b', expect.stringContaining('“一分部署，九分落实” also appears in phrase a')],
    ]);
  });

  test('titles, greetings, headings and thanks may repeat; different sentences are fine', () => {
    const a = skeleton('今天召开会议，部署今年的重点工作。', ['统一思想认识', '狠抓工作落实']);
    const b = { ...a, id: 'other', opening: ['今天的会议，主要是研究下半年的工作安排。'] };
    b.sections = b.sections.map((s, i) => ({ ...s, blocks: [`另一篇讲话第${i + 1}部分的正文。`] }));
    expect(duplicateSentences(lib({ skeletons: [a, b] }))).toEqual([]);
  });
});

describe('an opening announces only the parts the skeleton has', () => {
  test('an announced 形势 part with no 形势 heading is reported', () => {
    const s = skeleton('今天，我们召开会议，主要任务是回顾去年工作，分析当前形势，部署今年任务。', [
      '去年工作回顾',
      '今年重点任务',
    ]);
    expect(unkeptAnnouncements(lib({ skeletons: [s] })).map((p) => p.reason)).toEqual([
      'the opening announces a 形势 part that no heading delivers at 2 sections',
    ]);
  });

  test('a part that only an optional section delivers fails at the smaller count', () => {
    const s = skeleton(
      '今天，我们召开会议，主要任务是回顾去年工作，分析当前形势。',
      ['去年工作回顾', '今年重点任务', '当前形势分析'],
      true,
    );
    expect(unkeptAnnouncements(lib({ skeletons: [s] })).map((p) => p.sections)).toEqual([2]);
  });

  test('an opening whose parts all have headings passes', () => {
    const s = skeleton('今天，我们召开会议，主要任务是回顾去年工作，分析当前形势。', [
      '去年工作回顾',
      '当前形势分析',
    ]);
    expect(unkeptAnnouncements(lib({ skeletons: [s] }))).toEqual([]);
  });
});

describe('offices, superior bodies and years are fields', () => {
  test.each([
    ['要按照上级党委政府的部署抓好落实。', '上级党委'],
    ['各科室要在十日内报局办公室备案。', '办公室'],
    ['认真贯彻上级有关会议精神。', '上级有关会议'],
    ['总结2025年工作，部署今年任务。', '2025'],
    ['县委高度重视这项工作。', '县委'],
  ])('%s is reported', (text, literal) => {
    const problems = literalsToField(lib({ phrases: [phrase('x', text)] }));
    expect(problems.map((p) => p.reason)).toEqual([expect.stringContaining(`“${literal}”`)]);
  });

  test('the same text with fields passes, and 党中央 or 全市 are not offices to fill', () => {
    const text =
      '要按照【上级党委名称】的部署，在【数字】日内报【办公室名称】备案，同党中央保持高度一致，位居全市前列。';
    expect(literalsToField(lib({ phrases: [phrase('x', text)] }))).toEqual([]);
  });
});

describe('the date window of an entry', () => {
  const dated = phrase('dated', '深入学习贯彻大会精神。', {
    validFrom: '2022-10-22',
    validUntil: '2027-09-30',
  });
  const spring = phrase('spring', '新春伊始，我们召开这次会议。', { season: [1, 2, 3] });

  test('inside, before, after, and out of season', () => {
    expect(validityOn(dated, '2026-03-01')).toBeUndefined();
    expect(validityOn(dated, '2027-09-30')).toBeUndefined();
    expect(validityOn(dated, '2027-10-01')).toEqual({ kind: 'expired', validUntil: '2027-09-30' });
    expect(validityOn(dated, '2022-10-21')).toEqual({ kind: 'not-yet', validFrom: '2022-10-22' });
    expect(validityOn(spring, '2026-02-10')).toBeUndefined();
    expect(validityOn(spring, '2026-07-01')).toEqual({ kind: 'out-of-season', season: [1, 2, 3] });
  });

  test('the messages say what to do, in both languages', () => {
    const issue = validityOn(dated, '2028-01-01');
    if (!issue) throw new Error('expected an issue');
    expect(describeValidity(issue, 'zh-CN')).toBe(
      '可能已过时：适用至 2027-09-30，请核对现行表述后再用',
    );
    expect(describeValidity(issue, 'en-US')).toContain('current until 2027-09-30');
  });

  test('the audit checks a seasonal entry in its season and skips one past its window', () => {
    expect(auditDateFor(spring, '2026-07-01')).toBe('2026-01-15');
    expect(auditDateFor(dated, '2028-01-01')).toBeUndefined();
    const broken = phrase('broken', '要做到三个坚持：一是坚持学习；二是坚持实践。', {
      validUntil: '2020-12-31',
    });
    expect(auditLibrary(lib({ phrases: [broken] }), { speechDate: '2026-03-01' })).toEqual([]);
    expect(
      auditLibrary(lib({ phrases: [broken] }), { speechDate: '2020-03-01' }).map(
        (p) => p.finding?.rule,
      ),
    ).toEqual(['count/mismatch']);
  });

  test('validFrom after validUntil is refused when the library loads', () => {
    const { problems } = loadLibrary(
      { version: 1, phrases: [{ ...dated, validFrom: '2028-01-01' }] },
      { file: 'x.json' },
    );
    expect(problems.map((p) => p.reason)).toEqual([
      expect.stringContaining('validFrom must not be later than validUntil'),
    ]);
  });
});
