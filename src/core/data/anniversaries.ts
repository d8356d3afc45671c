/** Founding dates for date/anniversary: 建党 1921, 新中国成立 1949, 改革开放 1978, … */
import * as v from 'valibot';
import type { TableSpec } from './table';
import { isoDateSchema, sourceSchema } from './sourceSchema';
import data from './anniversaries.json';

export const anniversarySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id')),
  /** Names of the event as they stand before `N周年` (中国共产党成立, 建党, 新中国成立). */
  names: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1)),
  /** The event's date (or its year's first day when only the year matters). */
  date: isoDateSchema,
  source: sourceSchema,
  verified: v.boolean(),
});

export type Anniversary = v.InferOutput<typeof anniversarySchema>;

export const anniversariesTable: TableSpec<Anniversary> = {
  name: 'anniversaries',
  file: 'src/core/data/anniversaries.json',
  entry: anniversarySchema,
  data,
};
