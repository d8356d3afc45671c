import type { Locale } from '../../core';

export interface CommonOptions {
  lang: Locale;
  debug?: boolean;
  color: boolean;
}

/** Where lines for people go; tests and the bench replace nothing here, they spawn the process. */
export const io = {
  out: (text: string): void => {
    process.stdout.write(text);
  },
  err: (line: string): void => {
    process.stderr.write(`${line}\n`);
  },
};

/** Colour only for a person at a terminal: not with --no-color, NO_COLOR, a pipe or a file. */
export function useColor(options: { color: boolean; output?: string }): boolean {
  if (!options.color || options.output) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}
