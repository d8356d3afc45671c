import type { AnyRule } from '../../engine/types';
import { countMismatch } from './mismatch';

/** The `count/*` rules, in catalog order. */
export const countRules: readonly AnyRule[] = [countMismatch];
