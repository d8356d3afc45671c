/**
 * The probe page (probe.html): a page of the add-in build, not part of the task pane. Opened by
 * its own URL inside Word (docs/word-addin.md says how), it runs read-only probes against the
 * open document and shows a JSON report to copy.
 */
import { runProbes } from './probe';
import { renderFailure, renderReport, wireCopyButton } from './render';

void Office.onReady(async () => {
  const root = document.body;
  wireCopyButton(root);
  try {
    renderReport(root, await runProbes());
  } catch (error) {
    renderFailure(root, error);
  }
});
