import * as v from 'valibot';
import type { TableSpec } from '../../data/table';
import residueData from '../../data/residue-patterns.json';

/** Kinds of residue; each is a messageId of residue/template. */
export const RESIDUE_KINDS = [
  'notice',
  'source',
  'editor',
  'reference',
  'omission',
  'site',
  'promotion',
  'page',
] as const;
export type ResidueKind = (typeof RESIDUE_KINDS)[number];

export interface ResiduePattern {
  id: string;
  kind: ResidueKind;
  /** A regular expression source (Unicode mode). */
  pattern: string;
  /** `paragraph`: the whole (short) paragraph is left-over text; `inline`: only the match. */
  scope: 'paragraph' | 'inline';
}

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

export const residuePatternsTable: TableSpec<ResiduePattern> = {
  name: 'residue-patterns',
  file: 'src/core/data/residue-patterns.json',
  entry: v.object({
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a kebab-case id')),
    pattern: v.pipe(
      v.string(),
      v.minLength(1),
      v.check(compiles, 'must be a valid regular expression'),
    ),
    kind: v.picklist(RESIDUE_KINDS),
    scope: v.picklist(['paragraph', 'inline']),
  }),
  data: residueData,
};
