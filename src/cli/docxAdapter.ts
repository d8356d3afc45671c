/**
 * The one place the CLI touches the .docx host (src/docx), so the rest of the CLI does not
 * depend on its exact shape.
 */
import type { Finding, Locale, MetadataDate, SpeechDocument } from '../core';
import { DocxError, annotateDocx, readDocx } from '../docx';
import type { DocxOutsideBody } from './readSpeech';

/** A part of the .docx host this build does not have. */
export class DocxUnavailableError extends Error {}

/** The YYYY-MM-DD of a W3CDTF timestamp when it is a real calendar date (no core import: this file is bundled apart). */
function calendarDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  return real ? m[0].slice(0, 10) : undefined;
}

/** The document and the dates the file carries outside its text (signature, header, properties). */
export async function readDocxDocument(
  bytes: Uint8Array,
  path: string,
): Promise<{ doc: SpeechDocument; metadataDates: MetadataDate[]; docx: DocxOutsideBody }> {
  const read = await readDocx(bytes, { path });
  const metadataDates: MetadataDate[] = [];
  if (read.signatureDate)
    metadataDates.push({ source: 'signature', date: read.signatureDate.date });
  if (read.headerDate) metadataDates.push({ source: 'header', date: read.headerDate.date });
  // The last save is nearer the speech than the creation (drafts start from last year's file).
  const saved = calendarDate(read.properties.modified) ?? calendarDate(read.properties.created);
  if (saved) metadataDates.push({ source: 'metadata', date: saved });
  return {
    doc: read.doc,
    metadataDates: metadataDates.filter((d) => calendarDate(d.date) !== undefined),
    docx: { fieldResults: read.fieldResults, stories: read.stories },
  };
}

export function isDocxError(error: unknown): error is DocxError {
  return error instanceof DocxError;
}

export interface AnnotateOptions {
  highlight: boolean;
  locale: Locale;
}

export async function annotateDocument(
  bytes: Uint8Array,
  findings: readonly Finding[],
  options: AnnotateOptions,
): Promise<Uint8Array> {
  return annotateDocx(bytes, findings, { highlight: options.highlight, locale: options.locale });
}
