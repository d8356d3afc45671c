/** The text and HTML formatters on a hand-made result: Word list numbers, clipping, English. */
import { formatHtml } from '../../src/cli/format/html';
import { formatText } from '../../src/cli/format/text';
import type { CheckRun } from '../../src/cli/format/types';
import type { Finding, SpeechDocument } from '../../src/core';

const doc: SpeechDocument = {
  paragraphs: [
    { text: '同志们：' },
    {
      text: '稳住就业基本盘',
      style: 'Heading 1',
      outlineLevel: 1,
      listLabel: '一、',
      listLevel: 0,
    },
    { text: '兜牢民生底线', style: 'Heading 1', outlineLevel: 1, listLabel: '三、', listLevel: 0 },
    {
      text: '今年以来，全县上下认真贯彻落实各项决策部署，坚持把就业作为最大的民生工程，新增城镇就业XX万人。',
    },
  ],
};

const findings: Finding[] = [
  {
    rule: 'heading/sequence',
    severity: 'error',
    paragraph: 2,
    offset: 0,
    length: 0,
    text: '',
    message: '标题序号跳号：此处为“三、”，按顺序应为“二、”',
    messageId: 'skip',
  },
  {
    rule: 'placeholder/number',
    severity: 'error',
    paragraph: 3,
    offset: 43,
    length: 2,
    text: 'XX',
    message: '“XX”是未填写的占位符，此处应填写人数。',
    messageId: 'blank',
  },
];

function runOf(locale: CheckRun['locale']): CheckRun {
  return {
    files: [
      {
        path: 'speech.docx',
        encoding: 'utf-8',
        doc,
        result: {
          speechDate: '2024-03-01',
          speechDateSource: 'option',
          speechDateNotes: [],
          speechDatePrecision: 'day',
          paragraphs: 4,
          findings,
        },
      },
    ],
    unreadable: [],
    locale,
    rules: [],
    toolVersion: '0.0.0-test',
  };
}

describe('formatText', () => {
  const out = formatText(runOf('zh-CN'), { color: false });

  it('shows a Word list number, which is not in the text, as the flagged part', () => {
    expect(out).toContain('speech.docx:3:1  错误  heading/sequence  标题序号跳号');
    expect(out).toContain('    〖三、〗兜牢民生底线');
  });

  it('clips long paragraphs around the flagged part', () => {
    expect(doc.paragraphs[3]!.text.slice(43, 45)).toBe('XX');
    expect(out).toContain('    …作为最大的民生工程，新增城镇就业〖XX〗万人。');
  });

  it('prints the header and summary in English with --lang en-US', () => {
    const en = formatText(runOf('en-US'), { color: false });
    expect(en).toContain('speech.docx:3:1  error  heading/sequence');
    expect(en).toContain('encoding utf-8 · speech date 2024-03-01 (from --date) · 4 paragraphs');
    expect(en.trimEnd().split('\n').at(-1)).toBe(
      '2 problems (2 errors, 0 warnings, 0 info) in 1 file',
    );
  });
});

describe('formatHtml', () => {
  it('marks the list number of a heading with a problem in the outline', () => {
    const html = formatHtml(runOf('zh-CN'));
    expect(html).toContain(
      '<li class="lv1"><span class="flag">✗ 1 </span><a href="#f0-n0">三、兜牢民生底线</a>',
    );
    expect(html).toContain('<li class="error" id="f0-n0">');
    expect(html).toContain('<mark>三、</mark>兜牢民生底线');
    expect(html).toContain(
      '<li class="lv1">一、稳住就业基本盘 <span class="where">第2段</span></li>',
    );
  });
});
