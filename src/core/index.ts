/** The host-free engine: what the task pane, the CLI and the tests import. */
export * from './engine/types';
export { check, createCheckRun, RuleError, shippedTables, type CheckRun } from './engine/check';
export { applyFixes, type FixOutcome } from './engine/fix';
export { ConfigError, categoryOf, resolveRules } from './engine/config';
export { defineRule } from './engine/rule';
export {
  parseWordLists,
  mergeWordLists,
  formatWordListProblem,
  type WordLists,
  type WordListProblem,
} from './engine/wordLists';
export { formatMessage, pickLocale } from './engine/messages';
export {
  DateError,
  parseIsoDate,
  resolveSpeechDate,
  makeSpeechDate,
  documentYears,
  signatureDate,
  openingDate,
  speechDateRange,
  type SpeechDateInput,
} from './engine/speechDate';
export { allRules, findRule } from './rules';
export {
  DataError,
  formatDataProblem,
  loadTables,
  tableOf,
  type DataProblem,
  type TableSpec,
  type AnyTableSpec,
} from './data/table';
export { documentFromText } from './text/document';
export {
  parseOutline,
  formatMarker,
  LEVEL_OF_KIND,
  type Outline,
  type HeadingNode,
  type HeadingMarker,
  type HeadingLevel,
  type MarkerKind,
  type MarkerForm,
  type LabelSource,
} from './text/headings';
export { parseChineseNumeral, formatChineseNumeral, formatOrdinal } from './text/numerals';
