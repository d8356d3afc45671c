import * as v from 'valibot';
import type { TableSpec } from '../../data/table';
import boundaryData from '../../data/repeated-char-boundaries.json';
import reduplicationData from '../../data/reduplications.json';

/** A real reduplication (人人, 层层) or a fixed phrase holding one (不了了之): never a typo. */
export const reduplicationsTable: TableSpec<string> = {
  name: 'reduplications',
  file: 'src/core/data/reduplications.json',
  entry: v.pipe(
    v.string(),
    v.regex(/(\p{Script=Han})\1/u, 'must contain a doubled Han character'),
    v.maxLength(12),
  ),
  data: reduplicationData,
};

/**
 * Where a doubled character is two words meeting (农民工|工资, 工作|作风, 共产党|党和国家): the
 * first copy ends one of `ends`, the second starts one of `starts`. A bare `char` in a list stands
 * for any word, for suffixes that end countless names (…市, …县, …化) or particles (…的).
 */
export interface WordBoundary {
  char: string;
  ends: string[];
  starts: string[];
}

export const wordBoundariesTable: TableSpec<WordBoundary> = {
  name: 'repeated-char-boundaries',
  file: 'src/core/data/repeated-char-boundaries.json',
  entry: v.pipe(
    v.object({
      char: v.pipe(v.string(), v.regex(/^\p{Script=Han}$/u, 'must be one Han character')),
      ends: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
      starts: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
    }),
    v.check(
      (e) => e.ends.every((w) => w.endsWith(e.char)),
      'every word in "ends" must end with "char"',
    ),
    v.check(
      (e) => e.starts.every((w) => w.startsWith(e.char)),
      'every word in "starts" must start with "char"',
    ),
  ),
  data: boundaryData,
};
