import type { Localized } from '../core';

/** An input that could not be read: one line on stderr, exit code 2, the other files still run. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: Localized,
  ) {
    super(`${path}: ${reason.en}`);
    this.name = 'InputError';
  }
}
