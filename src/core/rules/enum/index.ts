import type { AnyRule } from '../../engine/types';
import { enumSequence } from './sequence';
import { enumStyle } from './style';

/** The `enum/*` rules, in catalog order. */
export const enumRules: readonly AnyRule[] = [enumSequence, enumStyle];
