/** One ordinal analysis per check, shared by the enum and count rules. */
import type { RuleContext, SpeechDocument } from '../../engine/types';
import { outlineOf } from '../heading/outline';
import { findOrdinalRuns, ORDINALS_KEY, type OrdinalRun } from './ordinals';

export function ordinalRunsOf(doc: SpeechDocument, ctx: RuleContext<object>): OrdinalRun[] {
  return ctx.shared(ORDINALS_KEY, () => findOrdinalRuns(doc, outlineOf(doc, ctx)));
}
