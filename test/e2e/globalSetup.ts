/** Builds the preview once for every e2e file (each used to rebuild it: 15–35 s apiece). */
import { buildPreview, requireChromium } from './harness';

export default function globalSetup(): void {
  requireChromium();
  buildPreview();
  process.env.SPEECHDESK_PREVIEW_BUILT = '1';
}
