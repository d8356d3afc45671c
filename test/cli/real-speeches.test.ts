/**
 * The whole pipeline through the CLI on the real speeches in ../shared (read at test time, never
 * copied). Seeds: the defects they really contain are found. Corpus (carefully edited texts, each
 * read on its own date): every finding is one a reviewer judged real, listed here by rule and the
 * flagged characters only, so a new false positive fails this test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, Scratch, assertBuilt, parseJson } from './helpers';

const SHARED = join(ROOT, '../shared');
const present = existsSync(join(SHARED, 'seeds')) && existsSync(join(SHARED, 'corpus'));

interface JsonFile {
  path: string;
  findings: { rule: string; paragraph: number; text: string }[];
}

let scratch: Scratch;
beforeAll(() => {
  assertBuilt();
  scratch = new Scratch();
  if (!present)
    console.log(
      `../shared/seeds or ../shared/corpus not found at ${SHARED}: real-speech checks skipped`,
    );
});
afterAll(() => scratch.remove());

function checkFile(path: string, date?: string): string[] {
  const args = ['check', '--format', 'json', path, ...(date ? ['--date', date] : [])];
  const result = scratch.run(args);
  expect(result.stderr).toBe('');
  const [file] = (parseJson(result) as { files: JsonFile[] }).files;
  return file!.findings.map((f) => `${f.paragraph} ${f.rule} ${f.text}`);
}

/** What a careful reviewer finds in each seed, beyond its many redacted placeholders. */
const SEED_DEFECTS: Record<string, string[]> = {
  '000_de10570bcae10d97.txt': [
    '10 count/mismatch 三个方面',
    '10 typo/repeated-char 来来',
    '10 date/relative 再有20来天时间',
    '14 enum/style 三要',
  ],
  '002_e9d16230c6ceebbb.txt': [
    '0 residue/template 本文系作者原创投稿，仅供学习参考，请勿照搬照抄！',
    '9 punct/unpaired “',
    '27 count/mismatch 三个方面',
  ],
  '004_ad4ba68fa9452e00.txt': ['3 date/year-mismatch 2022年'],
};

describe('seeds', () => {
  it('finds the defects each seed really contains, and its placeholders', () => {
    if (!present) return;
    for (const [name, defects] of Object.entries(SEED_DEFECTS)) {
      expect(checkFile(join(SHARED, 'seeds', name))).toEqual(expect.arrayContaining(defects));
    }
    for (const name of [
      '001_0b8380f1888c8705.txt',
      '002_e9d16230c6ceebbb.txt',
      '004_ad4ba68fa9452e00.txt',
    ]) {
      const placeholders = checkFile(join(SHARED, 'seeds', name)).filter((f) =>
        f.includes(' placeholder/'),
      );
      expect(placeholders.length).toBeGreaterThan(10);
      // Every placeholder finding is made only of placeholder marks.
      for (const f of placeholders)
        expect(f.split(' ')[2]).toMatch(/^[XxＸ×*＊○□_【】[\]]+$|^某某$/u);
    }
  });
});

/** Corpus files with their dates of delivery, and every finding judged real on them. */
const CORPUS: Record<string, { date: string; findings: string[] }> = {
  '01_gwr2021_national.txt': { date: '2021-03-05', findings: [] },
  '02_gwr2022_national.txt': { date: '2022-03-05', findings: [] },
  '03_gwr2026_beijing.txt': { date: '2026-01-25', findings: ['52 punct/halfwidth ;'] },
  '04_gwr2026_henan.txt': { date: '2026-01-26', findings: [] },
  // A heading marker split across two lines: “（” ends one line, “三）” starts the next.
  '05_gwr2026_yunnan.txt': { date: '2026-01-28', findings: ['25 punct/unpaired （'] },
  '06_speech2010_city_edu_work_conference.txt': {
    date: '2010-02-22',
    findings: [
      '85 punct/halfwidth , ',
      '88 punct/halfwidth , ',
      '88 punct/halfwidth ,',
      '92 punct/halfwidth , ',
      '98 punct/halfwidth ,',
    ],
  },
  '07_speech2018_party_school_opening.txt': {
    date: '2018-09-03',
    findings: [
      '8 typo/repeated-char 的的',
      ...[12, 13, 14].map((p, i) => `${p} heading/marker ${i + 1}、`),
      ...[17, 18, 19].map((p, i) => `${p} heading/marker ${i + 1}、`),
      '19 typo/confusable 交待',
      '20 heading/marker 4、',
      '23 heading/marker 1、',
      '23 number/range 3-5',
      '24 heading/marker 2、',
      '24 typo/repeated-char 要要',
      '25 heading/marker 3、',
      '26 heading/marker 4、',
      ...[29, 30, 31].map((p, i) => `${p} heading/marker ${i + 1}、`),
    ],
  },
  '08_speech2020_theme_education_summary.txt': {
    date: '2020-01-13',
    findings: ['22 typo/confusable 截止', '34 term/title 习总书记'],
  },
  '09_speech2009_edu_bureau_at_staff_congress.txt': { date: '2009-11-09', findings: [] },
  '10_report2011_school_work_report.txt': {
    date: '2011-01-15',
    findings: [
      '4 punct/halfwidth !',
      '7 typo/repeated-char 的的',
      '51 punct/halfwidth !',
      '52 punct/halfwidth !',
    ],
  },
  '11_speech2018_xi_reform_opening_40th.txt': { date: '2018-12-18', findings: [] },
  '12_doc2018_rural_revitalization_opinion.txt': { date: '2018-01-02', findings: [] },
};

describe('corpus', () => {
  it.each(Object.entries(CORPUS))(
    '%s on its own date gives only the findings judged real',
    (name, { date, findings }) => {
      if (!present) return;
      expect(checkFile(join(SHARED, 'corpus', name), date)).toEqual(findings);
    },
  );
});
