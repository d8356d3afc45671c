/**
 * Three small rules with the real engine's contract, so the pane's tests do not move when the
 * shipped rules are tuned: a fixable one, a placeholder one and a heading one.
 */
import { defineRule, type AnyRule, type RuleReport } from '../../src/core';
import { parseOutline } from '../../src/core/text/headings';

const CJK = '\\u4e00-\\u9fff';

export const commaRule = defineRule({
  id: 'punct/test-comma',
  title: { zh: '半角逗号', en: 'Half-width comma' },
  description: { zh: '汉字之间的半角逗号。', en: 'An ASCII comma between Chinese characters.' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    comma: {
      zh: '汉字之间应使用全角逗号“，”',
      en: 'Use the full-width comma between Chinese characters',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const m of p.text.matchAll(new RegExp(`(?<=[${CJK}]),(?=[${CJK}])`, 'gu'))) {
        reports.push({
          paragraph,
          offset: m.index,
          length: 1,
          messageId: 'comma',
          fix: { replacement: '，' },
        });
      }
    });
    return reports;
  },
});

export const placeholderRule = defineRule({
  id: 'placeholder/test-x',
  title: { zh: '未填的占位符', en: 'Unfilled placeholder' },
  description: { zh: '用 X 代替的数字或名称。', en: 'A number or name left as X.' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    placeholder: { zh: '“{text}”是未填写的占位符', en: '"{text}" is an unfilled placeholder' },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const m of p.text.matchAll(/全X|X(?=[万%])/gu)) {
        reports.push({
          paragraph,
          offset: m.index,
          length: m[0].length,
          messageId: 'placeholder',
          data: { text: m[0] },
        });
      }
    });
    return reports;
  },
});

export const headingSkipRule = defineRule({
  id: 'heading/test-skip',
  title: { zh: '标题序号跳号', en: 'Heading number skips' },
  description: { zh: '同级标题序号不连续。', en: 'A heading number that skips within its level.' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    skip: {
      zh: '序号“{actual}”前缺少“{missing}”',
      en: '"{actual}" follows a gap: "{missing}" is missing',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    const visit = (siblings: ReturnType<typeof parseOutline>['roots']) => {
      siblings.forEach((node, i) => {
        const previous = siblings[i - 1];
        if (previous && node.number > previous.number + 1) {
          reports.push({
            paragraph: node.paragraph,
            offset: node.marker.offset,
            length: node.marker.length,
            messageId: 'skip',
            data: { actual: node.marker.text, missing: String(previous.number + 1) },
          });
        }
        visit(node.children);
      });
    };
    visit(parseOutline(doc).roots);
    return reports;
  },
});

export const testRules: readonly AnyRule[] = [placeholderRule, headingSkipRule, commaRule];

/** A short speech of our own with one defect of each kind above. */
export const SPEECH = [
  '在2024年全县教育工作会议上的讲话',
  '同志们：',
  '一、过去一年的主要成绩',
  '（一）办学条件持续改善。全X新建校舍X万平方米,改造薄弱学校12所。',
  '（三）教师队伍不断壮大。新招聘教师X万人，培训校长和骨干教师3200人次。',
  '二、今年的重点任务',
  '全X教育系统要坚持立德树人,办好人民满意的教育。',
].join('\n');

/** A rule that cannot be certain, so it offers suggestions instead of a fix. */
export const suggestionRule = defineRule({
  id: 'term/test-canon',
  title: { zh: '提法有误', en: 'Wrong formulation' },
  description: { zh: '固定提法写错。', en: 'A fixed formulation written wrongly.' },
  defaultSeverity: 'error',
  fixable: false,
  messages: { canon: { zh: '“{actual}”疑为误写', en: '"{actual}" looks wrong' } },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const m of p.text.matchAll(/二个维护/gu)) {
        reports.push({
          paragraph,
          offset: m.index,
          length: m[0].length,
          messageId: 'canon',
          data: { actual: m[0] },
          suggestions: ['两个维护', '“两个维护”'],
        });
      }
    });
    return reports;
  },
});
