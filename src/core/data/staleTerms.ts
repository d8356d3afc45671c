/**
 * The dated-terms table for date/stale-term: formulations that are right only inside a window
 * (迎接党的二十大 before 2022-10-16; 新冠肺炎 until the 2022-12-26 renaming; 国务院扶贫办 until
 * 2021-02-25), each with the wording to use instead and its primary source.
 */
import * as v from 'valibot';
import type { TableSpec } from './table';
import { isoDateSchema, localizedSchema, sourceSchema } from './sourceSchema';
import data from './stale-terms.json';

export const staleTermSchema = v.pipe(
  v.strictObject({
    /** Stable id, kebab-case. */
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
    /** The phrases, literally; “ and ” in a phrase are optional in the text. */
    terms: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1)),
    /** Longer phrases that contain a term but are not it (农业部门 for 农业部). */
    exclude: v.optional(v.array(v.pipe(v.string(), v.minLength(2)))),
    /** First day the phrase is right as current wording (inclusive). */
    from: v.optional(isoDateSchema),
    /**
     * A campaign announced before it formally starts: from this day a speech may already plan it
     * (the 19th Congress report announced the 不忘初心 theme education in October 2017).
     */
    announced: v.optional(isoDateSchema),
    /** Last day the phrase is right as current wording (inclusive). */
    until: v.optional(isoDateSchema),
    /** The wording to use instead, when there is one. */
    replacement: v.optional(v.pipe(v.string(), v.minLength(1))),
    kind: v.picklist(['event', 'plan', 'campaign', 'rename', 'repeal', 'policy']),
    note: localizedSchema,
    source: sourceSchema,
    /** false when the dates or wording could not be checked against the primary text. */
    verified: v.boolean(),
  }),
  v.check((e) => e.from !== undefined || e.until !== undefined, 'an entry needs from or until'),
  v.check(
    (e) => e.from === undefined || e.until === undefined || e.from <= e.until,
    'from must not be after until',
  ),
  v.check(
    (e) => e.announced === undefined || (e.from !== undefined && e.announced <= e.from),
    'announced needs from and must not be after it',
  ),
);

export type StaleTerm = v.InferOutput<typeof staleTermSchema>;

export const staleTermsTable: TableSpec<StaleTerm> = {
  name: 'stale-terms',
  file: 'src/core/data/stale-terms.json',
  entry: staleTermSchema,
  data,
};
