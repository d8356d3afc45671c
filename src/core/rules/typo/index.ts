import type { AnyRule } from '../../engine/types';
import { typoConfusable } from './confusable';
import { typoRepeatedChar } from './repeated-char';

/** The `typo/*` rules, in catalog order. */
export const typoRules: readonly AnyRule[] = [typoRepeatedChar, typoConfusable];
