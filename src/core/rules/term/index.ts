import type { AnyRule } from '../../engine/types';

/** The `term/*` rules, in catalog order. */
export const termRules: readonly AnyRule[] = [];
