import type { AnyRule } from '../../engine/types';

/** The `date/*` rules, in catalog order. */
export const dateRules: readonly AnyRule[] = [];
