/** `speechdesk inspect`: the document exactly as the engine receives it (RULES.md "What the reader saw"). */
import pc from 'picocolors';
import type { SpeechParagraph } from '../../core';
import { outsideBodySummary, STORY_NAMES } from '../outsideBody';
import { readSpeech, type LoadedSpeech } from '../readSpeech';
import { io, useColor, type CommonOptions } from './common';

export interface InspectOptions extends CommonOptions {
  format: 'json' | 'text';
}

interface InspectedParagraph {
  index: number;
  text: string;
  style?: string;
  outlineLevel?: number;
  listLabel?: string;
  listLevel?: number;
  /** A TOC/INDEX/TOA entry: not checked (its `text` is empty for the engine); what Word shows. */
  fieldResult?: { field: string; text: string };
}

interface InspectedStory {
  /** Position in this list (not a body paragraph index). */
  index: number;
  story: string;
  part: string;
  id?: string;
  text: string;
}

function describe(
  p: SpeechParagraph,
  index: number,
  fieldResults: ReadonlyMap<number, { field: string; text: string }>,
): InspectedParagraph {
  const out: InspectedParagraph = { index, text: p.text };
  if (p.style !== undefined) out.style = p.style;
  if (p.outlineLevel !== undefined) out.outlineLevel = p.outlineLevel;
  if (p.listLabel !== undefined) out.listLabel = p.listLabel;
  if (p.listLevel !== undefined) out.listLevel = p.listLevel;
  const result = fieldResults.get(index);
  if (result !== undefined) out.fieldResult = { field: result.field, text: result.text };
  return out;
}

function fieldResultsOf(loaded: LoadedSpeech): Map<number, { field: string; text: string }> {
  return new Map((loaded.docx?.fieldResults ?? []).map((entry) => [entry.paragraph, entry]));
}

/**
 * The JSON of RULES.md "What the reader saw". For a .docx two optional additions, which never
 * renumber the body: `fieldResult` on a TOC/INDEX/TOA entry (left out of checking), and
 * `stories` after the body (text boxes, footnotes, endnotes, headers, footers, comments: read,
 * shown, not checked).
 */
export function inspectJson(loaded: LoadedSpeech): string {
  const fieldResults = fieldResultsOf(loaded);
  const body: {
    path: string;
    encoding: string;
    paragraphs: InspectedParagraph[];
    stories?: InspectedStory[];
  } = {
    path: loaded.path,
    encoding: loaded.encoding,
    paragraphs: loaded.doc.paragraphs.map((p, index) => describe(p, index, fieldResults)),
  };
  const stories = loaded.docx?.stories ?? [];
  if (stories.length > 0) body.stories = stories.map((story, index) => ({ index, ...story }));
  return `${JSON.stringify(body, null, 2)}\n`;
}

function inspectText(loaded: LoadedSpeech, options: InspectOptions): string {
  const c = pc.createColors(useColor(options));
  const zh = options.lang !== 'en-US';
  const count = loaded.doc.paragraphs.length;
  const lines = [
    c.bold(loaded.path),
    c.dim(
      zh
        ? `编码 ${loaded.encoding} · ${count} 段`
        : `encoding ${loaded.encoding} · ${count} paragraphs`,
    ),
  ];
  const width = String(count - 1).length;
  const fieldResults = fieldResultsOf(loaded);
  loaded.doc.paragraphs.forEach((p, index) => {
    const meta: string[] = [];
    if (p.style !== undefined) meta.push(p.style);
    if (p.outlineLevel !== undefined)
      meta.push(zh ? `大纲 ${p.outlineLevel} 级` : `outline ${p.outlineLevel}`);
    if (p.listLevel !== undefined)
      meta.push(zh ? `列表 ${p.listLevel} 级` : `list level ${p.listLevel}`);
    const result = fieldResults.get(index);
    if (result !== undefined)
      meta.push(
        zh ? `${result.field} 域结果，未检查` : `${result.field} field result, not checked`,
      );
    const label = p.listLabel !== undefined ? `${c.cyan(p.listLabel)} ` : '';
    const tags = meta.length > 0 ? `${c.dim(`[${meta.join(' · ')}]`)} ` : '';
    const text = result !== undefined ? c.dim(result.text) : p.text;
    lines.push(`${c.dim(String(index).padStart(width))}  ${tags}${label}${text}`);
  });
  const stories = loaded.docx?.stories ?? [];
  if (stories.length > 0) {
    lines.push(
      '',
      c.bold(zh ? '正文之外（已读取，未检查）' : 'Outside the body (read, not checked)'),
    );
    for (const story of stories) {
      const name = STORY_NAMES[story.story] ?? { zh: story.story, en: story.story };
      const where = `${zh ? name.zh : name.en}${story.id !== undefined ? ` ${story.id}` : ''} · ${story.part}`;
      lines.push(`  ${c.dim(`[${where}]`)} ${story.text}`);
    }
  }
  const summary = outsideBodySummary(loaded, zh);
  if (summary !== undefined) lines.push(c.dim(summary));
  return `${lines.join('\n')}\n`;
}

export async function runInspect(file: string, options: InspectOptions): Promise<number> {
  const loaded = await readSpeech(file);
  io.out(options.format === 'json' ? inspectJson(loaded) : inspectText(loaded, options));
  return 0;
}
