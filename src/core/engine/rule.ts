import type { Rule } from './types';

/** Identity helper so a rule object gets its Options type inferred from defaultOptions. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
