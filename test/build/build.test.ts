/**
 * `npm run build` for an office's server (scripts/build.mjs), as CI checks it: built once with
 * `--base-url https://intranet.example.org/speechdesk/` (plus an office library file and address),
 * then: the manifest validates and points only there, no `localhost` in dist/, the CSP is present,
 * the initial task-pane JavaScript is under its gzip budget, and a second build is byte-identical.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '../..');
const BUILD = join(ROOT, 'scripts/build.mjs');
const BASE = 'https://intranet.example.org/speechdesk/';
const LIBRARY_URL = 'https://files.example.org/speechdesk-library/office.json';
const DEV_MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/** Runs the build script; without SPEECHDESK_BASE_URL unless `env` gives it. */
function runBuild(args: string[], env: Record<string, string> = {}) {
  const { SPEECHDESK_BASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, [BUILD, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...rest, ...env },
  });
}

/** Calls one of build.mjs's exported functions in a child Node (Jest here runs CommonJS). */
function callBuildModule(expression: string): unknown {
  const script = `import * as b from ${JSON.stringify(pathToFileURL(BUILD).href)}; console.log(JSON.stringify(${expression}));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

describe('refusals, before anything is bundled', () => {
  test('without a base URL it refuses and says both ways to give one', () => {
    const result = runBuild([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run build -- --base-url https://');
    expect(result.stderr).toContain('SPEECHDESK_BASE_URL=');
  });

  test.each([
    [['--base-url', 'http://intranet.example.org/speechdesk/'], 'must start with https://'],
    [['--base-url', 'https://localhost:3000/'], 'other PCs cannot reach it'],
    [['--base-url', 'intranet.example.org'], 'is not a URL'],
    [['--base-url', BASE, '--office-js', 'offline'], '--office-js is cdn or local'],
    [['--base-url', BASE, '--id', 'not-a-guid'], '--id must be a GUID'],
    [['--base-url', BASE, '--library-url', 'http://files.example.org/a.json'], 'must be https://'],
    [['--base-url', BASE, '--library', 'no/such/office.json'], 'no such file'],
  ])('%j is refused: %s', (args, message) => {
    const result = runBuild(args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(message);
  });
});

describe('the pure parts', () => {
  test('the base URL may come from SPEECHDESK_BASE_URL and gains its final slash', () => {
    expect(
      callBuildModule(
        `b.parseBuildArgs([], { SPEECHDESK_BASE_URL: 'https://intranet.example.org/speechdesk' })`,
      ),
    ).toMatchObject({ baseUrl: BASE, officeJs: 'cdn', libraryUrls: [] });
  });

  test('the add-in Id is a UUIDv5 of the base URL: stable for a server, different per server', () => {
    // RFC 4122 test vector: uuid5(NAMESPACE_DNS, "www.example.com").
    expect(
      callBuildModule(`b.uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')`),
    ).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    const ids = callBuildModule(
      `[b.parseBuildArgs(['--base-url', '${BASE}'], {}).id,
        b.parseBuildArgs(['--base-url', 'https://oa.example.gov.cn/speechdesk/'], {}).id,
        b.parseBuildArgs(['--base-url', '${BASE}', '--id', 'AAAAAAAA-1111-4222-8333-444444444444'], {}).id]`,
    ) as string[];
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe('aaaaaaaa-1111-4222-8333-444444444444');
    expect(DEV_MANIFEST).not.toContain(ids[0]);
  });

  test('a cdn page may run scripts from its origin and the Office.js CDN only; local from its origin only', () => {
    const [cdn, local] = callBuildModule(
      `[b.contentSecurityPolicy({ officeJs: 'cdn', libraryUrls: [] }),
        b.contentSecurityPolicy({ officeJs: 'local', libraryUrls: ['${LIBRARY_URL}'] })]`,
    ) as string[];
    expect(cdn).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(local).toContain("script-src 'self';");
    expect(local).toContain(`connect-src 'self' ${LIBRARY_URL};`);
    for (const policy of [cdn, local]) {
      expect(policy).toMatch(/^default-src 'none';/);
      expect(policy).not.toMatch(/unsafe-eval|\*|data:|blob:/);
      expect(policy).toContain("img-src 'self';");
      expect(policy).toContain("font-src 'self';");
    }
  });
});

