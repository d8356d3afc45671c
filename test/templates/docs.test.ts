/** The example library in docs/templates.md loads without problems and passes our own checks. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { auditLibrary, loadLibrary, sectionRange, shippedLibrary } from '../../src/templates';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'templates.md'), 'utf8');
const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];

test('the documented example is a valid library that passes the check', () => {
  expect(block).toBeDefined();
  const { library, problems } = loadLibrary(JSON.parse(block as string), {
    file: 'docs/templates.md',
  });
  expect(problems).toEqual([]);
  expect(library.skeletons.map((s) => [s.id, sectionRange(s)])).toEqual([
    ['staff-congress', { min: 2, max: 3 }],
  ]);
  expect(library.phrases).toHaveLength(1);
  expect(auditLibrary(library, { speechDate: '2026-03-01' }).map((p) => p.reason)).toEqual([]);
});

test('the documented tables list every shipped skeleton and theme, with the right counts', () => {
  const library = shippedLibrary();
  for (const s of library.skeletons) expect(doc).toContain(`| \`${s.id}\` |`);
  for (const theme of new Set(library.phrases.map((p) => p.theme)))
    expect(doc).toMatch(new RegExp(`^\\| ${theme} \\| \\d+ \\|`, 'mu'));
  expect(doc).toContain(`自带 **${library.skeletons.length} 个框架**`);
  expect(doc).toContain(`**${library.phrases.length} 条常用语**`);
  for (const field of ['validFrom', 'validUntil', 'season', 'note', 'source'])
    expect(doc).toContain(`| \`${field}\` |`);
});
