import {
  fieldNames,
  findFields,
  findStatedCount,
  pickSections,
  renderBlock,
  renderSection,
  renderSkeleton,
  sectionHeadingNumber,
  sectionRange,
  shippedLibrary,
  subsectionHeadingNumber,
  toPlainText,
  type Skeleton,
} from '../../src/templates';

const library = shippedLibrary();

/** A small skeleton written for these tests: two required sections and two optional ones. */
const sample: Skeleton = {
  id: 'sample',
  title: '示例讲话',
  speechType: 'annual-work',
  summary: '测试用',
  tags: [],
  heading: ['在【会议名称】上的讲话'],
  salutation: '同志们：',
  opening: ['今天，我们召开【会议名称】，主要任务是部署今年的重点工作。'],
  transition: '下面，我讲{n}点意见：',
  sections: [
    { heading: '统一思想', blocks: ['要把思想统一到上级决策部署上来。'] },
    { heading: '认清形势', optional: true, blocks: ['当前形势总体向好。'] },
    { heading: '突出重点', optional: true, blocks: ['要集中力量攻难点。'] },
    {
      heading: '狠抓落实',
      subsections: [
        { heading: '压实责任', blocks: ['主要负责同志要亲自抓。'] },
        {
          heading: '强化督查',
          blocks: [{ lead: '要做到{n}个到位：', ordinal: '是', items: ['责任到位', '措施到位'] }],
        },
      ],
    },
  ],
  closing: ['同志们，让我们真抓实干，奋力完成全年目标任务！', '谢谢大家！'],
};

test('the range runs from the required sections to all of them', () => {
  expect(sectionRange(sample)).toEqual({ min: 2, max: 4 });
});

test('optional sections are dropped from the last backwards, keeping the order', () => {
  expect(pickSections(sample, 4).map((s) => s.heading)).toEqual([
    '统一思想',
    '认清形势',
    '突出重点',
    '狠抓落实',
  ]);
  expect(pickSections(sample, 3).map((s) => s.heading)).toEqual([
    '统一思想',
    '认清形势',
    '狠抓落实',
  ]);
  expect(pickSections(sample, 2).map((s) => s.heading)).toEqual(['统一思想', '狠抓落实']);
});

test('a skeleton renders with numbered headings and the announced count', () => {
  expect(toPlainText(renderSkeleton(sample, { sections: 2 }))).toBe(
    [
      '在【会议名称】上的讲话',
      '同志们：',
      '今天，我们召开【会议名称】，主要任务是部署今年的重点工作。',
      '下面，我讲两点意见：',
      '一、统一思想',
      '要把思想统一到上级决策部署上来。',
      '二、狠抓落实',
      '（一）压实责任',
      '主要负责同志要亲自抓。',
      '（二）强化督查',
      '要做到两个到位：一是责任到位；二是措施到位。',
      '同志们，让我们真抓实干，奋力完成全年目标任务！',
      '谢谢大家！',
    ].join('\n'),
  );
});

test('rendered paragraphs carry their role, for heading styles in Word', () => {
  const roles = renderSkeleton(sample, { sections: 2 }).map((p) => p.role);
  expect(roles).toEqual([
    'title',
    'salutation',
    'opening',
    'transition',
    'heading1',
    'body',
    'heading1',
    'heading2',
    'body',
    'heading2',
    'body',
    'closing',
    'closing',
  ]);
});

test('a section count outside the range is refused with the range in the message', () => {
  expect(() => renderSkeleton(sample, { sections: 1 })).toThrow('2–4');
  expect(() => renderSkeleton(sample, { sections: 5 })).toThrow(RangeError);
  expect(() => renderSkeleton(sample, { sections: 2.5 })).toThrow(RangeError);
});

test('a section rendered on its own takes the number it is given', () => {
  const section = sample.sections[3];
  if (!section) throw new Error('fixture');
  expect(renderSection(section, 5).map((p) => p.text)[0]).toBe('五、狠抓落实');
});

test('an enumeration renders its items with matching ordinals and count', () => {
  expect(
    renderBlock({
      lead: '要坚决克服{n}种作风之病：',
      ordinal: '要',
      items: ['甲', '乙', '丙', '丁'],
    }),
  ).toBe('要坚决克服四种作风之病：一要甲；二要乙；三要丙；四要丁。');
});

test('fields to fill are found with their UTF-16 ranges', () => {
  const text = '在【年份】年【单位名称】工作会议上的讲话';
  const fields = findFields(text);
  expect(fields.map((f) => f.name)).toEqual(['年份', '单位名称']);
  expect(fields.map((f) => text.slice(f.offset, f.offset + f.length))).toEqual([
    '【年份】',
    '【单位名称】',
  ]);
});

test('most shipped skeletons let the writer choose how many sections to keep', () => {
  const choosable = library.skeletons.filter((s) => {
    const { min, max } = sectionRange(s);
    return max > min;
  });
  expect(choosable.length).toBeGreaterThanOrEqual(library.skeletons.length / 2);
});

describe.each(library.skeletons.map((s) => [s.id, s] as const))(
  'shipped skeleton %s',
  (_id, skeleton) => {
    const { min, max } = sectionRange(skeleton);

    test('starts at two sections or more', () => {
      expect(min).toBeGreaterThanOrEqual(2);
      expect(max).toBeGreaterThanOrEqual(min);
    });

    test.each(Array.from({ length: max - min + 1 }, (_, i) => min + i))(
      'with %i sections: the announced count matches the headings, numbered in order',
      (n) => {
        const paragraphs = renderSkeleton(skeleton, { sections: n });
        const transition = paragraphs.find((p) => p.role === 'transition');
        expect(findStatedCount(transition?.text ?? '')?.count).toBe(n);
        const sections = paragraphs
          .filter((p) => p.role === 'heading1')
          .map((p) => sectionHeadingNumber(p.text));
        expect(sections).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        // every run of （一） headings restarts under its section and has no gaps
        let expected = 1;
        for (const p of paragraphs) {
          if (p.role === 'heading1') expected = 1;
          if (p.role === 'heading2') expect(subsectionHeadingNumber(p.text)).toBe(expected++);
        }
        // a speech thanks its audience once, at the very end; a report or pledge need not
        const thanks = paragraphs.filter((p) => p.text.includes('谢谢大家'));
        expect(thanks.length).toBeLessThanOrEqual(1);
        if (thanks.length === 1) expect(paragraphs.at(-1)?.text).toBe('谢谢大家！');
        expect(paragraphs.at(-1)?.text).toMatch(/[。！]$/u);
        expect(paragraphs.some((p) => p.role === 'salutation' && p.text.endsWith('：'))).toBe(true);
      },
    );

    test('has fields to fill, and only names the placeholder rules know', () => {
      const names = fieldNames(renderSkeleton(skeleton));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names)
        expect(name).toMatch(/名称|姓名|单位|年份|数字|日期|职务|引文|填写/);
    });
  },
);
