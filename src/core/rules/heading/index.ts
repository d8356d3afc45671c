import type { AnyRule } from '../../engine/types';
import { headingLevel } from './level';
import { headingMarker } from './marker';
import { headingSequence } from './sequence';

/** The `heading/*` rules, in catalog order. */
export const headingRules: readonly AnyRule[] = [headingSequence, headingLevel, headingMarker];
