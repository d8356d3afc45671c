import type { AnyRule } from '../../engine/types';

/** The `count/*` rules, in catalog order. */
export const countRules: readonly AnyRule[] = [];
