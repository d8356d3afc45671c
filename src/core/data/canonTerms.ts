/** Canonical political formulations for term/canon: 两个维护, 四个意识, 六稳, 四个全面, … */
import * as v from 'valibot';
import type { TableSpec } from './table';
import { isoDateSchema, sourceSchema } from './sourceSchema';
import data from './canon-terms.json';

const memberSchema = v.strictObject({
  /** The member as the source words it. */
  text: v.pipe(v.string(), v.minLength(1)),
  /** Shorter forms that count as this member in a list (稳就业 for 稳就业). */
  aliases: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
});

export const canonTermSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
    /** The formulation: 两个维护. */
    name: v.pipe(v.string(), v.minLength(2)),
    /** How many members it has. */
    count: v.pipe(v.number(), v.integer(), v.minValue(1)),
    members: v.array(memberSchema),
    /** Wrong forms of the name, always an error: 二个维护. */
    wrongNames: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
    /** Members that were replaced, with the day the new member took over. */
    outdatedMembers: v.optional(
      v.array(
        v.strictObject({
          text: v.pipe(v.string(), v.minLength(1)),
          replacement: v.pipe(v.string(), v.minLength(1)),
          since: isoDateSchema,
        }),
      ),
    ),
    source: sourceSchema,
    verified: v.boolean(),
  }),
  v.check((e) => e.members.length === e.count, 'members must list exactly count items'),
);

export type CanonTerm = v.InferOutput<typeof canonTermSchema>;

export const canonTermsTable: TableSpec<CanonTerm> = {
  name: 'canon-terms',
  file: 'src/core/data/canon-terms.json',
  entry: canonTermSchema,
  data,
};
