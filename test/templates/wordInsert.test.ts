/**
 * Inserting from the library into Word (src/word/insert.ts) over a small Office.js fake:
 * insert a skeleton into an empty document, add a section, check (only placeholder findings),
 * fill the fields, check again (clean).
 */
import { check, documentFromText } from '../../src/core';
import {
  fieldNames,
  renderSkeleton,
  shippedLibrary,
  findSkeleton,
  findPhrase,
} from '../../src/templates';
import { WordAdapterError } from '../../src/word/errors';
import {
  addSection,
  addSubsection,
  FIELD_TAG,
  insertPhrase,
  insertSkeleton,
  piecesOf,
} from '../../src/word/insert';
import { installMiniWord, MiniDocument } from './miniWord';

const library = shippedLibrary();
const DATE = '2026-03-01';
const findingsOf = (doc: MiniDocument) =>
  check(documentFromText(doc.texts().join('\n')), { today: DATE, speechDate: DATE }).findings;

const VALUES: Record<string, string> = {
  会议名称: '全县人力资源和社会保障工作会议',
  上级会议名称: '全市人力资源和社会保障工作会议',
  填写年度定位: '全面深化改革的关键',
  工作名称: '就业服务',
  指标名称: '城镇新增就业',
  年份: '2025',
  单位名称: '县人社局',
  上级党委名称: '县委',
  姓名: '李华',
  数字: '12',
};

/** Types a value into every field control, as the writer does with Tab. */
function fillFields(doc: MiniDocument): void {
  for (const control of [...doc.controls].reverse()) {
    doc.edit(control.para, control.start, control.end, VALUES[control.title] ?? control.title);
  }
}

test('a paragraph is cut into text and fields', () => {
  expect(piecesOf('在【年份】年【单位名称】工作会议上的讲话')).toEqual([
    { text: '在' },
    { text: '【年份】', field: '年份' },
    { text: '年' },
    { text: '【单位名称】', field: '单位名称' },
    { text: '工作会议上的讲话' },
  ]);
});

