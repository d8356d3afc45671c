/**
 * The probe report: what the probe page (probe.html) measured in a real Word. Fields that name a
 * stand-in mode (preview/standin/modes.ts) carry the mode's values, so a pasted report sets the
 * stand-in; `null` means the open document gave the probe nothing to measure it on.
 */
export interface ProbeFields {
  annotations: 'available' | 'missing' | 'throws' | null;
  deletedTextInText: boolean | null;
  listItem: 'ok' | 'throwsOnTracked' | null;
  mixedHighlight: 'empty' | 'null' | null;
  searchFoldsQuotes: boolean | null;
  searchFoldsWidth: boolean | null;
  /** `^^` finds each `^` of the document (and only those). */
  caretEscapes: boolean | null;
  /** What searching 255 and 256 characters gives: 'ok' or the error code. */
  searchLimit: { at255: string; at256: string };
  /** Distinct (styleBuiltIn, outlineLevel) pairs of the document's paragraphs. */
  outlineLevels: Array<{ styleBuiltIn: string; outlineLevel: number }>;
  /** listString and level of list paragraphs whose label is of the 一、 or （一） kind. */
  listStrings: Array<{ listString: string; level: number }>;
  /** Whether `getReviewedText` exists, and whether Current differs from `text` anywhere. */
  reviewedText: 'unavailable' | 'same' | 'differs';
}

export interface ProbeReport {
  probe: 'speechdesk-word-probe';
  version: 1;
  /** Office's own description of the host, for the office's record. */
  host: { platform: string; wordApi: string; userAgent: string };
  fields: ProbeFields;
  /** Probes that failed unexpectedly, with their error code. */
  errors: Array<{ probe: string; code: string }>;
}

/** Parses a pasted report, or says in Chinese (and English) why it is not one. */
export function parseProbeReport(text: string): ProbeReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('这不是探测页生成的 JSON 报告。 Not a JSON probe report.');
  }
  const report = value as Partial<ProbeReport> | null;
  if (report?.probe !== 'speechdesk-word-probe' || report.version !== 1 || !report.fields) {
    throw new Error(
      '这不是讲稿助手探测页的报告（版本 1）。 Not a SpeechDesk probe report (version 1).',
    );
  }
  return report as ProbeReport;
}
