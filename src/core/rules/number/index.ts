import type { AnyRule } from '../../engine/types';
import { numberDate } from './date';
import { numberRange } from './range';
import { numberStyle } from './style';

/** The `number/*` rules, in catalog order. */
export const numberRules: readonly AnyRule[] = [numberRange, numberDate, numberStyle];
