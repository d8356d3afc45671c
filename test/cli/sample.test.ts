/** The sample speech that `npm run sample` checks shows one or more defects of each kind. */
import { Scratch, assertBuilt, parseJson, ROOT } from './helpers';

interface JsonReport {
  files: {
    path: string;
    speechDate: string;
    findings: { rule: string; paragraph: number; text: string }[];
  }[];
}

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch();
});
afterAll(() => scratch.remove());

it('flags the defects written into samples/2024-work-conference.txt', () => {
  const result = scratch.run([
    'check',
    '--format',
    'json',
    `${ROOT}/samples/2024-work-conference.txt`,
  ]);
  expect(result.code).toBe(1);
  const [file] = (parseJson(result) as JsonReport).files;
  expect(file!.speechDate).toBe('2024-02-27');
  const found = file!.findings.map((f) => `${f.paragraph + 1} ${f.rule} ${f.text}`);
  // Every finding is a planted defect, and every planted defect is found.
  expect(found).toEqual([
    '6 placeholder/name ***',
    '7 placeholder/name X',
    '7 placeholder/number X',
    '9 placeholder/number X',
    '14 typo/repeated-char 来来',
    '15 count/mismatch 三点',
    '17 date/anniversary 新中国成立70周年',
    '17 term/canon 二个维护',
    '18 punct/unpaired “',
    '21 heading/sequence （五）',
    '23 enum/style 二是要',
    '23 enum/sequence 四是',
    '25 date/past-deadline 1月15日前',
    '27 punct/halfwidth ,',
    '27 punct/repeated 。。',
    '28 heading/marker (四)',
    '32 count/mismatch 三个方面',
    '33 date/stale-term 决战脱贫攻坚',
    '37 typo/repeated-char 动动',
    '38 date/stale-year 2023年',
    '40 residue/template 来源：公文范文网 仅供学习参考，请勿照搬照抄',
  ]);
});
