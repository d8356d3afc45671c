/**
 * The browser stand-in for Word used by `npm run preview` and the e2e test: installs the fake
 * `Word`/`Office` globals over an in-memory speech and renders it beside the task pane.
 * A preview harness only: nothing under preview/ is imported by src/ or shipped.
 */
import type { WordCapabilities } from '../../src/word/api';
import { installFakeOffice } from './fakeWord';
import type { DocumentModel, FakeParagraphInit } from './model';
import type { StandinModes } from './modes';
import { renderDocument } from './render';

export type StandinParagraph = Pick<
  FakeParagraphInit,
  'text' | 'style' | 'listLabel' | 'listLevel' | 'highlights' | 'deleted'
>;

export interface StandinOptions {
  container: HTMLElement;
  paragraphs: StandinParagraph[];
  capabilities?: Partial<WordCapabilities>;
  /** Office's display language, e.g. 'zh-CN' (default) or 'en-US'. */
  displayLanguage?: string;
  /** Delay of each sync in milliseconds, to make round trips visible. */
  latencyMs?: number;
  /** Real-Word behaviours to reproduce (modes.ts), e.g. from a probe report. */
  modes?: Partial<StandinModes>;
}

export interface StandinHandle {
  paragraphs(): string[];
  selection(): { paragraph: number; start: number; end: number } | null;
  highlights(): Array<{ paragraph: number; start: number; end: number; color: string }>;
  comments(): Array<{ paragraph: number; start: number; end: number; text: string }>;
  critiques(): Array<{ paragraph: number; start: number; end: number; colorScheme: string }>;
  /** Content controls (e.g. fields to fill that drafting inserted). */
  contentControls(): Array<{
    paragraph: number;
    start: number;
    end: number;
    tag: string;
    title: string;
  }>;
  /** Paragraph styles as Word names them, e.g. "标题 1". */
  styles(): string[];
  syncCount(): number;
  /** Simulates closing and reopening the document (saved settings survive, critiques do not). */
  reopen(): void;
  model: DocumentModel;
}

/** The WordApi version that gives exactly the asked capabilities (all by default). */
export function wordApiFor(capabilities: Partial<WordCapabilities> = {}): string {
  if (capabilities.critiques !== false) return '1.7';
  if (capabilities.comments !== false || capabilities.trackChanges !== false) return '1.4';
  return '1.3';
}

export function standinHandle(model: DocumentModel): StandinHandle {
  const at = (range: { para: object; start: number; end: number }) => ({
    paragraph: model.paragraphs.findIndex((p) => p === range.para),
    start: range.start,
    end: range.end,
  });
  return {
    model,
    paragraphs: () => model.paragraphs.map((p) => p.text),
    selection: () => (model.selection ? at(model.selection) : null),
    highlights: () =>
      model.paragraphs.flatMap((para, paragraph) => {
        const runs: Array<{ paragraph: number; start: number; end: number; color: string }> = [];
        para.highlight.forEach((color, i) => {
          const last = runs[runs.length - 1];
          if (color === null) return;
          if (last && last.end === i && last.color === color) last.end = i + 1;
          else runs.push({ paragraph, start: i, end: i + 1, color });
        });
        return runs;
      }),
    comments: () => model.comments.map((c) => ({ ...at(c.range), text: c.text })),
    critiques: () => model.critiques.map((c) => ({ ...at(c.range), colorScheme: c.colorScheme })),
    contentControls: () =>
      model.contentControls.map((c) => ({ ...at(c.range), tag: c.tag, title: c.title })),
    styles: () => model.paragraphs.map((p) => p.style),
    syncCount: () => model.syncCount,
    reopen: () => model.reopen(),
  };
}

export function installStandin(options: StandinOptions): StandinHandle {
  const fake = installFakeOffice({
    paragraphs: options.paragraphs,
    wordApi: wordApiFor(options.capabilities),
    displayLanguage: options.displayLanguage,
    latencyMs: options.latencyMs,
    modes: options.modes,
  });
  renderDocument(fake.model, options.container);
  return standinHandle(fake.model);
}
