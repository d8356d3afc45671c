/**
 * What deploy.e2e.ts serves in place of Office.js (Microsoft's CDN, or the local copy in dist/):
 * the preview stand-in's `Office`/`Word` globals over the speech the test put in
 * `window.__deployE2eText`. Bundled by the test into memory only, never into dist/.
 */
import { documentFromText } from '../../src/core';
import { installFakeOffice } from '../../preview/standin/fakeWord';

const text = (window as { __deployE2eText?: string }).__deployE2eText ?? '';
installFakeOffice({
  paragraphs: documentFromText(text).paragraphs.map((p) => ({ text: p.text })),
});