test('skeleton into an empty document, add a section, check, fill, check clean', async () => {
  const doc = installMiniWord(new MiniDocument(['']));
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');

  const outcome = await insertSkeleton(skeleton, { sections: 3, replaceSelection: false });
  const rendered = renderSkeleton(skeleton, { sections: 3 });
  expect(doc.texts()).toEqual(rendered.map((p) => p.text));
  expect(doc.syncs).toBe(2);
  expect(outcome.paragraphs).toBe(rendered.length);
  // headings carry the built-in styles, so the navigation pane shows the outline
  const styled = doc.paragraphs
    .filter((p) => p.style === 'Heading1')
    .map((p) => p.text.slice(0, 2));
  expect(styled).toEqual(['一、', '二、', '三、']);
  expect(
    doc.paragraphs.filter((p) => p.style === 'Heading2').every((p) => p.text.startsWith('（')),
  ).toBe(true);
  // every field is a tagged content control holding exactly its 【…】 text
  expect(doc.controls.length).toBe(outcome.fields);
  expect(
    doc.controls.every((c) => c.tag === FIELD_TAG && doc.controlText(c) === `【${c.title}】`),
  ).toBe(true);
  expect(new Set(doc.controls.map((c) => c.title))).toEqual(new Set(fieldNames(rendered)));

  // cursor in the last section's body: add the optional section on discipline and style
  const lastBody = doc.paragraphs.findIndex((p) => p.text.startsWith('要盯住去年考核中失分的指标'));
  doc.selection = doc.track({
    para: doc.paragraphs[lastBody] as (typeof doc.paragraphs)[number],
    start: 3,
    end: 3,
  });
  const extra = skeleton.sections.find((s) => s.heading.startsWith('加强党的建设'));
  if (!extra) throw new Error('section');
  const syncsBefore = doc.syncs;
  // as the pane does: placed by the framework's order, whatever paragraph the cursor is in
  const placement = await addSection(extra, skeleton.sections);
  expect(doc.syncs - syncsBefore).toBe(4);
  expect(placement.number).toBe(4);
  expect(doc.texts()).toContain('下面，我讲四点意见：');
  expect(
    doc
      .texts()
      .filter((t) => /^[一二三四五]、/.test(t))
      .map((t) => t.slice(0, 2)),
  ).toEqual(['一、', '二、', '三、', '四、']);
  // the cursor ends after the added section, at the end of its last paragraph
  const added = doc.paragraphs.findIndex((p) => p.text === `四、${extra.heading}`);
  const lastAdded = doc.paragraphs[
    added + placement.paragraphs.length - 1
  ] as (typeof doc.paragraphs)[number];
  expect(doc.paragraphs[added + placement.paragraphs.length]?.text).toMatch(/^同志们/);
  expect(doc.selection).toEqual({
    para: lastAdded,
    start: lastAdded.text.length,
    end: lastAdded.text.length,
  });
  // adding it again is refused with a message for the pane, and nothing changes
  const textsAfter = doc.texts();
  const again = await addSection(extra, skeleton.sections).catch((e: unknown) => e);
  expect(again).toBeInstanceOf(WordAdapterError);
  expect((again as WordAdapterError).userMessage.zh).toContain(extra.heading);
  expect(doc.texts()).toEqual(textsAfter);

  const before = findingsOf(doc);
  expect(before.length).toBeGreaterThan(0);
  expect(
    before.filter((f) => !f.rule.startsWith('placeholder/')).map((f) => `${f.rule} ${f.text}`),
  ).toEqual([]);

  fillFields(doc);
  expect(findingsOf(doc).map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  expect(doc.texts()[0]).toBe('在全县人力资源和社会保障工作会议上的讲话');
});

test('adding a section in the middle renumbers later sections and updates the count', async () => {
  const doc = installMiniWord(
    new MiniDocument(
      [
        '同志们：',
        '今天，我们召开全县人社工作会议。下面，我讲两点意见：',
        '一、统一思想，提高认识',
        '要把思想统一到县委的决策部署上来。',
        '二、突出重点，狠抓落实',
        '要集中力量攻难点。',
        '同志们，让我们真抓实干，奋力完成全年目标任务！',
        '谢谢大家！',
      ],
      { paragraph: 3, start: 0 },
    ),
  );
  await addSection({
    heading: '加强领导，强化保障',
    blocks: ['各单位主要负责同志要亲自抓、负总责。'],
  });
  expect(doc.texts()).toEqual([
    '同志们：',
    '今天，我们召开全县人社工作会议。下面，我讲三点意见：',
    '一、统一思想，提高认识',
    '要把思想统一到县委的决策部署上来。',
    '二、加强领导，强化保障',
    '各单位主要负责同志要亲自抓、负总责。',
    '三、突出重点，狠抓落实',
    '要集中力量攻难点。',
    '同志们，让我们真抓实干，奋力完成全年目标任务！',
    '谢谢大家！',
  ]);
  expect(findingsOf(doc)).toEqual([]);
  // the cursor ends after the added section
  const lastAdded = doc.paragraphs[5] as (typeof doc.paragraphs)[number];
  expect(doc.selection).toEqual({
    para: lastAdded,
    start: lastAdded.text.length,
    end: lastAdded.text.length,
  });
});

test('a （一） block outside any section is refused with a message for the pane', async () => {
  installMiniWord(
    new MiniDocument(['同志们：', '今天，我们召开全县人社工作会议。'], { paragraph: 1, start: 0 }),
  );
  const error = await addSubsection({ heading: '抓好就业', blocks: ['要稳定就业。'] }).catch(
    (e: unknown) => e,
  );
  expect((error as { cause?: unknown }).cause).toBeUndefined();
  expect(error).toBeInstanceOf(WordAdapterError);
  expect((error as WordAdapterError).userMessage.zh).toContain('一、');
});

test('a phrase replaces the selection inline, its fields as controls', async () => {
  const doc = installMiniWord(
    new MiniDocument(['同志们：', '这里要换成开场白。下面，我讲三点意见：'], {
      paragraph: 1,
      start: 0,
      end: 9,
    }),
  );
  const phrase = findPhrase(library, 'opening-weituo');
  if (!phrase) throw new Error('phrase');
  await insertPhrase(phrase, { replaceSelection: true });
  expect(doc.texts()).toEqual(['同志们：', `${phrase.text}下面，我讲三点意见：`]);
  expect(doc.controls.map((c) => doc.controlText(c))).toEqual(['【姓名】', '【单位名称】']);
  expect(doc.paragraphs[1]?.style).toBe('Normal');
  // the cursor is left right after the inserted text, before what followed the selection
  expect(doc.selection).toEqual({
    para: doc.paragraphs[1],
    start: phrase.text.length,
    end: phrase.text.length,
  });
});

test('at the cursor in a non-empty paragraph, phrases go in inline there, two in a row in order', async () => {
  const doc = installMiniWord(
    new MiniDocument(['同志们：', '今天，我们召开全县人社工作会议。'], { paragraph: 1, start: 3 }),
  );
  const first = findPhrase(library, 'luoshi-yi-fen-bushu');
  const second = findPhrase(library, 'opening-weituo');
  if (!first || !second) throw new Error('phrases');
  const outcome = await insertPhrase(first, { replaceSelection: false });
  expect(outcome).toEqual({ paragraphs: 1, fields: 0 });
  expect(doc.texts()).toEqual(['同志们：', `今天，${first.text}我们召开全县人社工作会议。`]);
  const afterFirst = 3 + first.text.length;
  expect(doc.selection).toEqual({ para: doc.paragraphs[1], start: afterFirst, end: afterFirst });

  await insertPhrase(second, { replaceSelection: false });
  expect(doc.texts()).toEqual([
    '同志们：',
    `今天，${first.text}${second.text}我们召开全县人社工作会议。`,
  ]);
  const afterSecond = afterFirst + second.text.length;
  expect(doc.selection).toEqual({ para: doc.paragraphs[1], start: afterSecond, end: afterSecond });
  expect(doc.controls.map((c) => doc.controlText(c))).toEqual(['【姓名】', '【单位名称】']);
  expect(doc.paragraphs.map((p) => p.style)).toEqual(['Normal', 'Normal']);
});

test('a framework replacing a selection inside a paragraph follows it; the text after the selection stays before it', async () => {
  const doc = installMiniWord(
    new MiniDocument(['同志们：', '请把讲话提纲放在这里，再逐段修改。'], {
      paragraph: 1,
      start: 8,
      end: 10,
    }),
  );
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');
  const rendered = renderSkeleton(skeleton, { sections: 3 });
  const outcome = await insertSkeleton(skeleton, { sections: 3, replaceSelection: true });
  expect(outcome.paragraphs).toBe(rendered.length);
  expect(doc.texts()).toEqual([
    '同志们：',
    '请把讲话提纲放在，再逐段修改。',
    ...rendered.map((p) => p.text),
  ]);
  expect(doc.paragraphs[2]?.style).toBe('Title');
  expect(doc.paragraphs[1]?.style).toBe('Normal');
  const last = doc.paragraphs.at(-1) as (typeof doc.paragraphs)[number];
  expect(doc.selection).toEqual({ para: last, start: last.text.length, end: last.text.length });
});

test('a framework replacing a whole selected paragraph takes its place, leaving no empty paragraph', async () => {
  const doc = installMiniWord(
    new MiniDocument(['（此处放讲话提纲）', '以上内容待定。'], { paragraph: 0, start: 0, end: 9 }),
  );
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');
  const rendered = renderSkeleton(skeleton, { sections: 3 });
  await insertSkeleton(skeleton, { sections: 3, replaceSelection: true });
  expect(doc.texts()).toEqual([...rendered.map((p) => p.text), '以上内容待定。']);
  expect(doc.paragraphs[0]?.style).toBe('Title');
  expect(doc.controls.every((c) => doc.controlText(c) === `【${c.title}】`)).toBe(true);
  const last = doc.paragraphs.at(-2) as (typeof doc.paragraphs)[number];
  expect(doc.selection).toEqual({ para: last, start: last.text.length, end: last.text.length });
});

test('a section that belongs before the first one goes at the very start, leaving no empty paragraph', async () => {
  const skeleton = findSkeleton(library, 'annual-work');
  if (!skeleton) throw new Error('annual-work');
  const [s1, s2] = skeleton.sections;
  if (!s1 || !s2) throw new Error('two sections');
  const doc = installMiniWord(
    new MiniDocument([`一、${s2.heading}`, '要集中力量攻难点。'], { paragraph: 1, start: 2 }),
  );
  const placement = await addSection(s1, skeleton.sections);
  expect(placement.number).toBe(1);
  expect(doc.texts()).toEqual([
    ...placement.paragraphs.map((p) => p.text),
    `二、${s2.heading}`,
    '要集中力量攻难点。',
  ]);
  expect(doc.texts()[0]).toBe(`一、${s1.heading}`);
  expect(doc.paragraphs[0]?.style).toBe('Heading1');
  expect(doc.controls.length).toBe(placement.fields);
  const last = doc.paragraphs[placement.paragraphs.length - 1] as (typeof doc.paragraphs)[number];
  expect(doc.selection).toEqual({ para: last, start: last.text.length, end: last.text.length });
});
