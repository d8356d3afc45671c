import { decodeText } from '../../src/cli/decode';
import { GB18030_SPEECH, GB18030_SPEECH_TEXT } from './helpers';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const SPEECH = '同志们：\n下面，我讲三点意见。\n';

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8(SPEECH))).toEqual({ ok: true, text: SPEECH, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SPEECH)]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: SPEECH, encoding: 'utf-8 (BOM)' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(GB18030_SPEECH)).toEqual({
      ok: true,
      text: GB18030_SPEECH_TEXT,
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16 with a BOM (Notepad "Unicode")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SPEECH, 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text: SPEECH, encoding: 'utf-16le (BOM)' });
  });

  it('calls a file with NUL bytes binary', () => {
    const bytes = new Uint8Array([...utf8('同志们'), 0, 0, 1, 2, ...utf8('讲话')]);
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'binary' });
  });

  it('calls text full of control characters binary', () => {
    const bytes = utf8(`同志们${'\u0001\u0002\u0003'.repeat(10)}`);
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'binary' });
  });

  it('keeps a speech with a stray form feed and tabs', () => {
    const text = '一、总体要求\t\n\f二、重点任务\n'.repeat(20);
    expect(decodeText(utf8(text))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeText(new Uint8Array([0x41, 0x81, 0x20, 0xff, 0xff]))).toEqual({
      ok: false,
      reason: 'undecodable',
    });
  });
});

describe('damaged UTF-8', () => {
  const speech =
    '同志们：\n今年全县新增城镇就业1.2万人，完成年度目标任务的百分之六十，就业形势总体稳定。\n';

  it('stays UTF-8 when a file was cut in the middle of a character', () => {
    const bytes = utf8(speech).subarray(0, utf8(speech).length - 2);
    const result = decodeText(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8 (2 invalid bytes)' });
    expect(result.ok && result.text.startsWith('同志们：\n今年全县新增城镇就业1.2万人')).toBe(true);
  });

  it('still reads real GB18030 as GB18030', () => {
    const long = Buffer.concat(Array.from({ length: 20 }, () => GB18030_SPEECH));
    expect(decodeText(long)).toMatchObject({ ok: true, encoding: 'gb18030' });
  });
});
