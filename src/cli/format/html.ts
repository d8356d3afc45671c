/**
 * `--format html`: one self-contained zh-CN page (inline CSS, no script, no external assets)
 * that a reviewer can read on screen or print on A4. Every string from a document is escaped.
 */
import { categoryOf, type Finding, type Severity } from '../../core';
import { parseOutline } from '../../core/text/headings';
import { excerptOf, positionOf } from '../excerpt';
import { SEVERITY_LABEL, dateSourceLabel, say, summaryLine, type Tally } from '../i18n';
import { tallyOf } from './text';
import type { CheckRun, CheckedFile } from './types';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] as string);
}

const CATEGORY_LABEL: Record<string, { zh: string; en: string }> = {
  placeholder: { zh: '占位符未填', en: 'Placeholders' },
  date: { zh: '日期与时效', en: 'Dates' },
  heading: { zh: '标题层级', en: 'Headings' },
  enum: { zh: '列举序号', en: 'Ordinals' },
  count: { zh: '数量不符', en: 'Counts' },
  punct: { zh: '标点符号', en: 'Punctuation' },
  typo: { zh: '错字重字', en: 'Typos' },
  residue: { zh: '模板残留', en: 'Residue' },
  term: { zh: '规范提法', en: 'Formulations' },
  number: { zh: '数字用法', en: 'Numbers' },
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const STYLE = `
@page { size: A4; margin: 16mm 15mm; }
:root { --error: #b3261e; --warning: #8a5a00; --info: #0b5cad; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 210mm; padding: 12mm 10mm; color: #1f1f1f; background: #fff;
  font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "SimSun", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 6px; padding-top: 10px; border-top: 2px solid #333; word-break: break-all; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: #555; font-size: 13px; margin: 0 0 8px; }
table { border-collapse: collapse; margin: 6px 0 10px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; min-width: 3em; padding: 0 6px; border-radius: 3px; font-size: 12px;
  text-align: center; color: #fff; white-space: nowrap; }
.sev-error { background: var(--error); } .sev-warning { background: var(--warning); } .sev-info { background: var(--info); }
.counts .sev { margin-right: 4px; }
ul.outline { list-style: none; padding-left: 0; margin: 4px 0 10px; font-size: 14px; }
ul.outline li { padding: 1px 0; }
ul.outline a { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
ul.outline .lv2 { padding-left: 2em; } ul.outline .lv3 { padding-left: 4em; } ul.outline .lv4 { padding-left: 6em; }
.flag { color: var(--error); font-weight: bold; }
.section-count { color: #666; font-size: 12px; }
ol.findings { padding-left: 0; list-style: none; margin: 0; }
ol.findings li { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 3px;
  padding: 6px 10px; margin: 6px 0; break-inside: avoid; page-break-inside: avoid; }
ol.findings li.error { border-left-color: var(--error); }
ol.findings li.warning { border-left-color: var(--warning); }
ol.findings li.info { border-left-color: var(--info); }
.where { color: #555; font-size: 12px; margin-right: 6px; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; color: #555; }
.excerpt { margin: 4px 0 0; padding: 4px 8px; background: #f6f6f6; border-radius: 3px; word-break: break-all; }
mark { background: #ffe08a; color: inherit; padding: 0 1px; text-decoration: underline wavy var(--error); }
.fix { font-size: 13px; margin-top: 2px; }
.none { color: #1e6b2e; }
.unreadable { color: var(--error); }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  h2 { break-before: auto; break-after: avoid; }
  h3 { break-after: avoid; }
  .sev, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function severityBadge(severity: Severity, run: CheckRun): string {
  return `<span class="sev sev-${severity}">${escapeHtml(say(SEVERITY_LABEL[severity], run.locale))}</span>`;
}

function countsByCategory(findings: readonly Finding[]): Map<string, Record<Severity, number>> {
  const counts = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const category = categoryOf(f.rule);
    const row = counts.get(category) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    counts.set(category, row);
  }
  return counts;
}

function categoryTable(file: CheckedFile, run: CheckRun): string {
  const zh = run.locale !== 'en-US';
  const counts = countsByCategory(file.result.findings);
  if (counts.size === 0) return '';
  const head = SEVERITIES.map(
    (s) => `<th class="num">${escapeHtml(say(SEVERITY_LABEL[s], run.locale))}</th>`,
  ).join('');
  const rows = [...counts.entries()].map(([category, row]) => {
    const label = CATEGORY_LABEL[category];
    const name = label ? `${say(label, run.locale)} (${category})` : category;
    const cells = SEVERITIES.map((s) => `<td class="num">${row[s] || ''}</td>`).join('');
    return `<tr><td>${escapeHtml(name)}</td>${cells}</tr>`;
  });
  return `<table><thead><tr><th>${zh ? '类别' : 'Category'}</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function outlineList(file: CheckedFile, run: CheckRun): string {
  const zh = run.locale !== 'en-US';
  const outline = parseOutline(file.doc);
  if (outline.headings.length === 0) return '';
  const onHeading = new Map<number, number>();
  const inSection = new Map<number, number>();
  /** The first finding of each section, which the outline links to. */
  const firstFinding = new Map<number, number>();
  file.result.findings.forEach((f, index) => {
    const section = outline.sectionOf(f.paragraph);
    if (!section) return;
    const counts = outline.isHeading(f.paragraph) ? onHeading : inSection;
    counts.set(section.paragraph, (counts.get(section.paragraph) ?? 0) + 1);
    if (!firstFinding.has(section.paragraph)) firstFinding.set(section.paragraph, index);
  });
  const items = outline.headings.map((h) => {
    const flagged = onHeading.get(h.paragraph) ?? 0;
    const below = inSection.get(h.paragraph) ?? 0;
    const flag = flagged > 0 ? `<span class="flag">✗ ${flagged} </span>` : '';
    const note =
      below > 0
        ? ` <span class="section-count">（${zh ? `本节 ${below} 处` : `${below} in section`}）</span>`
        : '';
    const line = zh ? `第${h.paragraph + 1}段` : `¶${h.paragraph + 1}`;
    const heading = `${escapeHtml(h.marker.text)}${escapeHtml(h.title)}`;
    const target = firstFinding.get(h.paragraph);
    const linked =
      target === undefined
        ? heading
        : `<a href="#${findingAnchor(file, run, target)}">${heading}</a>`;
    return `<li class="lv${h.level}">${flag}${linked} <span class="where">${line}</span>${note}</li>`;
  });
  return `<h3>${zh ? '标题提纲（✗ 标出标题所在段落的问题）' : 'Outline (✗ marks problems in the heading paragraph)'}</h3><ul class="outline">${items.join('')}</ul>`;
}

function findingAnchor(file: CheckedFile, run: CheckRun, index: number): string {
  return `f${run.files.indexOf(file)}-n${index}`;
}

function findingItem(file: CheckedFile, f: Finding, run: CheckRun, index: number): string {
  const zh = run.locale !== 'en-US';
  const { line, column } = positionOf(file.doc, f);
  const paragraph = file.doc.paragraphs[f.paragraph];
  const text = paragraph?.text ?? '';
  const e = excerptOf(text, f.offset, f.length, { context: 40, maxMatch: 120 });
  const label = f.length === 0 && paragraph?.listLabel ? paragraph.listLabel : e.match;
  const excerpt =
    `${e.clippedBefore ? '…' : ''}${escapeHtml(e.before)}<mark>${escapeHtml(label) || '&#8203;'}</mark>` +
    `${escapeHtml(e.after)}${e.clippedAfter ? '…' : ''}`;
  const where = zh ? `第${line}段 第${column}字` : `line ${line}, col ${column}`;
  const fix = f.fix
    ? `<div class="fix">${zh ? '建议改为' : 'Replace with'}：<mark>${escapeHtml(f.fix.replacement) || (zh ? '（删除）' : '(delete)')}</mark></div>`
    : '';
  return (
    `<li class="${f.severity}" id="${findingAnchor(file, run, index)}">${severityBadge(f.severity, run)} <span class="where">${where}</span>` +
    `<span class="rule">${escapeHtml(f.rule)}</span><div>${escapeHtml(f.message)}</div>` +
    `<div class="excerpt">${excerpt}</div>${fix}</li>`
  );
}

function fileSection(file: CheckedFile, run: CheckRun): string {
  const zh = run.locale !== 'en-US';
  const r = file.result;
  const tally = tallyOf([file]);
  const date = say(dateSourceLabel(r.speechDateSource, r.speechDateNotes), run.locale);
  const meta = zh
    ? `编码 ${file.encoding} · ${r.paragraphs} 段 · 讲话日期 ${r.speechDate}（${date}）`
    : `encoding ${file.encoding} · ${r.paragraphs} paragraphs · speech date ${r.speechDate} (${date})`;
  const counts = SEVERITIES.map((s) => `${severityBadge(s, run)}${tally[s]}`).join('　');
  const items = r.findings.map((f, index) => findingItem(file, f, run, index));
  const list =
    items.length > 0
      ? `<h3>${zh ? '问题清单' : 'Findings'}</h3><ol class="findings">${items.join('')}</ol>`
      : `<p class="none">${zh ? '未发现问题。' : 'No problems found.'}</p>`;
  return (
    `<section><h2>${escapeHtml(file.path)}</h2><p class="meta">${escapeHtml(meta)}</p>` +
    `<p class="counts">${counts}</p>${categoryTable(file, run)}${outlineList(file, run)}${list}</section>`
  );
}

function overview(run: CheckRun, total: Tally): string {
  const zh = run.locale !== 'en-US';
  const summary = `<p class="meta">${escapeHtml(say(summaryLine(total, run.unreadable.length), run.locale))}</p>`;
  if (run.files.length + run.unreadable.length <= 1) return summary;
  const head = SEVERITIES.map(
    (s) => `<th class="num">${escapeHtml(say(SEVERITY_LABEL[s], run.locale))}</th>`,
  ).join('');
  const rows = run.files.map((file) => {
    const t = tallyOf([file]);
    return `<tr><td>${escapeHtml(file.path)}</td>${SEVERITIES.map((s) => `<td class="num">${t[s]}</td>`).join('')}<td>${escapeHtml(file.encoding)}</td></tr>`;
  });
  return `${summary}<table><thead><tr><th>${zh ? '文件' : 'File'}</th>${head}<th>${zh ? '编码' : 'Encoding'}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function unreadableSection(run: CheckRun): string {
  if (run.unreadable.length === 0) return '';
  const zh = run.locale !== 'en-US';
  const items = run.unreadable.map(
    (u) => `<li>${escapeHtml(u.path)}：${escapeHtml(say(u.reason, run.locale))}</li>`,
  );
  return `<section><h2 class="unreadable">${zh ? '无法读取的文件' : 'Files that could not be read'}</h2><ul>${items.join('')}</ul></section>`;
}

export function formatHtml(run: CheckRun): string {
  const zh = run.locale !== 'en-US';
  const title = zh ? '讲稿检查报告' : 'Speech check report';
  const total = tallyOf(run.files);
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
<p class="meta">speechdesk ${escapeHtml(run.toolVersion)}</p>
${overview(run, total)}
${run.files.map((file) => fileSection(file, run)).join('\n')}
${unreadableSection(run)}
</body>
</html>
`;
}
