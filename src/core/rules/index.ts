/** The registry: every shipped rule, category by category in RULES.md order. */
import type { AnyRule } from '../engine/types';
import { countRules } from './count';
import { dateRules } from './date';
import { enumRules } from './enum';
import { headingRules } from './heading';
import { numberRules } from './number';
import { placeholderRules } from './placeholder';
import { punctRules } from './punct';
import { residueRules } from './residue';
import { termRules } from './term';
import { typoRules } from './typo';

export const allRules: readonly AnyRule[] = [
  ...placeholderRules,
  ...dateRules,
  ...headingRules,
  ...enumRules,
  ...countRules,
  ...punctRules,
  ...typoRules,
  ...residueRules,
  ...termRules,
  ...numberRules,
];

export function findRule(id: string): AnyRule | undefined {
  return allRules.find((r) => r.id === id);
}
