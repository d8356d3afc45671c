/**
 * Runs LibreOffice headless for the .docx tests. Conversions are batched (one soffice start per
 * call) and use a private profile so parallel runs do not share a lock.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

const MISSING =
  'LibreOffice (soffice) is required for the .docx tests but was not found: install the Debian package ' +
  'libreoffice-writer-nogui (apt-get install -y libreoffice-writer-nogui) and run the tests again';

function sofficePath(): string {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return candidate;
    } catch {
      // try the next name
    }
  }
  throw new Error(MISSING);
}

/**
 * Converts every file in one soffice run. `target` is a --convert-to argument such as "docx",
 * "pdf" or "txt:Text (encoded):UTF8"; the result is keyed by input name with the new extension.
 */
export function convertAll(
  files: Record<string, Uint8Array | string>,
  target: string,
  extension: string,
): Record<string, Buffer> {
  const soffice = sofficePath();
  const dir = mkdtempSync(join(tmpdir(), 'speechdesk-lo-'));
  try {
    const inputs = Object.entries(files).map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    });
    const outDir = join(dir, 'out');
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const out: Record<string, Buffer> = {};
    for (const name of Object.keys(files)) {
      const converted = `${basename(name, extname(name))}.${extension}`;
      out[converted] = readFileSync(join(outDir, converted));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's plain-text export, without the BOM, split into lines. */
export function textLines(buffer: Buffer): string[] {
  return buffer
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r/g, '')
    .split('\n');
}
