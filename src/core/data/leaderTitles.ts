/**
 * Leaders' titles with the days they held them, for term/title: `李克强总理` in a speech dated
 * after 2023-03-10 uses a title that no longer applies. Shipped entries are national and each
 * has its primary source; an office adds its own leaders under the table name `office-leaders`.
 */
import * as v from 'valibot';
import type { TableSpec } from './table';
import { isoDateSchema, sourceSchema } from './sourceSchema';
import data from './leader-titles.json';

const name = v.pipe(v.string(), v.minLength(2), v.maxLength(8));
const title = v.pipe(v.string(), v.minLength(2), v.maxLength(20));

export const leaderTitleSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
    name,
    title,
    /** First day the title applies (inclusive). */
    from: v.optional(isoDateSchema),
    /** Last day the title applies (inclusive). */
    until: v.optional(isoDateSchema),
    /** Who held the title next, when known. */
    successor: v.optional(name),
    source: sourceSchema,
    verified: v.boolean(),
  }),
  v.check((e) => !e.from || !e.until || e.from <= e.until, 'from must not be after until'),
);

export type LeaderTitle = v.InferOutput<typeof leaderTitleSchema>;

export const leaderTitlesTable: TableSpec<LeaderTitle> = {
  name: 'leader-titles',
  file: 'src/core/data/leader-titles.json',
  entry: leaderTitleSchema,
  data,
};

/** An office's own leaders: the same fields, no source needed (the office is the source). */
export const officeLeaderSchema = v.pipe(
  v.strictObject({
    name,
    title,
    from: v.optional(isoDateSchema),
    until: v.optional(isoDateSchema),
    note: v.optional(v.pipe(v.string(), v.minLength(1))),
  }),
  v.check((e) => !e.from || !e.until || e.from <= e.until, 'from must not be after until'),
);

export type OfficeLeader = v.InferOutput<typeof officeLeaderSchema>;

export const officeLeadersTable: TableSpec<OfficeLeader> = {
  name: 'office-leaders',
  file: 'src/core/data/leaderTitles.ts (shipped empty: offices add theirs through config "tables")',
  entry: officeLeaderSchema,
  data: [],
};
