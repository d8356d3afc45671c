/**
 * The build check for `--office-js local` (scripts/office-js-check.mjs): the shipped Office.js
 * Word files against every Word member src/word calls. The npm copy (1.1.110) has no critiques
 * (issue 11, break 1): the build must say that marking falls back to highlights.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '../..');
const CHECK = pathToFileURL(join(ROOT, 'scripts/office-js-check.mjs')).href;
const BUILD = pathToFileURL(join(ROOT, 'scripts/build.mjs')).href;
const OFFICE_JS = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** Runs an expression over the ES modules in a child Node (Jest here runs CommonJS). */
function evaluate(expression: string): unknown {
  const script = `import * as c from ${JSON.stringify(CHECK)}; import * as b from ${JSON.stringify(BUILD)};
    try { console.log(JSON.stringify({ value: await (${expression}) })); }
    catch (error) { console.log(JSON.stringify({ error: error.message })); }`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
}

describe('the Office.js the build ships', () => {
  test('has every required member; critiques are absent, and the build says marking falls back', () => {
    const { value } = evaluate(`b.officeJsReport(${JSON.stringify(OFFICE_JS)})`) as {
      value: string[];
    };
    expect(value).toHaveLength(1);
    expect(value[0]).toContain('“全部标记”改用突出显示');
    expect(value[0]).toContain('no Paragraph.insertAnnotations, no Paragraph.getAnnotations');
    expect(value[0]).toContain('word-win32-16.01.js, word-mac-16.00.js, word-web-16.00.js');
  });

  test('a copy without a required member stops the build, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speechdesk-officejs-'));
    try {
      for (const file of ['word-win32-16.01.js', 'word-mac-16.00.js', 'word-web-16.00.js']) {
        const source = readFileSync(join(OFFICE_JS, file), 'utf8');
        writeFileSync(
          join(dir, file),
          source.replace(/prototype\.expandTo=function/g, 'x=function'),
        );
      }
      const result = evaluate(`b.officeJsReport(${JSON.stringify(dir)})`) as { error: string };
      expect(result.error).toContain('Range.expandTo (word-win32-16.01.js)');
      expect(result.error).toContain('--office-js cdn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the member list covers every Word method src/word calls, and names only called ones', () => {
    const members = (evaluate('c.ADAPTER_MEMBERS') as { value: Array<{ member: string }> }).value;
    const names = new Set(members.map((m) => m.member.split('.')[1] as string));
    const source = readdirSync(join(ROOT, 'src/word'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'src/word', f), 'utf8'))
      .join('\n');
    const web = readFileSync(join(OFFICE_JS, 'word-web-16.00.js'), 'utf8');
    // Generic names that are also JavaScript's (Map, Set, settings): not adapter calls to check.
    const generic = new Set(['load', 'sync', 'set', 'toString', 'clear', 'add', 'remove']);
    const called = [...new Set([...source.matchAll(/\.(\w+)\(/g)].map((m) => m[1] as string))]
      .filter((n) => !generic.has(n))
      .filter(
        (n) =>
          web.includes(`prototype.${n}=function`) ||
          n === 'insertAnnotations' ||
          n === 'getAnnotations',
      );
    expect(called.filter((n) => !names.has(n))).toEqual([]);
    expect([...names].filter((n) => !source.includes(n))).toEqual([]);
  });
});

describe('npm run build -- --office-js local', () => {
  test('prints which features fall back in Word', () => {
    const out = mkdtempSync(join(tmpdir(), 'speechdesk-local-'));
    try {
      const { SPEECHDESK_BASE_URL: _ignored, ...env } = process.env;
      const result = spawnSync(
        process.execPath,
        [
          join(ROOT, 'scripts/build.mjs'),
          '--base-url',
          'https://intranet.example.org/speechdesk/',
          '--office-js',
          'local',
          '--out',
          out,
        ],
        { cwd: ROOT, encoding: 'utf8', env },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('in Word these features fall back:');
      expect(result.stdout).toContain(
        'Editor-style critiques are unavailable: marking uses highlights',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 240000);
});
