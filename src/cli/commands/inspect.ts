/** `speechdesk inspect`: the document exactly as the engine receives it (RULES.md "What the reader saw"). */
import pc from 'picocolors';
import type { SpeechParagraph } from '../../core';
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
}

function describe(p: SpeechParagraph, index: number): InspectedParagraph {
  const out: InspectedParagraph = { index, text: p.text };
  if (p.style !== undefined) out.style = p.style;
  if (p.outlineLevel !== undefined) out.outlineLevel = p.outlineLevel;
  if (p.listLabel !== undefined) out.listLabel = p.listLabel;
  if (p.listLevel !== undefined) out.listLevel = p.listLevel;
  return out;
}

export function inspectJson(loaded: LoadedSpeech): string {
  const body = {
    path: loaded.path,
    encoding: loaded.encoding,
    paragraphs: loaded.doc.paragraphs.map(describe),
  };
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
  loaded.doc.paragraphs.forEach((p, index) => {
    const meta: string[] = [];
    if (p.style !== undefined) meta.push(p.style);
    if (p.outlineLevel !== undefined)
      meta.push(zh ? `大纲 ${p.outlineLevel} 级` : `outline ${p.outlineLevel}`);
    if (p.listLevel !== undefined)
      meta.push(zh ? `列表 ${p.listLevel} 级` : `list level ${p.listLevel}`);
    const label = p.listLabel !== undefined ? `${c.cyan(p.listLabel)} ` : '';
    const tags = meta.length > 0 ? `${c.dim(`[${meta.join(' · ')}]`)} ` : '';
    lines.push(`${c.dim(String(index).padStart(width))}  ${tags}${label}${p.text}`);
  });
  return `${lines.join('\n')}\n`;
}

export async function runInspect(file: string, options: InspectOptions): Promise<number> {
  const loaded = await readSpeech(file);
  io.out(options.format === 'json' ? inspectJson(loaded) : inspectText(loaded, options));
  return 0;
}
