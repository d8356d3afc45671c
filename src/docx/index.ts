/** The .docx host: read a file into a SpeechDocument, write an annotated copy. */
export { DocxError } from './errors';
export {
  readDocx,
  type DocxReadOptions,
  type DocxReadResult,
  type FieldResultParagraph,
  type StoryKind,
  type StoryParagraph,
} from './read';
export type { CoreProperties, DatedLine } from './metadata';
export { DEFAULT_LIMITS, type PackageLimits } from './package';
export { formatCounter } from './numberFormats';
export { annotateDocx, HIGHLIGHT_COLORS, type AnnotateOptions } from './annotate';
export { commentIntegrityProblems, packageProblems } from './sanity';
