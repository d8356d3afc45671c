/** The probe page's view: plain DOM, text only (no HTML from strings). Shared with the stand-in page. */
import type { ProbeReport } from './report';

export function renderReport(root: HTMLElement, report: ProbeReport): void {
  const output = root.querySelector<HTMLTextAreaElement>('#report');
  const status = root.querySelector<HTMLElement>('#status');
  if (!output || !status) return;
  output.value = JSON.stringify(report, null, 2);
  status.textContent =
    report.errors.length === 0
      ? '探测完成。请全选下框中的报告，复制后发给维护人员。Done: copy the report below.'
      : `探测完成，其中 ${report.errors.length} 项出错（见 errors）。Done, with ${report.errors.length} failed probes.`;
}

export function renderFailure(root: HTMLElement, error: unknown): void {
  const status = root.querySelector<HTMLElement>('#status');
  if (status) {
    status.textContent = `探测未能运行：${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Selects the report and copies it where the webview allows; selecting is the fallback. */
export function wireCopyButton(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('#copy');
  const output = root.querySelector<HTMLTextAreaElement>('#report');
  button?.addEventListener('click', () => {
    if (!output) return;
    output.focus();
    output.select();
    void navigator.clipboard?.writeText(output.value).catch(() => undefined);
  });
}
