/**
 * Meta-tests: the catalog in RULES.md is the contract. Every rule is registered, documented
 * (with both examples), tested by a table and by at least one fixture marker, and speaks both languages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core';
import { templateNames } from '../../src/core/engine/messages';

const root = join(__dirname, '..', '..');

/** The rule ids of RULES.md's table, in its order. */
const CATALOG = [
  'placeholder/number',
  'placeholder/name',
  'date/stale-year',
  'date/year-mismatch',
  'date/past-deadline',
  'date/stale-term',
  'date/anniversary',
  'date/relative',
  'heading/sequence',
  'heading/level',
  'heading/marker',
  'enum/sequence',
  'enum/style',
  'count/mismatch',
  'punct/halfwidth',
  'punct/unpaired',
  'punct/repeated',
  'typo/repeated-char',
  'residue/template',
  'term/canon',
  'typo/confusable',
  'number/range',
  'number/date',
  'number/style',
  'term/title',
  'term/office',
];

const fixtureText = readdirSync(join(root, 'test', 'fixtures', 'speeches'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(root, 'test', 'fixtures', 'speeches', f), 'utf8'))
  .join('\n');

describe('rule catalog', () => {
  it('registers every rule of RULES.md exactly once, and nothing outside its categories', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CATALOG].sort());
  });

  it('agrees with ../shared/RULES.md when it is present', () => {
    const rulesMd = join(root, '..', 'shared', 'RULES.md');
    if (!existsSync(rulesMd)) {
      console.log(
        `../shared/RULES.md is absent: checked against the catalog copy in this test only.`,
      );
      return;
    }
    const ids = [...readFileSync(rulesMd, 'utf8').matchAll(/^\| `([a-z]+\/[a-z-]+)` \|/gm)].map(
      (m) => m[1],
    );
    expect(ids).toEqual(CATALOG);
  });
});

describe.each(allRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const [category, name] = id.split('/') as [string, string];

  it('lives in its own module', () => {
    expect(existsSync(join(root, 'src', 'core', 'rules', category, `${name}.ts`))).toBe(true);
  });

  it('has a doc page with both examples, zh-CN first', () => {
    const page = join(root, 'docs', 'rules', category, `${name}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain(id);
    expect(text).toMatch(/##\s*错误示例/);
    expect(text).toMatch(/##\s*正确示例/);
  });

  it('has a test table', () => {
    expect(existsSync(join(root, 'test', 'rules', category, `${name}.test.ts`))).toBe(true);
  });

  it('is expected by at least one whole-speech fixture', () => {
    expect(fixtureText).toMatch(new RegExp(`⟦[^⟧]*${id.replace('/', '\\/')}[^⟧]*⟧`));
  });

  it('has titles and every message in zh-CN and en, with the same placeholders', () => {
    for (const text of [rule.title, rule.description]) {
      expect(text.zh.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.messages)) {
      expect(message.zh.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
      expect(new Set(templateNames(message.en))).toEqual(new Set(templateNames(message.zh)));
    }
  });
});
