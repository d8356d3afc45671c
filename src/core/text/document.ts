/** Builds a SpeechDocument from plain text: every line is a paragraph (RULES.md, .txt files). */
import type { SpeechDocument } from '../engine/types';

export function documentFromText(text: string): SpeechDocument {
  const lines = text.split('\n');
  return {
    paragraphs: lines.map((line) => ({ text: line.endsWith('\r') ? line.slice(0, -1) : line })),
  };
}
