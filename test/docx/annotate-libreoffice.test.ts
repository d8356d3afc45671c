/**
 * Annotating a .docx that LibreOffice wrote (with a reviewer's comment and tracked changes), then
 * letting LibreOffice render the result to PDF with comments in the margin.
 * Needs soffice (libreoffice-writer-nogui) and pdftotext (poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { check } from '../../src/core';
import { annotateDocx, commentIntegrityProblems, readDocx } from '../../src/docx';
import { partText } from './helpers';
import { convertAll } from './libreoffice';
import { REVIEWED_FODT, SPEECH_FODT } from './speechFodt';

/**
 * LibreOffice's PDF export with comments: as PDF annotations (ExportNotes), and printed in the page
 * margin where the installed LibreOffice supports ExportNotesInMargin (7.4 ignores it).
 */
const PDF_WITH_COMMENTS =
  'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}';

/** The texts of the PDF's annotations (`/Contents <FEFF…>` or `/Contents (…)`). */
function annotationTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\/Contents\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)].map((match) => {
    const value = match[1]!;
    if (value.startsWith('(')) return value.slice(1, -1);
    const bytes = Buffer.from(value.slice(1, -1).replace(/\s/g, ''), 'hex');
    return bytes[0] === 0xfe && bytes[1] === 0xff
      ? bytes.subarray(2).swap16().toString('utf16le')
      : bytes.toString('latin1');
  });
}

function pdfText(pdf: Buffer): string {
  try {
    return execFileSync('pdftotext', ['-layout', '-', '-'], {
      input: pdf,
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'ignore'],
    }).toString('utf8');
  } catch (error) {
    throw new Error(
      `pdftotext failed or is missing (install the Debian package poppler-utils): ${String(error)}`,
    );
  }
}

let reviewed: Uint8Array;
let speech: Uint8Array;

beforeAll(() => {
  const docx = convertAll(
    { 'reviewed.fodt': REVIEWED_FODT, 'speech.fodt': SPEECH_FODT },
    'docx',
    'docx',
  );
  reviewed = new Uint8Array(docx['reviewed.docx']!);
  speech = new Uint8Array(docx['speech.docx']!);
}, 180_000);

describe('annotating LibreOffice output', () => {
  it('keeps the reviewer comment and tracked changes, and LibreOffice renders our comments into the PDF', async () => {
    const { doc } = await readDocx(reviewed, { path: 'reviewed.docx' });
    expect(doc.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '同志们：',
      '今年全县新建保障性住房XX套，惠及群众上万人。',
      '牵头单位：XX局',
      '今年是2020年，要迎接党的二十大胜利召开。',
    ]);
    const options = { today: '2026-11-21', speechDate: '2024-03-01' };
    const findings = check(doc, options).findings;
    const rules = new Set(findings.map((finding) => finding.rule));
    expect(rules).toContain('placeholder/number');

    const out = await annotateDocx(reviewed, findings, {
      highlight: true,
      locale: 'zh-CN',
      date: '2026-11-21T09:30:00Z',
    });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const again = await readDocx(out, { path: 'out.docx' });
    expect(check(again.doc, options).findings).toEqual(findings);

    const before = (await partText(reviewed, 'word/document.xml'))!;
    const after = (await partText(out, 'word/document.xml'))!;
    for (const tag of [/<w:ins\b/g, /<w:del\b/g, /<w:delText\b/g])
      expect([...after.matchAll(tag)].length).toBe([...before.matchAll(tag)].length);
    const comments = (await partText(out, 'word/comments.xml'))!;
    expect(comments).toContain('请住建局核实套数');

    const pdf = convertAll({ 'annotated.docx': out }, PDF_WITH_COMMENTS, 'pdf')['annotated.pdf']!;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain('今年全县新建保障性住房');
    const notes = annotationTexts(pdf);
    expect(notes).toHaveLength(findings.length + 1);
    expect(notes).toContain('请住建局核实套数');
    const placeholder = findings.find((finding) => finding.rule === 'placeholder/number')!;
    expect(notes).toContain(`【错误】placeholder/number：${placeholder.message}`);
  }, 180_000);

  it('annotates list paragraphs and table cells of a LibreOffice speech and reads back the same', async () => {
    const { doc } = await readDocx(speech, { path: 'speech.docx' });
    const texts = doc.paragraphs.map((paragraph) => paragraph.text);
    const findings = texts.flatMap((text, paragraph) =>
      [...text.matchAll(/[一二三四五六七八九十]+|\d+/g)].map((match) => ({
        rule: 'enum/style',
        severity: 'info' as const,
        paragraph,
        offset: match.index,
        length: match[0].length,
        text: match[0],
        message: '数字',
        messageId: 'x',
      })),
    );
    expect(findings.length).toBeGreaterThan(5);
    const out = await annotateDocx(speech, findings, { highlight: true });
    expect(await commentIntegrityProblems(out)).toEqual([]);
    const again = await readDocx(out, { path: 'out.docx' });
    expect(again.doc).toEqual(doc);
  });
});
