/** `speechdesk inspect` (RULES.md "What the reader saw"), `speechdesk rules`, and .docx input. */
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
} from 'docx';
import { GB18030_SPEECH, GB18030_SPEECH_TEXT, Scratch, assertBuilt, parseJson } from './helpers';

interface Inspected {
  path: string;
  encoding: string;
  paragraphs: Record<string, unknown>[];
}

/** A .docx with a title, a Heading 1 numbered by Word (一、) and a body paragraph. */
async function numberedDocx(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            {
              level: 0,
              format: LevelFormat.CHINESE_COUNTING,
              text: '%1、',
              alignment: AlignmentType.LEFT,
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            text: '在2024年全县就业工作推进会上的讲话',
            heading: HeadingLevel.TITLE,
          }),
          new Paragraph('同志们：'),
          new Paragraph({
            text: '稳住就业基本盘',
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: 'headings', level: 0 },
          }),
          new Paragraph('今年全县新增城镇就业XX万人。'),
          new Paragraph({
            text: '兜牢民生底线',
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: 'headings', level: 0 },
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

let scratch: Scratch;
beforeAll(async () => {
  assertBuilt();
  scratch = new Scratch({
    'gbk.txt': GB18030_SPEECH,
    'bom.md': `\uFEFF# 讲话提纲\r\n\r\n一、稳就业\r\n`,
    'speech.docx': await numberedDocx(),
    'dated.docx': await Packer.toBuffer(
      new Document({
        sections: [
          {
            headers: { default: new Header({ children: [new Paragraph('2024年6月18日')] }) },
            children: [
              new Paragraph('在2024年全县就业工作推进会上的讲话'),
              new Paragraph('同志们：'),
            ],
          },
        ],
      }),
    ),
  });
});
afterAll(() => scratch.remove());

describe('inspect', () => {
  it('prints every paragraph of a text file with its index, and the encoding', () => {
    const result = scratch.run(['inspect', 'gbk.txt', '--format', 'json']);
    expect(result.code).toBe(0);
    const lines = GB18030_SPEECH_TEXT.split('\n');
    expect(parseJson(result)).toEqual({
      path: 'gbk.txt',
      encoding: 'gb18030',
      paragraphs: lines.map((text, index) => ({ index, text })),
    });
  });

  it('drops the BOM and the \\r of each line, and keeps empty lines as paragraphs', () => {
    const inspected = parseJson(
      scratch.run(['inspect', 'bom.md', '--format', 'json']),
    ) as Inspected;
    expect(inspected.encoding).toBe('utf-8 (BOM)');
    expect(inspected.paragraphs.map((p) => p.text)).toEqual(['# 讲话提纲', '', '一、稳就业', '']);
  });

  it('shows style, outline level and Word list labels of a .docx', () => {
    const inspected = parseJson(
      scratch.run(['inspect', 'speech.docx', '--format', 'json']),
    ) as Inspected;
    expect(inspected.encoding).toBe('utf-8');
    expect(inspected.paragraphs[1]).toEqual({ index: 1, text: '同志们：', style: 'Normal' });
    expect(inspected.paragraphs[2]).toEqual({
      index: 2,
      text: '稳住就业基本盘',
      style: 'Heading 1',
      outlineLevel: 1,
      listLabel: '一、',
      listLevel: 0,
    });
    expect(inspected.paragraphs[4]).toMatchObject({ listLabel: '二、' });
  });

  it('prints a readable listing by default', () => {
    const result = scratch.run(['inspect', 'speech.docx']);
    expect(result.stdout).toContain('编码 utf-8 · 5 段');
    expect(result.stdout).toMatch(/2 {2}\[Heading 1 · 大纲 1 级 · 列表 0 级\] 一、 稳住就业基本盘/);
  });

  it('says when the file is a folder', () => {
    const result = scratch.run(['inspect', '.']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('speechdesk: .: 这是一个文件夹，不是文件\n');
  });
});

describe('check on .docx', () => {
  it('finds the blank number in the docx body with paragraph indices of w:p order', () => {
    const result = scratch.run(['check', '--format', 'json', 'speech.docx']);
    expect(result.code).toBe(1);
    const report = parseJson(result) as {
      files: { speechDate: string; findings: Record<string, unknown>[] }[];
    };
    expect(report.files[0]!.speechDate).toBe('2024-01-01');
    expect(report.files[0]!.findings).toContainEqual(
      expect.objectContaining({
        rule: 'placeholder/number',
        paragraph: 3,
        offset: 10,
        length: 2,
        text: 'XX',
      }),
    );
  });
});

describe('speech date of a .docx', () => {
  it('comes from a date the file carries outside its text (here the page header)', () => {
    const report = parseJson(scratch.run(['check', '--format', 'json', 'dated.docx'])) as {
      files: { speechDate: string; speechDateSource: string }[];
    };
    expect(report.files[0]).toMatchObject({
      speechDate: '2024-06-18',
      speechDateSource: 'document',
    });
    expect(scratch.run(['check', 'dated.docx']).stdout).toContain('页眉日期2024-06-18');
  });
});

describe('rules', () => {
  it('lists every rule with id, severity, fixable and title', () => {
    const rules = parseJson(scratch.run(['rules', '--format', 'json'])) as Record<
      string,
      unknown
    >[];
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['placeholder/number', 'placeholder/name']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule).toEqual({
        id: expect.stringMatching(/^[a-z]+\/[a-z-]+$/),
        category: String(rule.id).split('/')[0],
        severity: expect.stringMatching(/^(error|warning|info)$/),
        fixable: expect.any(Boolean),
        enabledByDefault: expect.any(Boolean),
        title: { zh: expect.any(String), en: expect.any(String) },
        description: { zh: expect.any(String), en: expect.any(String) },
      });
    }
    const text = scratch.run(['rules']).stdout;
    expect(text).toMatch(/^placeholder\/number +错误 +\S/m);
  });
});

describe('templates (registered from src/cli/templates.ts)', () => {
  it('passes its exit code through the CLI entry point', () => {
    expect(scratch.run(['templates', 'list']).code).toBe(0);
    const missing = scratch.run(['templates', 'show', 'no-such-entry']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-entry');
  });
});
