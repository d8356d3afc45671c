/** Config.allow: words the user has said are right are never flagged inside. */
import { check, defineRule, type RuleReport } from '../../src/core';

/** Flags every 带 (a made-up "confusable" character) so the test controls what is found. */
const charRule = defineRule({
  id: 'typo/test-char',
  title: { zh: '测试字', en: 'Test character' },
  description: { zh: '测试用。', en: 'For tests.' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: { hit: { zh: '“带”可能有误', en: '带 may be wrong' } },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      for (const m of p.text.matchAll(/带/gu))
        reports.push({ paragraph, offset: m.index, length: 1, messageId: 'hit' });
    });
    return reports;
  },
});

const doc = {
  paragraphs: [{ text: '要发挥好“一带一路”的带动作用，带头落实。' }],
};

function offsets(allow?: string[]): number[] {
  return check(doc, { today: '2024-05-01', rules: [charRule], config: { allow } }).findings.map(
    (f) => f.offset,
  );
}

test('without allowed words every hit is reported', () => {
  expect(offsets()).toEqual([6, 11, 16]);
});

test('a finding inside an allowed word is dropped, the same character elsewhere is kept', () => {
  expect(offsets(['一带一路'])).toEqual([11, 16]);
  expect(offsets(['一带一路', '带头'])).toEqual([11]);
});

test('a word next to a finding but not around it hides nothing', () => {
  expect(offsets(['动作', '头落实'])).toEqual([6, 11, 16]);
});
