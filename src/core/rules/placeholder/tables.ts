import * as v from 'valibot';
import type { TableSpec } from '../../data/table';
import exceptionData from '../../data/placeholder-exceptions.json';

export interface PlaceholderException {
  /** Text in which X, ×, * … are not blanks (X射线, 数据要素×, 1+N+X) or a token never to flag. */
  text: string;
  /** Why it is not a placeholder. */
  note: string;
}

export const placeholderExceptionsTable: TableSpec<PlaceholderException> = {
  name: 'placeholder-exceptions',
  file: 'src/core/data/placeholder-exceptions.json',
  entry: v.object({
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
    note: v.pipe(v.string(), v.minLength(1)),
  }),
  data: exceptionData,
};
