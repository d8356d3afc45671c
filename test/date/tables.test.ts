/**
 * The date and term knowledge tables: shipped data validates, every entry is well formed,
 * the published JSON schemas under schemas/ agree with the valibot schemas, and an office's
 * bad entry is reported with file, entry and reason while its good ones load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { formatDataProblem, loadTables, shippedTables, type AnyTableSpec } from '../../src/core';
import { anniversariesTable } from '../../src/core/data/anniversaries';
import { canonTermsTable } from '../../src/core/data/canonTerms';
import { staleTermsTable } from '../../src/core/data/staleTerms';
import { dateRules } from '../../src/core/rules/date';
import { termRules } from '../../src/core/rules/term';

const specs: AnyTableSpec[] = [staleTermsTable, anniversariesTable, canonTermsTable];
const schemaPath = (name: string) => join(__dirname, '..', '..', 'schemas', `${name}.schema.json`);

function publishedSchema(spec: AnyTableSpec): object {
  const schema = toJsonSchema(v.array(spec.entry), { errorMode: 'ignore' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: `https://speechdesk.local/schemas/${spec.name}.schema.json`,
    title: `SpeechDesk knowledge table "${spec.name}"`,
  };
}

describe('knowledge tables', () => {
  it('ship valid data, loaded by the rules that declare them', () => {
    const tables = shippedTables([...dateRules, ...termRules]);
    expect((tables['stale-terms'] as unknown[]).length).toBeGreaterThanOrEqual(30);
    expect((tables['anniversaries'] as unknown[]).length).toBeGreaterThanOrEqual(15);
    expect((tables['canon-terms'] as unknown[]).length).toBeGreaterThanOrEqual(15);
  });

  it.each(specs.map((s) => [s.name, s] as const))('%s has unique ids', (_name, spec) => {
    const ids = (spec.data as { id: string }[]).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(specs.map((s) => [s.name, s] as const))(
    '%s agrees with its published JSON schema',
    (_name, spec) => {
      const expected = publishedSchema(spec);
      if (process.env.UPDATE_SCHEMAS)
        writeFileSync(schemaPath(spec.name), JSON.stringify(expected, null, 2) + '\n');
      expect(JSON.parse(readFileSync(schemaPath(spec.name), 'utf8'))).toEqual(expected);
    },
  );

  it('every source has a url or a document number, and unverified entries say so', () => {
    for (const spec of specs) {
      for (const entry of spec.data as {
        source: { url?: string; docNo?: string };
        verified: boolean;
      }[]) {
        expect(entry.source.url ?? entry.source.docNo).toBeTruthy();
        expect(typeof entry.verified).toBe('boolean');
      }
    }
  });

  it('adds an office’s entries through config and reports a bad one with file, entry and reason', () => {
    const { tables, problems } = loadTables([staleTermsTable], {
      file: 'speechdesk.config.json',
      tables: {
        'stale-terms': [
          {
            id: 'county-bureau-rename',
            terms: ['县人事局'],
            until: '2010-12-31',
            replacement: '县人力资源和社会保障局',
            kind: 'rename',
            note: {
              zh: '2010年机构改革后改称人力资源和社会保障局。',
              en: 'Renamed in the 2010 reform.',
            },
            source: { title: '县机构改革方案', docNo: '县委发〔2010〕1号', date: '2010-06-01' },
            verified: true,
          },
          { id: 'Bad Id', terms: [], kind: 'rename' },
        ],
      },
    });
    expect(
      (tables['stale-terms'] as { id: string }[]).some((e) => e.id === 'county-bureau-rename'),
    ).toBe(true);
    expect(problems).toHaveLength(1);
    const message = formatDataProblem(problems[0]!);
    expect(message).toContain('speechdesk.config.json');
    expect(message).toContain('entry 1');
    expect(message).toMatch(/id|terms/);
  });

  it('rejects an entry whose window runs backwards or that has no window', () => {
    const base = {
      id: 'x',
      terms: ['某提法'],
      kind: 'policy',
      note: { zh: '说明', en: 'note' },
      source: { title: '来源文件', docNo: '某发〔2020〕1号', date: '2020-01-01' },
      verified: false,
    };
    expect(
      v.safeParse(staleTermsTable.entry, { ...base, from: '2021-01-01', until: '2020-01-01' })
        .success,
    ).toBe(false);
    expect(v.safeParse(staleTermsTable.entry, base).success).toBe(false);
    expect(v.safeParse(staleTermsTable.entry, { ...base, until: '2020-01-01' }).success).toBe(true);
  });

  it('rejects a canon entry whose members do not match its count', () => {
    const entry = {
      id: 'two-x',
      name: '两个示例',
      count: 2,
      members: [{ text: '甲' }],
      source: { title: '来源文件', docNo: '某发〔2020〕1号', date: '2020-01-01' },
      verified: false,
    };
    expect(v.safeParse(canonTermsTable.entry, entry).success).toBe(false);
  });
});