describe('npm run build -- --base-url https://intranet.example.org/speechdesk/', () => {
  let work: string;
  let dist: string;
  let stdout: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'speechdesk-build-'));
    dist = join(work, 'a');
    const library = join(work, 'office-phrases.json');
    writeFileSync(library, JSON.stringify({ version: 1, phrases: [] }));
    const result = runBuild([
      '--base-url',
      BASE,
      '--out',
      dist,
      '--library',
      library,
      '--library-url',
      LIBRARY_URL,
    ]);
    if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
    stdout = result.stdout;
    console.log(stdout);
  }, 240000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const read = (file: string) => readFileSync(join(dist, file), 'utf8');

  test('the built manifest validates offline against the Office schemas', () => {
    const result = spawnSync(
      'sh',
      [join(ROOT, 'scripts/validate-manifest.sh'), join(dist, 'manifest.xml')],
      {
        encoding: 'utf8',
      },
    );
    if (result.status === 2) throw new Error(`xmllint is required for this test: ${result.stderr}`);
    expect(result.stderr).toContain('manifest.xml validates');
    expect(result.status).toBe(0);
  });

  test('every manifest URL points at the base URL; its own Id; the package version', () => {
    const manifest = read('manifest.xml');
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url?.startsWith(BASE)).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html?tab=check" />`);
    expect(manifest).toContain('<AppDomain>https://intranet.example.org</AppDomain>');
    const app = new XMLParser().parse(manifest).OfficeApp;
    const devApp = new XMLParser().parse(DEV_MANIFEST).OfficeApp;
    expect(app.Id).toBe(callBuildModule(`b.parseBuildArgs(['--base-url', '${BASE}'], {}).id`));
    expect(app.Id).not.toBe(devApp.Id);
    expect(app.Version).toBe(`${VERSION}.0`);
  });

  test('no localhost and no path of the build machine anywhere in dist/', () => {
    for (const file of filesUnder(dist)) {
      const text = readFileSync(join(dist, file), 'latin1');
      expect([file, /localhost/i.test(text)]).toEqual([file, false]);
      expect([file, text.includes(ROOT)]).toEqual([file, false]);
    }
  });

  test('both pages carry the CSP and load scripts by src only: no inline script', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = read(page);
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).toContain(`connect-src 'self' ${LIBRARY_URL};`);
      expect(html).toContain(
        '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js>',
      );
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(1);
      for (const tag of scripts) expect(tag).toMatch(/\ssrc=/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });

  test('the office library is copied into library/ and the pane knows both addresses', () => {
    expect(JSON.parse(read('library/office-phrases.json'))).toEqual({ version: 1, phrases: [] });
    const taskpaneJs = /src="?(taskpane\.[0-9a-f]{8}\.js)/.exec(read('taskpane.html'))?.[1] ?? '';
    expect(read(taskpaneJs)).toContain(`["library/office-phrases.json","${LIBRARY_URL}"]`);
  });

  test('nothing of the preview stand-in ships', () => {
    const bundles = filesUnder(dist).filter((file) => file.endsWith('.js'));
    for (const file of bundles)
      expect([file, read(file).includes('__speechdeskPreview')]).toEqual([file, false]);
    expect(filesUnder(dist).some((file) => file.startsWith('office-js/'))).toBe(false);
  });

  test('the initial task-pane JavaScript is under its gzip budget, and the build prints both', () => {
    const [scripts, budget] = callBuildModule(
      `[b.initialTaskpaneScripts(${JSON.stringify(dist)}), b.INITIAL_JS_BUDGET_GZIP]`,
    ) as [Array<{ file: string; bytes: number; gzip: number }>, number];
    // The bundle, and the old-webview check that runs before it (src/webview/webview-check.js).
    expect(scripts.map((s) => s.file)).toEqual([
      expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
      'webview-check.js',
    ]);
    for (const script of scripts) {
      const gzip = gzipSync(readFileSync(join(dist, script.file)), { level: 9 });
      expect(gunzipSync(gzip).length).toBe(readFileSync(join(dist, script.file)).length);
      expect(script.gzip).toBe(gzip.length);
    }
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    expect(total).toBeLessThan(budget);
    expect(stdout).toContain(
      `initial task-pane JS ${(total / 1024).toFixed(1)} KiB gzip (budget ${(budget / 1024).toFixed(1)} KiB)`,
    );
  });

  test('a second build of the same commit gives byte-identical files', () => {
    const again = join(work, 'b');
    const library = join(work, 'office-phrases.json');
    const result = runBuild(['--out', again, '--library', library, '--library-url', LIBRARY_URL], {
      SPEECHDESK_BASE_URL: BASE,
    });
    expect(result.status).toBe(0);
    expect(hashes(again)).toEqual(hashes(dist));
  }, 240000);
});
