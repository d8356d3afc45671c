/**
 * The preview harness (`npm run preview`, e2e): the browser stand-in for Word beside the real task
 * pane, so anyone without Word can try SpeechDesk. Not part of the add-in build.
 *
 * The document comes from `window.__speechdeskPreview` when a test sets it before load, else from a
 * .txt (UTF-8 or GBK) or .docx the user opens (kept in sessionStorage across the reload), else the
 * bundled sample.
 */
import { documentFromText } from '../../src/core';
import type { WordCapabilities } from '../../src/word/api';
import { installStandin, type StandinHandle, type StandinParagraph } from '../standin';
import type { StandinModes } from '../standin/modes';
import { openSpeechFile } from './openFile';
import sample from '../../samples/2024-work-conference.txt';

interface PreviewInput {
  paragraphs?: StandinParagraph[];
  text?: string;
  capabilities?: Partial<WordCapabilities>;
  displayLanguage?: string;
  latencyMs?: number;
  /** Replaces the stand-in's (light) Office theme, e.g. to preview the dark one. */
  officeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
  /** Office libraries for 起草, e.g. `library/office.json` beside the page (a deployment's build sets these). */
  libraryUrls?: string[];
  /** Real-Word behaviours for the stand-in (preview/standin/modes.ts), e.g. tracked deletions in the text. */
  modes?: Partial<StandinModes>;
}

declare global {
  interface Window {
    __speechdeskPreview?: PreviewInput;
    __standin?: StandinHandle;
    /** performance.now() when the pane was mounted, for the e2e timing. */
    __paneMountedAt?: number;
  }
}

const OPENED_KEY = 'speechdesk.preview.opened.v2';

function paragraphsFrom(input: PreviewInput): StandinParagraph[] {
  if (input.paragraphs) return input.paragraphs;
  return documentFromText(input.text ?? '').paragraphs.map((p) => ({ text: p.text }));
}

function chosenInput(): PreviewInput {
  if (window.__speechdeskPreview) return window.__speechdeskPreview;
  try {
    const opened = JSON.parse(sessionStorage.getItem(OPENED_KEY) ?? 'null') as {
      paragraphs: StandinParagraph[];
      note: string;
    } | null;
    if (opened && Array.isArray(opened.paragraphs)) {
      showOpened(opened.note);
      return { paragraphs: opened.paragraphs };
    }
  } catch {
    // A broken entry falls back to the sample.
  }
  return { text: sample };
}

function showOpened(message: string, error = false): void {
  const status = document.getElementById('open-status');
  if (!status) return;
  status.textContent = message;
  status.setAttribute('role', error ? 'alert' : 'status');
}

async function start(): Promise<void> {
  const input = chosenInput();
  const documentContainer = document.getElementById('document') as HTMLElement;
  window.__standin = installStandin({
    container: documentContainer,
    paragraphs: paragraphsFrom(input),
    capabilities: input.capabilities,
    displayLanguage: input.displayLanguage,
    latencyMs: input.latencyMs,
    modes: input.modes,
  });
  if (input.officeTheme) Object.assign(Office.context, { officeTheme: input.officeTheme });
  // The pane is imported only after the stand-in has defined `Word` and `Office`.
  const { createOfficeWord } = await import(/* webpackMode: "eager" */ '../../src/word');
  const { mountTaskpane, officeEnvironment } = await import(
    /* webpackMode: "eager" */ '../../src/taskpane/mount'
  );
  await Office.onReady();
  window.__paneMountedAt = performance.now();
  mountTaskpane(document.getElementById('root') as HTMLElement, {
    word: createOfficeWord(),
    ...officeEnvironment(),
    search: window.location.search,
    libraryUrls: input.libraryUrls,
  });
}

document.getElementById('open-file')?.addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  void file
    .arrayBuffer()
    .then((buffer) => openSpeechFile(file.name, new Uint8Array(buffer)))
    .then((opened) => {
      if (!opened.ok) {
        showOpened(opened.message, true);
        return;
      }
      sessionStorage.setItem(
        OPENED_KEY,
        JSON.stringify({ paragraphs: opened.paragraphs, note: `已打开 ${opened.note}` }),
      );
      window.location.reload();
    });
});

void start();
