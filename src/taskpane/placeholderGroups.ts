/**
 * Groups placeholder findings by what they stand for, so a writer fills `X万人` once for all
 * thirty places: a bare number mark is labelled with the unit that follows it.
 */
import type { Finding } from '../core';

export interface PlaceholderGroup {
  /** What the writer sees, e.g. "全X", "X万人", "***". */
  label: string;
  /** The text every finding of the group covers (what a fill replaces). */
  text: string;
  findings: Finding[];
}

const BARE_MARK = /^[XxＸｘ×*＊○□]+$/u;
const UNIT =
  /^(?:个百分点|[%％]|[万亿]?(?:人次|平方米|公里|[人个家项次名户元亩年月日天倍所条件吨]))/u;

export function isPlaceholderFinding(finding: Finding): boolean {
  return finding.rule.startsWith('placeholder/');
}

/** Words a name placeholder sits in: 全X, 本X, X省, X委. */
const NAME_BEFORE = /[全本该各]$/u;
const NAME_AFTER = /^[省市县区乡镇村委局厅办部]/u;

function labelOf(finding: Finding, paragraphText: string | undefined): string {
  if (!BARE_MARK.test(finding.text) || paragraphText === undefined) return finding.text;
  const before = paragraphText.slice(0, finding.offset);
  const after = paragraphText.slice(finding.offset + finding.length);
  if (finding.rule === 'placeholder/name') {
    return (
      (NAME_BEFORE.exec(before)?.[0] ?? '') + finding.text + (NAME_AFTER.exec(after)?.[0] ?? '')
    );
  }
  const unit = UNIT.exec(after);
  return unit ? finding.text + unit[0] : finding.text;
}

/** Largest groups first; ties keep document order. Zero-length findings cannot be filled and are left out. */
export function groupPlaceholders(
  findings: readonly Finding[],
  paragraphTexts: readonly string[],
): PlaceholderGroup[] {
  const groups = new Map<string, PlaceholderGroup>();
  for (const finding of findings) {
    if (!isPlaceholderFinding(finding) || finding.length === 0) continue;
    const label = labelOf(finding, paragraphTexts[finding.paragraph]);
    const key = `${label}\u0000${finding.text}`;
    const group = groups.get(key) ?? { label, text: finding.text, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.findings.length - a.findings.length);
}
