/** `--format json`: exactly the findings format of RULES.md, nothing more. */
import type { Finding } from '../../core';
import type { CheckRun } from './types';

interface JsonFinding {
  rule: string;
  severity: string;
  paragraph: number;
  offset: number;
  length: number;
  text: string;
  message: string;
  fix?: { replacement: string };
}

function toJson(f: Finding): JsonFinding {
  const out: JsonFinding = {
    rule: f.rule,
    severity: f.severity,
    paragraph: f.paragraph,
    offset: f.offset,
    length: f.length,
    text: f.text,
    message: f.message,
  };
  if (f.fix) out.fix = { replacement: f.fix.replacement };
  return out;
}

export function formatJson(run: CheckRun): string {
  const body = {
    version: 1,
    files: run.files.map((file) => ({
      path: file.path,
      speechDate: file.result.speechDate,
      speechDateSource: file.result.speechDateSource,
      paragraphs: file.result.paragraphs,
      findings: file.result.findings.map(toJson),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
