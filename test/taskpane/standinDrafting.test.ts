/**
 * The Office.js insertion code (src/word/insert.ts) over the browser stand-in's Word fake, the
 * one the preview and the e2e use: styles, field controls, replacing a selection, adding a
 * section, and fills that keep their controls — with load/sync rules enforced.
 */
import { installFakeOffice } from '../../preview/standin/fakeWord';
import { standinHandle } from '../../preview/standin';
import { findPhrase, findSkeleton, shippedLibrary } from '../../src/templates';
import { FIELD_TAG, officeDrafting } from '../../src/word/insert';

const library = shippedLibrary();

function standin(paragraphs: Array<{ text: string }>) {
  const fake = installFakeOffice({ paragraphs });
  return { model: fake.model, handle: standinHandle(fake.model) };
}

test('a document with no paragraphs is one empty paragraph, as in Word', () => {
  expect(standin([]).handle.paragraphs()).toEqual(['']);
});

test('a skeleton fills the empty document: built-in styles, tagged field controls, three sections', async () => {
  const { handle } = standin([{ text: '' }]);
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');
  const outcome = await officeDrafting.insertSkeleton(skeleton, {
    sections: 3,
    replaceSelection: false,
  });
  const texts = handle.paragraphs();
  expect(outcome.paragraphs).toBe(texts.length);
  expect(texts[0]).toBe('在【会议名称】上的讲话');
  expect(handle.styles()[0]).toBe('标题');
  const headings = texts.flatMap((t, i) => (/^[一二三]、/u.test(t) ? [i] : []));
  expect(headings.map((i) => handle.styles()[i])).toEqual(['标题 1', '标题 1', '标题 1']);
  const fields = handle.contentControls();
  expect(fields).toHaveLength(outcome.fields);
  for (const field of fields) {
    expect(field.tag).toBe(FIELD_TAG);
    expect(texts[field.paragraph]?.slice(field.start, field.end)).toBe(`【${field.title}】`);
  }
});

test('adding a section at the cursor renumbers and updates the stated count in one go', async () => {
  const { model, handle } = standin([
    { text: '同志们：' },
    { text: '下面，我讲两点意见：' },
    { text: '一、提高站位，统一思想' },
    { text: '要把思想统一到全局工作部署上来。' },
    { text: '二、压实责任，狠抓落实' },
    { text: '要层层传导压力，逐项抓好落实。' },
    { text: '同志们，任务光荣而艰巨。谢谢大家！' },
  ]);
  const first = model.paragraphs[3];
  if (!first) throw new Error('paragraph 3');
  model.selection = model.track(first, 2, 2);
  const skeleton = findSkeleton(library, 'annual-work');
  const section = skeleton?.sections[3];
  if (!section) throw new Error('section 4 of annual-work');
  const placed = await officeDrafting.addSection(section);
  expect(placed.number).toBe(2);
  const texts = handle.paragraphs();
  expect(texts[1]).toBe('下面，我讲三点意见：');
  expect(texts.filter((t) => /^[一二三四]、/u.test(t)).map((t) => t.slice(0, 2))).toEqual([
    '一、',
    '二、',
    '三、',
  ]);
  expect(texts[4]).toBe(`二、${section.heading}`);
  expect(texts.at(-3)).toBe('三、压实责任，狠抓落实');
});

test('a phrase replaces the selection: its first paragraph in place, the rest after', async () => {
  const { model, handle } = standin([
    { text: '同志们：' },
    { text: '各科室认真查摆问题，成效明显。这里先说一点临时想法。' },
    { text: '下一步，要把作风建设同业务工作结合起来。' },
  ]);
  const para = model.paragraphs[1];
  if (!para) throw new Error('paragraph 1');
  const start = para.text.indexOf('这里');
  model.selection = model.track(para, start, para.text.length);
  const phrase = findPhrase(library, 'opening-meeting-purpose');
  if (!phrase) throw new Error('opening-meeting-purpose');
  const outcome = await officeDrafting.insertPhrase(phrase, { replaceSelection: true });
  const texts = handle.paragraphs();
  expect(texts).toHaveLength(3);
  expect(texts[1]).toBe(`各科室认真查摆问题，成效明显。${phrase.text}`);
  expect(texts[2]).toBe('下一步，要把作风建设同业务工作结合起来。');
  // The fields inside the replaced text are controls, at the right place in the paragraph.
  const controls = handle.contentControls();
  expect(controls).toHaveLength(outcome.fields);
  expect(controls.map((c) => texts[c.paragraph]?.slice(c.start, c.end))).toEqual([
    '【会议名称】',
    '【上级会议名称】',
  ]);
});

test('typing over a field keeps its control around the value; text after it stays outside', async () => {
  const { model, handle } = standin([{ text: '' }]);
  const phrase = findPhrase(library, 'opening-meeting-purpose');
  if (!phrase) throw new Error('opening-meeting-purpose');
  await officeDrafting.insertPhrase(phrase, { replaceSelection: false });
  const [field] = handle.contentControls();
  if (!field) throw new Error('no field');
  const para = model.paragraphs[field.paragraph];
  if (!para) throw new Error('field paragraph');
  model.replace(para, field.start, field.end, '全县民政工作会议');
  const [filled] = handle.contentControls();
  expect(para.text.slice(filled?.start, filled?.end)).toBe('全县民政工作会议');
  expect(para.text).toMatch(/我们召开全县民政工作会议，主要任务是/u);
});

