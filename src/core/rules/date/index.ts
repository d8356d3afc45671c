import type { AnyRule } from '../../engine/types';
import { anniversary } from './anniversary';
import { pastDeadline } from './pastDeadline';
import { relative } from './relative';
import { staleTerm } from './staleTerm';
import { staleYear } from './staleYear';
import { yearMismatch } from './yearMismatch';

/** The `date/*` rules, in catalog order. */
export const dateRules: readonly AnyRule[] = [
  staleYear,
  yearMismatch,
  pastDeadline,
  staleTerm,
  anniversary,
  relative,
];
