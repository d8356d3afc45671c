/** SpeechDeskWord over Office.js: each method is one module function, one `Word.run`. */
import type { SpeechDeskWord, WordCapabilities } from './api';
import { detectCapabilities } from './capabilities';
import { addComments, removeOwnComments } from './comments';
import { applyFixes } from './fix';
import { goToFinding } from './goto';
import { clearMarks, markFindings } from './mark';
import { readDocument } from './read';
import { loadDocumentSettings, saveDocumentSettings } from './settings';
import { guarded } from './errors';

/**
 * Call after `Office.onReady()`: capabilities are read once (API sets and the loaded runtime's
 * methods); critiques that fail in use are given up until the pane is reloaded.
 */
export function createOfficeWord(): SpeechDeskWord {
  let detected: WordCapabilities | undefined;
  let critiquesFailed = false;
  const capabilities = (): WordCapabilities => {
    detected ??= detectCapabilities();
    return critiquesFailed ? { ...detected, critiques: false } : detected;
  };
  return {
    capabilities,
    readDocument,
    markFindings: (findings, options) =>
      markFindings(findings, {
        mode: options?.mode,
        capabilities: capabilities(),
        onCritiquesFailed: () => {
          critiquesFailed = true;
        },
      }),
    clearMarks: () => clearMarks(capabilities()),
    goToFinding,
    addComments: (findings, options) => addComments(findings, capabilities(), options),
    removeOwnComments: () => removeOwnComments(capabilities()),
    applyFixes: (requests, options) =>
      applyFixes(requests, { ...options, capabilities: capabilities() }),
    loadDocumentSettings: () => guarded(loadDocumentSettings),
    saveDocumentSettings: (settings) => guarded(() => saveDocumentSettings(settings)),
  };
}
