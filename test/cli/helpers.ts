/** Runs the built CLI (lib/cli.js through bin/speechdesk.js) as a user would, in a scratch folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const BIN = join(ROOT, 'bin/speechdesk.js');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'lib/cli.js'))) {
    throw new Error('lib/cli.js is missing: run `node scripts/build-cli.mjs` before the CLI tests');
  }
}

/** Runs `speechdesk …` in `cwd`, not a TTY, with colour variables cleared unless given. */
export function run(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): RunResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
  };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder with the given files (string → UTF-8, bytes as given). */
export class Scratch {
  readonly dir: string;

  constructor(files: Record<string, string | Uint8Array> = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'speechdesk-cli-'));
    for (const [name, content] of Object.entries(files)) this.write(name, content);
  }

  write(name: string, content: string | Uint8Array): string {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  run(args: readonly string[], env?: Record<string, string>): RunResult {
    return run(args, { cwd: this.dir, env });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Parses stdout as JSON, with the output in the error when it is not JSON. */
export function parseJson(result: RunResult): unknown {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(
      `stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`,
    );
  }
}

/**
 * A short speech in GB18030, bytes made with iconv once (Node cannot encode GB18030):
 * "同志们：\n今年全县新增就业XX万人，“稳就业”工作取得新成效。\n"
 */
export const GB18030_SPEECH = Buffer.from(
  'cdacd6bec3c7a3ba0abdf1c4eac8abcfd8d0c2d4f6becdd2b55858cdf2c8cba3aca1b0cec8becdd2b5a1b1b9a4d7f7c8a1b5c3d0c2b3c9d0a7a1a30a',
  'hex',
);
export const GB18030_SPEECH_TEXT = '同志们：\n今年全县新增就业XX万人，“稳就业”工作取得新成效。\n';
