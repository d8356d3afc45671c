/** The e2e harness refuses to run without Chromium instead of skipping quietly. */
import { requireChromium } from './harness';

test('a missing Chromium fails with what to install', () => {
  expect(() => requireChromium('/nonexistent/chromium')).toThrow(
    'e2e: Chromium is not at /nonexistent/chromium. Install it (Debian: apt-get install chromium); these tests never skip.',
  );
});
