/**
 * The date and term rules on the real input in ../shared (read at test time, never copied):
 * the carefully edited corpus gives no finding on its own date and the stale passages when
 * read a year or more later; the seeds give their known time defects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, documentFromText, type Finding } from '../../src/core';
import { dateRules } from '../../src/core/rules/date';
import { termRules } from '../../src/core/rules/term';

const shared = join(__dirname, '..', '..', '..', 'shared');
const rules = [...dateRules, ...termRules];
const available = existsSync(join(shared, 'corpus')) && existsSync(join(shared, 'seeds'));
if (!available)
  console.log(
    `../shared not found at ${shared}: the real-input tests are skipped in this checkout`,
  );

/** The delivery dates recorded in corpus/SOURCES.md. */
const corpus: Record<string, string> = {
  '01_gwr2021_national.txt': '2021-03-05',
  '02_gwr2022_national.txt': '2022-03-05',
  '03_gwr2026_beijing.txt': '2026-01-25',
  '04_gwr2026_henan.txt': '2026-01-26',
  '05_gwr2026_yunnan.txt': '2026-01-28',
  '06_speech2010_city_edu_work_conference.txt': '2010-02-22',
  '07_speech2018_party_school_opening.txt': '2018-09-03',
  '08_speech2020_theme_education_summary.txt': '2020-01-13',
  '09_speech2009_edu_bureau_at_staff_congress.txt': '2009-11-09',
  '10_report2011_school_work_report.txt': '2011-01-15',
  '11_speech2018_xi_reform_opening_40th.txt': '2018-12-18',
  '12_doc2018_rural_revitalization_opinion.txt': '2018-01-02',
};

function run(dir: string, file: string, speechDate?: string): Finding[] {
  const doc = documentFromText(readFileSync(join(shared, dir, file), 'utf8'));
  return check(doc, { rules, today: '2026-11-21', speechDate }).findings;
}

const later = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
const rulesOf = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

(available ? describe : describe.skip)('real input', () => {
  describe('corpus read on its own date', () => {
    /** True catches the date and term rules make in the corpus, judged by hand. */
    const expected: Record<string, string[]> = {
      // 习总书记 is the abbreviated form official texts avoid (习近平总书记).
      '08_speech2020_theme_education_summary.txt': ['term/title 习总书记'],
    };
    it.each(Object.entries(corpus))('%s gives only its known true findings', (file, date) => {
      expect(run('corpus', file, date).map((f) => `${f.rule} ${f.text}`)).toEqual(
        expected[file] ?? [],
      );
    });
    it.each([
      '03_gwr2026_beijing.txt',
      '06_speech2010_city_edu_work_conference.txt',
      '09_speech2009_edu_bureau_at_staff_congress.txt',
      '12_doc2018_rural_revitalization_opinion.txt',
    ])('%s states its own date, which resolves the speech date', (file) => {
      const doc = documentFromText(readFileSync(join(shared, 'corpus', file), 'utf8'));
      const result = check(doc, { rules, today: '2026-11-21' });
      expect([result.speechDate, result.speechDateSource]).toEqual([corpus[file], 'document']);
    });
  });

  describe('corpus read later', () => {
    it('finds the stale years and terms of the 2022 national report a year on', () => {
      const findings = run('corpus', '02_gwr2022_national.txt', '2023-03-05');
      expect(rulesOf(findings)).toEqual(['date/stale-term', 'date/stale-year']);
      expect(findings.some((f) => f.text === '迎接党的二十大')).toBe(true);
    });
    it('finds the stale years of the 2026 provincial reports a year on', () => {
      for (const file of [
        '03_gwr2026_beijing.txt',
        '04_gwr2026_henan.txt',
        '05_gwr2026_yunnan.txt',
      ]) {
        expect(rulesOf(run('corpus', file, later(corpus[file] as string, 1)))).toContain(
          'date/stale-year',
        );
      }
    });
    it('finds the anniversary of the 2018 speech a year on', () => {
      expect(
        rulesOf(run('corpus', '07_speech2018_party_school_opening.txt', '2019-09-03')),
      ).toEqual(['date/anniversary']);
    });
    it('finds the 2020 targets of the 2018 opinion past once 2020 is over', () => {
      expect(run('corpus', '12_doc2018_rural_revitalization_opinion.txt', '2019-06-01')).toEqual(
        [],
      );
      expect(
        rulesOf(run('corpus', '12_doc2018_rural_revitalization_opinion.txt', '2021-06-01')),
      ).toContain('date/past-deadline');
    });
    it('finds something in most documents two years on', () => {
      const withFindings = Object.entries(corpus).filter(
        ([file, date]) => run('corpus', file, later(date, 2)).length > 0,
      );
      expect(withFindings.length).toBeGreaterThanOrEqual(7);
    });
  });

  describe('seeds', () => {
    const seed = (prefix: string) =>
      `${prefix}_${{ '000': 'de10570bcae10d97', '004': 'ad4ba68fa9452e00' }[prefix]}.txt`;
    it('004 reviews the year it plans beside its review of the year before', () => {
      const findings = run('seeds', seed('004'));
      expect(findings.map((f) => [f.rule, f.paragraph, f.text])).toEqual([
        ['date/year-mismatch', 3, '2022年'],
      ]);
    });
    it('000 counts days to the end of the quarter', () => {
      const findings = run('seeds', seed('000'));
      expect(findings.map((f) => [f.rule, f.text])).toEqual([['date/relative', '再有20来天时间']]);
    });
    it('000 dated after the congress still welcomes it', () => {
      const findings = run('seeds', seed('000'), '2023-02-01');
      expect(findings.filter((f) => f.rule === 'date/stale-term').map((f) => f.text)).toEqual([
        '迎接党的二十大',
      ]);
    });
  });
});
