/**
 * Switchable behaviours of real Word that the stand-in can reproduce (see docs/word-addin.md).
 * Each is named after the field of the probe report (src/probe/report.ts) that measures it in a
 * real Word, so a report pasted from an office makes the stand-in behave like their Word.
 */
import type { ProbeReport } from '../../src/probe/report';

export interface StandinModes {
  /** `Paragraph.insertAnnotations`: there; absent from the runtime (local Office.js 1.1.110); throwing GeneralException (perpetual Office). */
  annotations: 'available' | 'missing' | 'throws';
  /** Tracked deletions stay in `Paragraph.text` (Word on the web, #1267) and block search (#5874). */
  deletedTextInText: boolean;
  /** Loading `listItemOrNullObject` throws GeneralException on list paragraphs with tracked changes (#5901, #5335). */
  listItem: 'ok' | 'throwsOnTracked';
  /** Searches throw SearchDialogIsOpen, as while Find/Replace is open (#4922). */
  searchDialogOpen: boolean;
  /** What `font.highlightColor` reports for a mixed highlight: '' (documented) or null (#5997). */
  mixedHighlight: 'empty' | 'null';
  /** Search treats straight and curly quotes as the same. */
  searchFoldsQuotes: boolean;
  /** Search treats full-width and half-width letters, digits and signs as the same. */
  searchFoldsWidth: boolean;
  /** The n-th (1-based) operations of this name (or of any name) fail with GeneralException. */
  failAt: { operation?: string; nth: number | number[] } | null;
}

export const DEFAULT_MODES: StandinModes = {
  annotations: 'available',
  deletedTextInText: false,
  listItem: 'ok',
  searchDialogOpen: false,
  mixedHighlight: 'empty',
  searchFoldsQuotes: false,
  searchFoldsWidth: false,
  failAt: null,
};

/** The modes a probe report measured; fields the probe could not measure keep their default. */
export function modesFromReport(report: ProbeReport): Partial<StandinModes> {
  const modes: Partial<StandinModes> = {};
  const f = report.fields;
  if (f.annotations !== null) modes.annotations = f.annotations;
  if (f.deletedTextInText !== null) modes.deletedTextInText = f.deletedTextInText;
  if (f.listItem !== null) modes.listItem = f.listItem;
  if (f.mixedHighlight !== null) modes.mixedHighlight = f.mixedHighlight;
  if (f.searchFoldsQuotes !== null) modes.searchFoldsQuotes = f.searchFoldsQuotes;
  if (f.searchFoldsWidth !== null) modes.searchFoldsWidth = f.searchFoldsWidth;
  return modes;
}