test('a phrase goes in at the cursor, and the cursor ends after it: two in a row read in order', async () => {
  const { model, handle } = standin([{ text: '同志们：' }, { text: '今天的会议很重要。' }]);
  const para = model.paragraphs[1];
  if (!para) throw new Error('paragraph 1');
  model.selection = model.track(para, 5, 5);
  const first = findPhrase(library, 'opening-meeting-purpose');
  const second = findPhrase(library, 'opening-spring');
  if (!first || !second) throw new Error('phrases');
  await officeDrafting.insertPhrase(first, { replaceSelection: true });
  expect(handle.paragraphs()[1]).toBe(`今天的会议${first.text}很重要。`);
  expect(handle.selection()).toEqual({
    paragraph: 1,
    start: 5 + first.text.length,
    end: 5 + first.text.length,
  });
  await officeDrafting.insertPhrase(second, { replaceSelection: true });
  expect(handle.paragraphs()).toEqual([
    '同志们：',
    `今天的会议${first.text}${second.text}很重要。`,
  ]);
  const after = 5 + first.text.length + second.text.length;
  expect(handle.selection()).toEqual({ paragraph: 1, start: after, end: after });
});

test('a selection is replaced and the cursor is left after the inserted text', async () => {
  const { model, handle } = standin([{ text: '请在此处写开头。' }]);
  const para = model.paragraphs[0];
  if (!para) throw new Error('paragraph 0');
  model.selection = model.track(para, 2, 4);
  const phrase = findPhrase(library, 'opening-spring');
  if (!phrase) throw new Error('opening-spring');
  await officeDrafting.insertPhrase(phrase, { replaceSelection: true });
  expect(handle.paragraphs()).toEqual([`请在${phrase.text}写开头。`]);
  const end = 2 + phrase.text.length;
  expect(handle.selection()).toEqual({ paragraph: 0, start: end, end });
});

test('a section goes to its place in the framework wherever the cursor is, and never twice', async () => {
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');
  const [s1, s2, s3] = skeleton.sections;
  if (!s1 || !s2 || !s3) throw new Error('three sections');
  const { model, handle } = standin([
    { text: '在全县工作会议上的讲话' },
    { text: '同志们：' },
    { text: '下面，我讲两点意见：' },
    { text: `一、${s1.heading}` },
    { text: '要把思想统一到全局工作部署上来。' },
    { text: `二、${s3.heading}` },
    { text: '要层层传导压力，逐项抓好落实。' },
    { text: '同志们，任务光荣而艰巨。谢谢大家！' },
  ]);
  // The cursor in the title: the section still goes between the first and the third.
  const title = model.paragraphs[0];
  if (!title) throw new Error('title');
  model.selection = model.track(title, 2, 2);
  const placed = await officeDrafting.addSection(s2, skeleton.sections);
  expect(placed.number).toBe(2);
  const texts = handle.paragraphs();
  expect(texts[2]).toBe('下面，我讲三点意见：');
  expect(texts.filter((t) => /^[一二三四]、/u.test(t))).toEqual([
    `一、${s1.heading}`,
    `二、${s2.heading}`,
    `三、${s3.heading}`,
  ]);
  // The cursor ends after the added section.
  const lastOfSection = texts.indexOf(`三、${s3.heading}`) - 1;
  expect(handle.selection()?.paragraph).toBe(lastOfSection);
  // Adding it again is refused, and the document is left as it was.
  await expect(officeDrafting.addSection(s2, skeleton.sections)).rejects.toThrow();
  expect(handle.paragraphs()).toEqual(texts);
});

test('a framework replacing a selection inside a paragraph follows that paragraph, cursor at its end', async () => {
  const { model, handle } = standin([
    { text: '同志们：' },
    { text: '请把讲话提纲放在这里，再逐段修改。' },
  ]);
  const para = model.paragraphs[1];
  if (!para) throw new Error('paragraph 1');
  model.selection = model.track(para, 8, 10);
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');
  const outcome = await officeDrafting.insertSkeleton(skeleton, {
    sections: 3,
    replaceSelection: true,
  });
  const texts = handle.paragraphs();
  expect(texts.slice(0, 3)).toEqual([
    '同志们：',
    '请把讲话提纲放在，再逐段修改。',
    '在【会议名称】上的讲话',
  ]);
  expect(texts).toHaveLength(2 + outcome.paragraphs);
  expect(handle.styles()[2]).toBe('标题');
  const lastIndex = texts.length - 1;
  const lastLength = texts[lastIndex]?.length ?? -1;
  expect(handle.selection()).toEqual({ paragraph: lastIndex, start: lastLength, end: lastLength });
});
