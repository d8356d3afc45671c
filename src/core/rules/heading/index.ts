import type { AnyRule } from '../../engine/types';

/** The `heading/*` rules, in catalog order. */
export const headingRules: readonly AnyRule[] = [];
