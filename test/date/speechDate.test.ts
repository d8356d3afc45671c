import { check, documentFromText, resolveSpeechDate, DateError } from '../../src/core';

const today = '2026-11-21';
const resolve = (text: string, extra: Partial<Parameters<typeof resolveSpeechDate>[1]> = {}) =>
  resolveSpeechDate(documentFromText(text), { today, ...extra });

describe('resolveSpeechDate', () => {
  it('takes the user’s date first', () => {
    const d = resolve('在2020年全县人社工作会议上的讲话', { userDate: '2021-03-02' });
    expect([d.date, d.source, d.precision]).toEqual(['2021-03-02', 'option', undefined]);
  });

  it('takes the year of the meeting from the title, judged as a whole year', () => {
    const d = resolve('——在2020年全县人力资源和社会保障工作会议上的讲话\n同志们：');
    expect([d.date, d.source, d.precision]).toEqual(['2020-01-01', 'document', 'year']);
    expect(d.notes[0]).toContain('2020年全县人力资源和社会保障工作会议');
  });

  it('holds a meeting that reviews one year and plans the next in the later year', () => {
    const d = resolve('同志们：\n今天，我们召开全局2021年度绩效考评暨2022年重点任务推进会议。');
    expect(d.year).toBe(2022);
  });

  it('reads a dateline under the title as the full date', () => {
    expect(resolve('政府工作报告\n——2026年1月25日在市第十六届人民代表大会第四次会议上').date).toBe(
      '2026-01-25',
    );
    expect(resolve('关于做好春季农业生产的意见\n（2018年1月2日）').date).toBe('2018-01-02');
  });

  it('reads a signature date at the end', () => {
    const d = resolve('同志们：\n今年的工作任务十分繁重。\n谢谢大家！\n二〇二三年三月十五日');
    expect([d.date, d.source]).toEqual(['2023-03-15', 'document']);
  });

  it('prefers a signature from the .docx reader and notes a title that disagrees', () => {
    const d = resolve('在2022年全县组织工作会议上的讲话\n同志们：', {
      metadataDates: [
        { source: 'metadata', date: '2024-01-05' },
        { source: 'signature', date: '2023-02-10' },
      ],
    });
    expect(d.date).toBe('2023-02-10');
    expect(d.notes.join('；')).toContain('不一致');
    expect(d.notes.join('；')).toContain('2022');
  });

  it('uses a full date of the same year from a weaker signal', () => {
    const d = resolve('在2023年全县组织工作会议上的讲话', {
      metadataDates: [{ source: 'metadata', date: '2023-02-08' }],
    });
    expect([d.date, d.precision]).toEqual(['2023-02-08', undefined]);
  });

  it('falls back on the year the body plans', () => {
    const d = resolve('同志们：\n下面，我讲三点意见。\n一、2021年工作回顾\n二、2022年工作任务');
    expect(d.year).toBe(2022);
  });

  it('falls back on today', () => {
    const d = resolve('同志们：\n下面，我讲三点意见。');
    expect([d.date, d.source]).toEqual([today, 'today']);
  });

  it('rejects a bad date from the host', () => {
    expect(() =>
      resolve('同志们：', { metadataDates: [{ source: 'header', date: '2023-02-30' }] }),
    ).toThrow(DateError);
  });

  it('is passed through check() with the metadata dates', () => {
    const result = check(documentFromText('同志们：'), {
      today,
      rules: [],
      metadataDates: [{ source: 'header', date: '2022-06-01' }],
    });
    expect([result.speechDate, result.speechDateSource]).toEqual(['2022-06-01', 'document']);
  });
});
