/** Writing results: atomically (temp file in the same folder, then rename), never half a file. */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

export interface ProgressTarget {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** A progress bar on stderr, only for a person watching a terminal (not CI, not a pipe). */
export class Progress {
  private readonly enabled: boolean;
  private lastWidth = 0;

  constructor(
    private readonly total: number,
    private readonly target: ProgressTarget = process.stderr,
    inCi: boolean = Boolean(process.env.CI),
  ) {
    this.enabled = total > 1 && target.isTTY === true && !inCi;
  }

  tick(done: number, label: string): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    const line = `${bar} ${done}/${this.total} ${name}`;
    this.target.write(`\r${line}${' '.repeat(Math.max(0, this.lastWidth - line.length))}`);
    this.lastWidth = line.length;
  }

  /** Clears the bar, e.g. before an error line or the report. */
  done(): void {
    if (!this.enabled || this.lastWidth === 0) return;
    this.target.write(`\r${' '.repeat(this.lastWidth)}\r`);
    this.lastWidth = 0;
  }
}
