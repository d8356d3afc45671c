import type { AnyRule } from '../../engine/types';
import { typoRepeatedChar } from './repeated-char';

/** The `typo/*` rules, in catalog order. */
export const typoRules: readonly AnyRule[] = [typoRepeatedChar];
