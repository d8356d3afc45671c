/** Expands the command line's files, folders and globs into the list of files to check. */
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from './inputError';
import { SUPPORTED_EXTENSIONS } from './readSpeech';

export interface ExpandedInputs {
  files: string[];
  /** Arguments that named nothing checkable; reported like unreadable files. */
  problems: InputError[];
}

/** Word's lock files (`~$讲话.docx`) and hidden files are never speeches. */
function isCandidate(name: string): boolean {
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  return SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
}

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path, out);
    } else if (entry.isFile() && isCandidate(entry.name)) {
      out.push(path);
    }
  }
}

async function isFolder(path: string): Promise<boolean | undefined> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return undefined;
  }
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: InputError[] = [];
  for (const arg of args) {
    const folder = await isFolder(arg);
    if (folder === true) {
      const found: string[] = [];
      try {
        await walk(arg, found);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        problems.push(
          new InputError(arg, {
            zh: `无法读取文件夹（${code}）`,
            en: `cannot read folder (${code})`,
          }),
        );
        continue;
      }
      if (found.length === 0) {
        problems.push(
          new InputError(arg, {
            zh: `文件夹里没有 ${SUPPORTED_EXTENSIONS.join(' ')} 文件`,
            en: `no ${SUPPORTED_EXTENSIONS.join(' ')} files in this folder`,
          }),
        );
      }
      files.push(...found);
    } else if (folder === undefined && isDynamicPattern(arg)) {
      const found = (await glob([arg], { onlyFiles: true, absolute: isAbsolute(arg) }))
        .filter((path) => isCandidate(path.split(/[\\/]/).pop() ?? ''))
        .sort();
      if (found.length === 0) {
        problems.push(new InputError(arg, { zh: '没有匹配的文件', en: 'no files match' }));
      }
      files.push(...found);
    } else {
      // A plain path: the reader says what is wrong with it, if anything.
      files.push(arg);
    }
  }
  return { files: [...new Set(files)], problems };
}
