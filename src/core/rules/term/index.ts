import type { AnyRule } from '../../engine/types';
import { canon } from './canon';
import { termOffice } from './office';
import { termTitle } from './title';

/** The `term/*` rules, in catalog order. */
export const termRules: readonly AnyRule[] = [canon, termTitle, termOffice];
