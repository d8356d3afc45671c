import type { AnyRule, CheckResult, Locale, SpeechDocument } from '../../core';
import type { InputError } from '../inputError';
import type { LoadedSpeech } from '../readSpeech';

export interface CheckedFile {
  /** As the user named it (or as found under a folder or by a glob). */
  path: string;
  encoding: string;
  doc: SpeechDocument;
  result: CheckResult;
  /** A .docx's text outside the checked body (field results, text boxes, notes, headers). */
  docx?: LoadedSpeech['docx'];
}

/** Everything a formatter needs: the checked files, the ones that could not be read, the rules. */
export interface CheckRun {
  files: CheckedFile[];
  unreadable: InputError[];
  locale: Locale;
  /** The rules that ran (with their effective severity), for SARIF and the HTML legend. */
  rules: readonly { rule: AnyRule; severity: string }[];
  toolVersion: string;
}
