import type { AnyRule } from '../../engine/types';
import { punctHalfwidth } from './halfwidth';
import { punctRepeated } from './repeated';
import { punctUnpaired } from './unpaired';

/** The `punct/*` rules, in catalog order. */
export const punctRules: readonly AnyRule[] = [punctHalfwidth, punctUnpaired, punctRepeated];
