import type { AnyRule } from '../../engine/types';

/** The `residue/*` rules, in catalog order. */
export const residueRules: readonly AnyRule[] = [];
