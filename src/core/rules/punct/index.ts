import type { AnyRule } from '../../engine/types';

/** The `punct/*` rules, in catalog order. */
export const punctRules: readonly AnyRule[] = [];
