import { check, documentFromText, type RequirePair } from '../../../src/core';
import { termOffice } from '../../../src/core/rules/term/office';

const run = (text: string, require: RequirePair[]) =>
  check(documentFromText(text), {
    rules: [termOffice],
    config: { require },
    speechDate: '2024-03-01',
    today: '2024-03-01',
  }).findings;

describe('term/office', () => {
  const pairs: RequirePair[] = [
    { wrong: '高新区', right: '高新技术产业开发区', note: '对外文稿用全称' },
    { wrong: '开发区', right: '经济开发区' },
  ];

  it('flags each required wording with its fix and note', () => {
    const findings = run('高新区和开发区要加强协作。', pairs);
    expect(findings.map((f) => [f.text, f.fix?.replacement, f.message])).toEqual([
      [
        '高新区',
        '高新技术产业开发区',
        '本单位规定“高新区”写作“高新技术产业开发区”：对外文稿用全称',
      ],
      ['开发区', '经济开发区', '本单位规定“开发区”写作“经济开发区”'],
    ]);
  });

  it('leaves the right form alone, also where it contains the wrong one', () => {
    expect(run('经济开发区和高新技术产业开发区要加强协作。', pairs)).toEqual([]);
  });

  it('does nothing without require pairs', () => {
    expect(run('高新区和开发区要加强协作。', [])).toEqual([]);
  });
});
