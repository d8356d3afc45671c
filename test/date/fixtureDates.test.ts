/** The same speech text judged against several speech dates: what is stale depends on the day. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/core';
import { dateRules } from '../../src/core/rules/date';
import { termRules } from '../../src/core/rules/term';
import { parseFixture } from '../helpers/fixture';

const rules = [...dateRules, ...termRules];
const fixture = (name: string) =>
  parseFixture(readFileSync(join(__dirname, '..', 'fixtures', 'speeches', name), 'utf8'), name);

function findingsOn(name: string, speechDate: string): string[] {
  return check(fixture(name).doc, { rules, today: '2026-11-21', speechDate }).findings.map(
    (f) => `${f.rule} ${f.text}`,
  );
}

describe('date-on-time.txt judged on several dates', () => {
  it('is clean on the day it was given', () => {
    expect(findingsOn('date-on-time.txt', '2022-02-18')).toEqual([]);
  });

  it('after the congress and the renaming, the welcome and the old disease name are stale', () => {
    const found = findingsOn('date-on-time.txt', '2023-01-10');
    expect(found).toEqual(
      expect.arrayContaining([
        'date/stale-term 迎接党的二十大',
        'date/stale-term 新冠肺炎',
        'date/stale-year 2022年',
      ]),
    );
    // The review section's mention of the disease is history.
    expect(found.filter((f) => f === 'date/stale-term 新冠肺炎')).toHaveLength(1);
  });

  it('in April the March deadline is past, nothing else', () => {
    expect(findingsOn('date-on-time.txt', '2022-04-06')).toEqual(['date/past-deadline 3月31日前']);
  });

  it('a year later the anniversary count is wrong', () => {
    expect(findingsOn('date-on-time.txt', '2023-06-01')).toContain(
      'date/anniversary 中国共产主义青年团成立100周年',
    );
  });
});

describe('date-reused-speech.txt judged on several dates', () => {
  it('on its header date finds what its markers say', () => {
    const f = fixture('date-reused-speech.txt');
    const found = check(f.doc, { rules, today: '2026-11-21', speechDate: f.date }).findings.map(
      (x) => `${x.paragraph} ${x.rule}`,
    );
    expect(found.sort()).toEqual(f.expected);
  });

  it('dated early in 2022, before the congress and the renaming, keeps only the text’s own slips', () => {
    const found = findingsOn('date-reused-speech.txt', '2022-01-20');
    expect(found).not.toContain('date/stale-term 迎接党的二十大');
    expect(found).not.toContain('date/stale-term 新冠肺炎');
    expect(found).toContain('term/canon 二个维护');
  });
});
