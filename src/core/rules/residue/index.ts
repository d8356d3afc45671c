import type { AnyRule } from '../../engine/types';
import { residueTemplate } from './template';

/** The `residue/*` rules, in catalog order. */
export const residueRules: readonly AnyRule[] = [residueTemplate];
