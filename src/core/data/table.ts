/**
 * Knowledge tables: data files shipped with the product (and entries an office adds through
 * config), validated when loaded. A bad shipped table is a programming error and throws; a bad
 * office entry is reported with file, entry and reason while the rest loads.
 */
import * as v from 'valibot';
import type { KnowledgeTables } from '../engine/types';

export interface TableSpec<T> {
  /** Table name, also the key offices use in config `tables`. */
  name: string;
  /** Where the shipped data lives, for error messages. */
  file: string;
  /** Schema of one entry. */
  entry: v.GenericSchema<unknown, T>;
  /** The shipped entries (imported JSON). */
  data: unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTableSpec = TableSpec<any>;

export interface DataProblem {
  file: string;
  table: string;
  /** 0-based index of the entry in its file, or -1 for the file as a whole. */
  entry: number;
  reason: string;
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatDataProblem).join('\n'));
    this.name = 'DataError';
  }
}

export function formatDataProblem(p: DataProblem): string {
  const where = p.entry >= 0 ? `entry ${p.entry}` : 'file';
  return `${p.file}: table "${p.table}", ${where}: ${p.reason}`;
}

/** Valibot issues as one reason: `path: message; …` (shared with the template library). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Validates entries one by one; good ones are kept, bad ones become problems. */
export function validateEntries<T>(
  spec: TableSpec<T>,
  entries: unknown,
  file: string,
): { entries: T[]; problems: DataProblem[] } {
  if (!Array.isArray(entries)) {
    return {
      entries: [],
      problems: [{ file, table: spec.name, entry: -1, reason: 'expected an array of entries' }],
    };
  }
  const good: T[] = [];
  const problems: DataProblem[] = [];
  entries.forEach((raw, index) => {
    const result = v.safeParse(spec.entry, raw);
    if (result.success) good.push(result.output);
    else
      problems.push({
        file,
        table: spec.name,
        entry: index,
        reason: describeIssues(result.issues),
      });
  });
  return { entries: good, problems };
}

const shippedCache = new WeakMap<AnyTableSpec, unknown[]>();

/** The shipped entries of a table; throws DataError if the shipped data is invalid. */
export function shippedEntries<T>(spec: TableSpec<T>): readonly T[] {
  const cached = shippedCache.get(spec);
  if (cached) return cached as T[];
  const { entries, problems } = validateEntries(spec, spec.data, spec.file);
  if (problems.length > 0) throw new DataError(problems);
  shippedCache.set(spec, entries);
  return entries;
}

export interface ExtraTables {
  /** Where the extra entries came from, e.g. the config file's path. */
  file: string;
  tables: Record<string, unknown>;
}

/**
 * Loads the given tables: shipped entries plus any extra entries from config.
 * Unknown table names and bad entries are problems; everything valid loads.
 */
export function loadTables(
  specs: readonly AnyTableSpec[],
  extra?: ExtraTables,
): { tables: KnowledgeTables; problems: DataProblem[] } {
  const tables: KnowledgeTables = {};
  const problems: DataProblem[] = [];
  const byName = new Map<string, AnyTableSpec>();
  for (const spec of specs) byName.set(spec.name, spec);
  for (const spec of byName.values()) tables[spec.name] = shippedEntries(spec);
  if (extra) {
    for (const [name, entries] of Object.entries(extra.tables)) {
      const spec = byName.get(name);
      if (!spec) {
        problems.push({
          file: extra.file,
          table: name,
          entry: -1,
          reason: `unknown table; known tables: ${[...byName.keys()].sort().join(', ')}`,
        });
        continue;
      }
      const result = validateEntries(spec, entries, extra.file);
      problems.push(...result.problems);
      tables[name] = [...(tables[name] as unknown[]), ...result.entries];
    }
  }
  return { tables, problems };
}

/** Typed access to a loaded table from a rule's context. */
export function tableOf<T>(ctx: { tables: KnowledgeTables }, spec: TableSpec<T>): readonly T[] {
  const entries = ctx.tables[spec.name];
  if (entries === undefined) return shippedEntries(spec);
  return entries as T[];
}
