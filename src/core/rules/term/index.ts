import type { AnyRule } from '../../engine/types';
import { canon } from './canon';

/** The `term/*` rules, in catalog order. */
export const termRules: readonly AnyRule[] = [canon];
