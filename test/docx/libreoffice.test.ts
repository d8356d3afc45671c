/**
 * .docx written by LibreOffice, and LibreOffice's own rendering of list numbers compared with ours.
 * Needs soffice (Debian libreoffice-writer-nogui); fails with that instruction when it is missing.
 */
import { Document, Packer, Paragraph } from 'docx';
import { readDocx } from '../../src/docx';
import { partText } from './helpers';
import { convertAll, textLines } from './libreoffice';
import { SPEECH_FODT } from './speechFodt';

const FORMATS = [
  'chineseCounting',
  'chineseCountingThousand',
  'taiwaneseCountingThousand',
  'taiwaneseCounting',
  'chineseLegalSimplified',
  'decimalEnclosedCircle',
  'ideographTraditional',
  'upperRoman',
  'lowerLetter',
  'decimal',
];
const STARTS = [1, 2, 9, 10, 11, 19, 20, 21, 35, 36, 99, 100, 101, 110, 111, 1010, 10001];

/**
 * Where Word and LibreOffice differ we follow Word: taiwaneseCountingThousand writes 萬 (LibreOffice
 * 万), and Roman numerals stop at 3999.
 */
const WORD_DIFFERS = new Set(['taiwaneseCountingThousand-10001', 'upperRoman-10001']);

/** One single-item list per (format, start), so LibreOffice shows each value once. */
async function formatsDocx(): Promise<Uint8Array> {
  const cases = FORMATS.flatMap((format) => STARTS.map((start) => ({ format, start }))).filter(
    ({ format, start }) => !WORD_DIFFERS.has(`${format}-${start}`),
  );
  const doc = new Document({
    numbering: {
      config: cases.map(({ format, start }, i) => ({
        reference: `case${i}`,
        levels: [{ level: 0, format: format as never, text: '%1|', start }],
      })),
    },
    sections: [
      {
        children: cases.map(
          ({ format, start }, i) =>
            new Paragraph({
              text: `${format}-${start}`,
              numbering: { reference: `case${i}`, level: 0 },
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** What LibreOffice's text export shows for a paragraph we read: label, a space, the text; `\v` starts a line. */
function asPrinted(paragraph: { text: string; listLabel?: string }): string[] {
  const label = paragraph.listLabel ? `${paragraph.listLabel} ` : '';
  return (label + paragraph.text).split('\v');
}

let speechDocx: Uint8Array;
let speechText: string[];
let formats: Uint8Array;
let formatsText: string[];

beforeAll(async () => {
  speechDocx = new Uint8Array(
    convertAll({ 'speech.fodt': SPEECH_FODT }, 'docx', 'docx')['speech.docx']!,
  );
  formats = await formatsDocx();
  const texts = convertAll(
    { 'speech.docx': speechDocx, 'formats.docx': formats },
    'txt:Text (encoded):UTF8',
    'txt',
  );
  speechText = textLines(texts['speech.txt']!);
  formatsText = textLines(texts['formats.txt']!);
}, 180_000);

describe('a speech written by LibreOffice', () => {
  it('comes out with Chinese list formats in numbering.xml', async () => {
    const numbering = (await partText(speechDocx, 'word/numbering.xml')) ?? '';
    expect(numbering).toMatch(/w:numFmt w:val="(chineseCounting|taiwaneseCountingThousand)"/);
  });

  it('reads the same paragraphs, texts and list labels that LibreOffice prints', async () => {
    const { doc } = await readDocx(speechDocx, { path: 'speech.docx' });
    const ours = doc.paragraphs.flatMap(asPrinted);
    const theirs = speechText.map((line) => line.trimStart());
    while (theirs.length > 0 && theirs[theirs.length - 1] === '') theirs.pop();
    expect(ours).toEqual(theirs);
  });

  it('keeps heading style, outline level, list levels and the table cells', async () => {
    const { doc } = await readDocx(speechDocx, { path: 'speech.docx' });
    expect(doc.paragraphs[0]).toMatchObject({
      text: '在全市营商环境工作推进会上的讲话',
      style: 'Heading 1',
      outlineLevel: 1,
    });
    const byText = (text: string) => doc.paragraphs.find((paragraph) => paragraph.text === text);
    expect(byText('企业开办一天办结')).toMatchObject({ listLabel: '（1）', listLevel: 3 });
    expect(byText('扎实抓好下步工作')).toMatchObject({ listLabel: '三、', listLevel: 0 });
    expect(byText('十一项重点任务')).toMatchObject({ listLabel: '十一、', listLevel: 0 });
    const cells = ['任务', '完成时限', '清理证明事项', '6月底前', '分两批完成'];
    const first = doc.paragraphs.findIndex((paragraph) => paragraph.text === '任务');
    expect(doc.paragraphs.slice(first, first + 5).map((paragraph) => paragraph.text)).toEqual(
      cells,
    );
  });
});

describe('list number formats', () => {
  it('render as LibreOffice renders them', async () => {
    const { doc } = await readDocx(formats, { path: 'formats.docx' });
    const printed = formatsText.map((line) => line.trim()).filter((line) => line !== '');
    expect(printed).toHaveLength(doc.paragraphs.length);
    const mismatches = doc.paragraphs
      .map((paragraph, i) => ({
        case: paragraph.text,
        ours: `${paragraph.listLabel} ${paragraph.text}`,
        theirs: printed[i],
      }))
      .filter((row) => row.ours !== row.theirs);
    expect(mismatches).toEqual([]);
  });
});
