import type { AnyRule } from '../../engine/types';

/** The `typo/*` rules, in catalog order. */
export const typoRules: readonly AnyRule[] = [];
