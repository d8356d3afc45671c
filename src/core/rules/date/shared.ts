/** Analyses the date rules share through ctx.shared, computed once per check. */
import {
  sectionKinds,
  yearProfile,
  YEAR_PROFILE_KEY,
  type SectionKind,
  type YearProfile,
} from '../../date';
import type { RuleContext, SpeechDocument } from '../../engine/types';

export function profileOf(doc: SpeechDocument, ctx: RuleContext<unknown>): YearProfile {
  return ctx.shared(YEAR_PROFILE_KEY, () => yearProfile(doc));
}

export function sectionsOf(doc: SpeechDocument, ctx: RuleContext<unknown>): SectionKind[] {
  return ctx.shared('date/sections', () => sectionKinds(doc));
}

/** A literal phrase as a pattern: “ ” ‘ ’ in the phrase are optional in the text. */
export function phrasePattern(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if ('“”"‘’'.includes(ch)) out += '[“”"‘’]?';
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** The longest part of a phrase between quote marks: every match of phrasePattern(phrase) holds it. */
export function requiredText(phrase: string): string {
  let longest = '';
  for (const part of phrase.split(/[“”"‘’]/u)) if (part.length > longest.length) longest = part;
  return longest;
}

/** A human-readable window, e.g. “2022-10-16以前” / “2021-01-01至2025-12-31”. */
export function windowText(from?: string, until?: string): { zh: string; en: string } {
  if (from && until) return { zh: `${from}至${until}`, en: `${from} to ${until}` };
  if (until) return { zh: `${until}以前`, en: `until ${until}` };
  return { zh: `${from}以后`, en: `from ${from}` };
}
