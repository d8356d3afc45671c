import type { AnyRule } from '../../engine/types';
import { placeholderName } from './name';
import { placeholderNumber } from './number';

/** The `placeholder/*` rules, in catalog order. */
export const placeholderRules: readonly AnyRule[] = [placeholderNumber, placeholderName];
