/** The pane's clock: the core has none, so the host passes today in. */
import { isoDate } from '../core/date/calendar';

export function localIsoDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
