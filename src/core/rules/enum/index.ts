import type { AnyRule } from '../../engine/types';

/** The `enum/*` rules, in catalog order. */
export const enumRules: readonly AnyRule[] = [];
