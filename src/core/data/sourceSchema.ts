/** Shared pieces of the knowledge-table schemas: ISO dates and primary sources. */
import * as v from 'valibot';

export const isoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'expected a date YYYY-MM-DD'),
);

/** Where an entry comes from: a title and a URL or a document number, and the date it was issued. */
export const sourceSchema = v.pipe(
  v.strictObject({
    title: v.pipe(v.string(), v.minLength(2)),
    url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('http'))),
    docNo: v.optional(v.pipe(v.string(), v.minLength(2))),
    date: isoDateSchema,
  }),
  v.check((s) => s.url !== undefined || s.docNo !== undefined, 'a source needs a url or a docNo'),
);

export const localizedSchema = v.strictObject({
  zh: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});

export type Source = v.InferOutput<typeof sourceSchema>;
