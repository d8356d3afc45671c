/** `speechdesk templates list|show` through a small commander program with captured output. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command } from 'commander';
import { registerTemplatesCommand, type TemplatesIo } from '../../src/cli/templates';
import { sectionRange, shippedLibrary } from '../../src/templates';

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

async function run(args: string[], files: Record<string, string> = {}): Promise<Run> {
  const out: Run = { stdout: '', stderr: '', exitCode: 0 };
  const io: TemplatesIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (file) => {
      if (file in files) return files[file] as string;
      throw new Error(`ENOENT: no such file, open '${file}'`);
    },
    setExitCode: (code) => void (out.exitCode = Math.max(out.exitCode, code)),
    today: () => '2026-03-01',
  };
  const program = new Command('speechdesk').exitOverride();
  registerTemplatesCommand(program, io);
  await program.parseAsync(args, { from: 'user' });
  return out;
}

const library = shippedLibrary();

test('list --format json gives id, kind, title, text for phrases and sections for skeletons', async () => {
  const { stdout, exitCode } = await run(['templates', 'list', '--format', 'json']);
  expect(exitCode).toBe(0);
  const { version, entries } = JSON.parse(stdout) as {
    version: number;
    entries: Array<Record<string, unknown>>;
  };
  expect(version).toBe(1);
  expect(entries).toHaveLength(library.skeletons.length + library.phrases.length);
  expect(entries.find((e) => e.id === 'annual-work')).toMatchObject({
    kind: 'skeleton',
    title: '年度工作会议讲话',
    sections: { min: 3, max: 5 },
    source: 'shipped',
  });
  expect(entries.find((e) => e.id === 'san-ling')).toMatchObject({
    kind: 'phrase',
    title: '依法行政：零失误、零败诉、零追责',
    text: expect.stringContaining('一是零失误'),
    note: expect.stringContaining('不是对问题不追责'),
  });
  expect(entries.find((e) => e.id === 'zhengzhi-jianshe')).toMatchObject({
    references: expect.arrayContaining([expect.stringMatching(/^https?:\/\//)]),
  });
  expect(entries.find((e) => e.id === 'opening-spring')).toMatchObject({ season: [1, 2, 3] });
  for (const e of entries) expect(['skeleton', 'phrase']).toContain(e.kind);
});

test('list as text groups skeletons and phrases by theme', async () => {
  const { stdout } = await run(['templates', 'list']);
  expect(stdout).toContain(`讲话框架 Skeletons (${library.skeletons.length})`);
  expect(stdout).toMatch(/annual-work +年度工作会议讲话（年度工作会议；3–5 个部分）/);
  expect(stdout).toContain('【精气神】');
  expect(stdout).toMatch(/jingqishen-wu-yao +精气神：想为、敢为、勤为、有为、善为/);
  expect(stdout).toMatch(/meeting-host +会议主持词（会议主持词；3–4 个部分）/);
});

test('show prints a skeleton as plain text, one paragraph per line, fields left to fill', async () => {
  const { stdout, exitCode } = await run(['templates', 'show', 'annual-work', '--sections', '3']);
  expect(exitCode).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toContain('下面，我讲三点意见：');
  expect(lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l))).toHaveLength(3);
  expect(stdout).toContain('【会议名称】');
  expect(lines.at(-1)).toBe('谢谢大家！');
});

test('show without --sections renders every section', async () => {
  const skeleton = library.skeletons.find((s) => s.id === 'clean-governance');
  const { max } = sectionRange(skeleton as NonNullable<typeof skeleton>);
  const { stdout } = await run(['templates', 'show', 'clean-governance']);
  expect(stdout.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l))).toHaveLength(max);
  expect(stdout).toContain('下面，我讲五点意见：');
});

test('show prints a phrase', async () => {
  const { stdout } = await run(['templates', 'show', 'zuofeng-wu-bing']);
  expect(stdout).toMatch(/^转变作风，要对照五种毛病逐一查摆：一是得过且过/);
});

test('an unknown id or a section count out of range is a usage error (exit 2)', async () => {
  const unknown = await run(['templates', 'show', 'no-such-thing']);
  expect(unknown.exitCode).toBe(2);
  expect(unknown.stderr).toContain('no-such-thing');
  const tooMany = await run(['templates', 'show', 'symposium', '--sections', '9']);
  expect(tooMany.exitCode).toBe(2);
  expect(tooMany.stderr).toContain('2–3');
  expect(tooMany.stdout).toBe('');
  const badFormat = await run(['templates', 'list', '--format', 'xml']);
  expect(badFormat.exitCode).toBe(2);
});

test('an office library is listed over the shipped one; its bad entries go to stderr with exit 1', async () => {
  const office = JSON.stringify({
    version: 1,
    phrases: [
      {
        id: 'office-fuwu',
        title: '本局服务承诺',
        theme: '服务',
        text: '办事不超过一次。',
        tags: [],
        speechTypes: [],
      },
      { id: 'office-bad', title: '坏条目', theme: '服务', tags: [], speechTypes: [] },
    ],
  });
  const { stdout, stderr, exitCode } = await run(
    ['templates', 'list', '--format', 'json', '--library', 'office.json'],
    { 'office.json': office },
  );
  const { entries } = JSON.parse(stdout) as { entries: Array<{ id: string; source: string }> };
  expect(entries.find((e) => e.id === 'office-fuwu')?.source).toBe('office.json');
  expect(entries.some((e) => e.id === 'office-bad')).toBe(false);
  expect(stderr).toMatch(/^office\.json: phrases\[1\] \(office-bad\): .*text/m);
  expect(exitCode).toBe(1);
});

test('an unreadable library file is exit 2 and the shipped library is still listed', async () => {
  const { stdout, stderr, exitCode } = await run([
    'templates',
    'list',
    '--library',
    'missing.json',
  ]);
  expect(exitCode).toBe(2);
  expect(stderr).toContain('missing.json: cannot read library');
  expect(stdout).toContain('annual-work');
});

test('by default it reads real files and writes to the process streams', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'speechdesk-templates-'));
  const file = path.join(dir, 'office.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      phrases: [
        {
          id: 'office-luoshi',
          title: '本局落实要求',
          theme: '抓落实',
          text: '定了就干，干就干好。',
          tags: [],
          speechTypes: [],
        },
      ],
    }),
  );
  const written: string[] = [];
  const spy = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  try {
    const program = new Command('speechdesk').exitOverride();
    registerTemplatesCommand(program);
    await program.parseAsync(['templates', 'show', 'office-luoshi', '--library', file], {
      from: 'user',
    });
  } finally {
    spy.mockRestore();
    fs.rmSync(dir, { recursive: true });
  }
  expect(written.join('')).toBe('定了就干，干就干好。\n');
  expect(process.exitCode ?? 0).toBe(0);
});

test('check audits an office library with our own rules', async () => {
  const office = JSON.stringify({
    version: 1,
    phrases: [
      {
        id: 'office-ok',
        title: '落实',
        theme: '抓落实',
        text: '【单位名称】要定了就干，干就干好。',
        tags: [],
        speechTypes: [],
      },
      {
        id: 'office-count',
        title: '三个坚持',
        theme: '抓落实',
        text: '要做到三个坚持：一是坚持学习；二是坚持实践。',
        tags: [],
        speechTypes: [],
      },
      {
        id: 'office-field',
        title: '字段',
        theme: '开场',
        text: '今天，我们在【地方】召开会议。',
        tags: [],
        speechTypes: [],
      },
    ],
  });
  const { stdout, exitCode } = await run(['templates', 'check', '--library', 'office.json'], {
    'office.json': office,
  });
  expect(exitCode).toBe(1);
  expect(stdout).not.toContain('office-ok');
  expect(stdout).toMatch(/office-count, paragraph 0: count\/mismatch/);
  expect(stdout).toMatch(/office-field, paragraph 0: field 【地方】 is not flagged/);
  expect(stdout).toContain('3 entries checked');
});

test('check --date flags dated wording past its window and seasonal text out of season', async () => {
  const office = JSON.stringify({
    version: 1,
    phrases: [
      {
        id: 'office-congress',
        title: '大会精神',
        theme: '政治建设',
        text: '要深入学习贯彻【会议名称】精神。',
        tags: [],
        speechTypes: [],
        validFrom: '2022-10-22',
        validUntil: '2027-09-30',
        note: '下届大会召开后改用新的表述。',
      },
      {
        id: 'office-spring',
        title: '开春',
        theme: '开场',
        text: '新春伊始，【单位名称】召开这次会议。',
        tags: [],
        speechTypes: [],
        season: [1, 2, 3],
      },
    ],
  });
  const files = { 'office.json': office };
  const current = await run(
    ['templates', 'check', '--date', '2026-02-10', '--library', 'office.json'],
    files,
  );
  expect(current.stdout).not.toMatch(/office-(congress|spring): out of/);
  expect(current.stdout).toContain('0 problems, 0 out of date, 0 out of season (2026-02-10)');
  expect(current.exitCode).toBe(0);

  const summer = await run(
    ['templates', 'check', '--date', '2026-07-01', '--library', 'office.json'],
    files,
  );
  expect(summer.stdout).toMatch(/^office-spring: out of season: 时令素材，适用于1月、2月、3月/m);
  expect(summer.exitCode).toBe(0);

  const later = await run(
    ['templates', 'check', '--date', '2027-11-01', '--library', 'office.json'],
    files,
  );
  expect(later.stdout).toMatch(/^office-congress: out of date: 可能已过时：适用至 2027-09-30/m);
  expect(later.stdout).toContain('下届大会召开后改用新的表述。');
  expect(later.stdout).toContain('1 out of date');
  expect(later.exitCode).toBe(1);
});

test('the shipped library checks clean on a spring speech date, and names its dated entries later', async () => {
  const spring = await run(['templates', 'check', '--date', '2026-03-01']);
  expect(spring.stdout).toMatch(/entries checked, 0 problems, 0 out of date/);
  const after = await run(['templates', 'check', '--date', '2027-11-01']);
  expect(after.stdout).toMatch(/^annual-work: out of date/m);
  expect(after.exitCode).toBe(1);
});
