import type { AnyRule } from '../../engine/types';

/** The `placeholder/*` rules, in catalog order. */
export const placeholderRules: readonly AnyRule[] = [];
