import type { AnyRule } from '../../engine/types';
import { anniversary } from './anniversary';
import { pastDeadline } from './past-deadline';
import { relative } from './relative';
import { staleTerm } from './stale-term';
import { staleYear } from './stale-year';
import { yearMismatch } from './year-mismatch';

/** The `date/*` rules, in catalog order. */
export const dateRules: readonly AnyRule[] = [
  staleYear,
  yearMismatch,
  pastDeadline,
  staleTerm,
  anniversary,
  relative,
];
