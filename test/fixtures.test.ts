/** Runs every whole-speech fixture: expected markers equal actual findings; fixes re-check clean. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, check } from '../src/core';
import { parseFixture } from './helpers/fixture';

const dir = join(__dirname, 'fixtures', 'speeches');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('whole-speech fixtures', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const fixture = parseFixture(readFileSync(join(dir, file), 'utf8'), file);
      const run = (doc = fixture.doc) =>
        check(doc, { speechDate: fixture.date, today: fixture.date, config: fixture.config });

      it('finds exactly the marked findings', () => {
        const actual = run()
          .findings.map((f) => `${f.paragraph} ${f.rule}`)
          .sort();
        expect(actual).toEqual(fixture.expected);
      });

      it('matches the findings and fixed-text snapshot', () => {
        const result = run();
        const fixed = applyFixes(fixture.doc, result.findings).document;
        expect({
          findings: result.findings.map((f) => ({
            at: `${f.paragraph}:${f.offset}+${f.length}`,
            rule: f.rule,
            text: f.text,
            message: f.message,
            fix: f.fix?.replacement,
          })),
          fixed: fixed.paragraphs
            .map((p) => p.text)
            .filter((t, i) => t !== fixture.doc.paragraphs[i]?.text),
        }).toMatchSnapshot();
      });

      it('re-checks the fixed text without the fixed findings', () => {
        const result = run();
        const fixed = applyFixes(fixture.doc, result.findings);
        const again = run(fixed.document).findings.filter((f) => f.fix);
        const stillFixable = again.filter((f) =>
          fixed.applied.some((a) => a.rule === f.rule && a.paragraph === f.paragraph),
        );
        expect(stillFixable).toEqual([]);
      });
    });
  }
});
