/**
 * A RuleTester in the spirit of ESLint's: `valid` texts give no report from the rule,
 * `invalid` ones give exactly the listed reports (messageId and range), and `output` is the
 * text after applying the rule's fixes. Runs the rule through the real engine so report
 * validation and message formatting are exercised too.
 */
import { applyFixes, check, documentFromText, shippedTables } from '../../src/core';
import type { AnyRule, Config, Finding, SpeechDocument } from '../../src/core';

export interface TestCase {
  /** Plain text (lines are paragraphs) or a ready document (e.g. with list labels). */
  text?: string;
  doc?: SpeechDocument;
  /** The speech date (YYYY-MM-DD); defaults to 2024-03-01. */
  date?: string;
  options?: Record<string, unknown>;
  name?: string;
}

export interface ExpectedReport {
  messageId: string;
  paragraph?: number;
  offset?: number;
  length?: number;
  /** The reported slice of text. */
  text?: string;
  fix?: string | null;
  suggestions?: string[];
}

export interface InvalidCase extends TestCase {
  errors: ExpectedReport[];
  /** The whole text after applying the fixes (lines joined with \n). */
  output?: string;
}

function docOf(c: TestCase): SpeechDocument {
  if (c.doc) return c.doc;
  if (c.text === undefined) throw new Error('a test case needs text or doc');
  return documentFromText(c.text);
}

export function runRule(rule: AnyRule, c: TestCase): Finding[] {
  const config: Config = { rules: { [rule.id]: c.options ? ['error', c.options] : 'error' } };
  return check(docOf(c), {
    rules: [rule],
    config,
    speechDate: c.date ?? '2024-03-01',
    today: c.date ?? '2024-03-01',
    tables: shippedTables([rule]),
  }).findings;
}

function label(c: TestCase): string {
  const source =
    c.text ?? c.doc?.paragraphs.map((p) => (p.listLabel ?? '') + p.text).join('⏎') ?? '';
  return c.name ?? (source.length > 60 ? source.slice(0, 60) + '…' : source);
}

export function ruleTester(
  rule: AnyRule,
  cases: { valid: (string | TestCase)[]; invalid: InvalidCase[] },
): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(label(c), () => {
          expect(
            runRule(rule, c).map(
              (f) => `${f.messageId} ${JSON.stringify(f.text)} @${f.paragraph}:${f.offset}`,
            ),
          ).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const findings = runRule(rule, c);
          const actual = findings.map((f, i) => {
            const want = c.errors[i];
            const got: Record<string, unknown> = { messageId: f.messageId };
            if (want?.paragraph !== undefined) got.paragraph = f.paragraph;
            if (want?.offset !== undefined) got.offset = f.offset;
            if (want?.length !== undefined) got.length = f.length;
            if (want?.text !== undefined) got.text = f.text;
            if (want?.fix !== undefined) got.fix = f.fix?.replacement ?? null;
            if (want?.suggestions !== undefined) got.suggestions = f.suggestions ?? [];
            return got;
          });
          expect(actual).toEqual(c.errors.map((e) => ({ ...e })));
          if (c.output !== undefined) {
            const fixed = applyFixes(docOf(c), findings).document;
            expect(fixed.paragraphs.map((p) => p.text).join('\n')).toBe(c.output);
          }
        });
      }
    });
  });
}
