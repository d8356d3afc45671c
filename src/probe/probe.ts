/**
 * Fixed, read-only probes of how this Word behaves, against the open document (nothing is
 * written: only loads, searches and `getReviewedText`). Each probe runs in its own `Word.run`, so
 * one failing does not stop the others; its failure is recorded in `errors`.
 */
import { hasMethod } from '../word/capabilities';
import { escapeSearch } from '../word/locate';
import type { ProbeFields, ProbeReport } from './report';

const MAX_PARAGRAPHS = 400;

function code(error: unknown): string {
  const c = (error as { code?: unknown } | null)?.code;
  if (typeof c === 'string') return c;
  return error instanceof TypeError ? 'TypeError' : 'Error';
}

function highestWordApi(): string {
  let best = 'none';
  for (let minor = 1; minor <= 9; minor++) {
    if (Office.context?.requirements?.isSetSupported('WordApi', `1.${minor}`)) best = `1.${minor}`;
  }
  return best;
}

interface Read {
  texts: string[];
  styles: string[];
  outline: number[];
  list: boolean[];
}

async function readParagraphs(): Promise<Read> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text,items/styleBuiltIn,items/outlineLevel,items/isListItem');
    await context.sync();
    const items = paragraphs.items.slice(0, MAX_PARAGRAPHS);
    return {
      texts: items.map((p) => p.text),
      styles: items.map((p) => p.styleBuiltIn),
      outline: items.map((p) => p.outlineLevel),
      list: items.map((p) => p.isListItem),
    };
  });
}

function count(text: string, key: string): number {
  let n = 0;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) n++;
  return n;
}

/**
 * Does Word's search fold `variant` characters into `plain` ones? Finds a paragraph with a
 * variant character, searches for the plain form of it and the character after, and compares
 * Word's count with the count with and without folding. Null when the document has no case.
 */
async function probeFolding(
  texts: readonly string[],
  isVariant: (ch: string) => boolean,
  plain: (text: string) => string,
): Promise<boolean | null> {
  for (const [index, text] of texts.entries()) {
    for (let i = 0; i + 1 < text.length; i++) {
      if (!isVariant(text[i] as string)) continue;
      const key = plain(text.slice(i, i + 2));
      const escaped = escapeSearch(key);
      const unfolded = count(text, key);
      const folded = count(plain(text), key);
      if (escaped === null || unfolded === folded) continue;
      const found = await Word.run(async (context) => {
        const paragraph = context.document.body.paragraphs;
        paragraph.load('items/text');
        await context.sync();
        const results = (paragraph.items[index] as Word.Paragraph)
          .search(escaped, { matchCase: true })
          .load('items');
        await context.sync();
        return results.items.length;
      });
      if (found === folded) return true;
      if (found === unfolded) return false;
    }
  }
  return null;
}

const foldQuotes = (text: string) =>
  text.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
const foldWidth = (text: string) =>
  text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

async function probeCaret(texts: readonly string[]): Promise<boolean | null> {
  const index = texts.findIndex((t) => t.includes('^'));
  if (index < 0) return null;
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const results = (paragraphs.items[index] as Word.Paragraph).search('^^').load('items/text');
    await context.sync();
    return (
      results.items.length === count(texts[index] as string, '^') &&
      results.items.every((r) => r.text === '^')
    );
  });
}

async function probeSearchLength(length: number): Promise<string> {
  try {
    await Word.run(async (context) => {
      context.document.body.search('议'.repeat(length), { matchCase: true }).load('items');
      await context.sync();
    });
    return 'ok';
  } catch (error) {
    return code(error);
  }
}

async function probeListItems(
  read: Read,
): Promise<{ listItem: ProbeFields['listItem']; strings: ProbeFields['listStrings'] }> {
  const indexes = read.list.flatMap((isList, i) => (isList ? [i] : []));
  if (indexes.length === 0) return { listItem: null, strings: [] };
  const labels = new Map<string, { listString: string; level: number }>();
  let failed = false;
  const load = (batch: readonly number[]) =>
    Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const items = batch.map((i) =>
        (paragraphs.items[i] as Word.Paragraph).listItemOrNullObject.load('listString,level'),
      );
      await context.sync();
      for (const item of items) {
        if (!item.isNullObject) {
          labels.set(`${item.listString}\u0000${item.level}`, {
            listString: item.listString,
            level: item.level,
          });
        }
      }
    });
  try {
    await load(indexes);
  } catch {
    failed = true;
    for (const i of indexes) await load([i]).catch(() => undefined);
  }
  const chinese = /^[（(]?[一二三四五六七八九十]+[）)]?、?$/;
  return {
    listItem: failed ? 'throwsOnTracked' : 'ok',
    strings: [...labels.values()].filter((l) => chinese.test(l.listString.trim())).slice(0, 30),
  };
}

/**
 * What `highlightColor` reports for a paragraph whose first and last characters differ in
 * highlight (so it is mixed): '' as documented, or null (#5997). Null when no such paragraph.
 */
async function probeMixedHighlight(
  texts: readonly string[],
): Promise<ProbeFields['mixedHighlight']> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const probes = texts.flatMap((text, i) => {
      const first = escapeSearch(text[0] ?? '');
      const last = escapeSearch(text[text.length - 1] ?? '');
      if (text.length < 2 || first === null || last === null) return [];
      const paragraph = paragraphs.items[i] as Word.Paragraph;
      return [
        {
          whole: paragraph.getRange('Content').font.load('highlightColor'),
          first: paragraph.search(first, { matchCase: true }).load('items/font/highlightColor'),
          last: paragraph.search(last, { matchCase: true }).load('items/font/highlightColor'),
        },
      ];
    });
    await context.sync();
    for (const probe of probes) {
      const a = probe.first.items[0]?.font.highlightColor;
      const b = probe.last.items[probe.last.items.length - 1]?.font.highlightColor;
      if (a === undefined || b === undefined || a === b) continue;
      if (probe.whole.highlightColor === '') return 'empty';
      if (probe.whole.highlightColor === null) return 'null';
    }
    return null;
  });
}

async function probeReviewedText(
  texts: readonly string[],
): Promise<Pick<ProbeFields, 'reviewedText' | 'deletedTextInText'>> {
  if (
    !Office.context.requirements.isSetSupported('WordApi', '1.4') ||
    !hasMethod('Paragraph', 'getReviewedText')
  ) {
    return { reviewedText: 'unavailable', deletedTextInText: null };
  }
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    await context.sync();
    const current = paragraphs.items
      .slice(0, texts.length)
      .map((p) => p.getReviewedText('Current'));
    const deletions = hasMethod('Body', 'getTrackedChanges')
      ? context.document.body.getTrackedChanges().load('items/type')
      : null;
    await context.sync();
    const differs = current.some((c, i) => c.value !== texts[i]);
    const hasDeletions = deletions?.items.some((t) => t.type === 'Deleted') ?? null;
    return {
      reviewedText: differs ? 'differs' : 'same',
      // Known only if something differs, or if Word can list its tracked deletions (WordApi 1.6).
      deletedTextInText: differs ? true : hasDeletions === true ? false : null,
    };
  });
}

function probeAnnotations(): Promise<ProbeFields['annotations']> {
  if (
    !Office.context.requirements.isSetSupported('WordApi', '1.7') ||
    !hasMethod('Paragraph', 'insertAnnotations') ||
    !hasMethod('Paragraph', 'getAnnotations')
  ) {
    return Promise.resolve('missing');
  }
  // Read-only: only getAnnotations can be tried (insertAnnotations would write).
  return Word.run(async (context) => {
    const first = context.document.body.paragraphs.getFirst();
    first.getAnnotations().load('items/id');
    await context.sync();
    return 'available' as const;
  }).catch(() => 'throws' as const);
}

export async function runProbes(): Promise<ProbeReport> {
  const errors: ProbeReport['errors'] = [];
  const attempt = async <T>(probe: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      errors.push({ probe, code: code(error) });
      return fallback;
    }
  };
  const read = await attempt('paragraphs', readParagraphs, {
    texts: [],
    styles: [],
    outline: [],
    list: [],
  });
  const lists = await attempt('listItem', () => probeListItems(read), {
    listItem: null,
    strings: [],
  });
  const reviewed = await attempt('reviewedText', () => probeReviewedText(read.texts), {
    reviewedText: 'unavailable' as const,
    deletedTextInText: null,
  });
  const outlineLevels = new Map<string, { styleBuiltIn: string; outlineLevel: number }>();
  read.styles.forEach((styleBuiltIn, i) => {
    const outlineLevel = read.outline[i] as number;
    outlineLevels.set(`${styleBuiltIn}\u0000${outlineLevel}`, { styleBuiltIn, outlineLevel });
  });
  const fields: ProbeFields = {
    annotations: await attempt('annotations', probeAnnotations, null),
    deletedTextInText: reviewed.deletedTextInText,
    listItem: lists.listItem,
    mixedHighlight: await attempt('mixedHighlight', () => probeMixedHighlight(read.texts), null),
    searchFoldsQuotes: await attempt(
      'searchFoldsQuotes',
      () => probeFolding(read.texts, (ch) => /[\u201c\u201d\u2018\u2019]/.test(ch), foldQuotes),
      null,
    ),
    searchFoldsWidth: await attempt(
      'searchFoldsWidth',
      () => probeFolding(read.texts, (ch) => /[\uff01-\uff5e]/.test(ch), foldWidth),
      null,
    ),
    caretEscapes: await attempt('caretEscapes', () => probeCaret(read.texts), null),
    searchLimit: { at255: await probeSearchLength(255), at256: await probeSearchLength(256) },
    outlineLevels: [...outlineLevels.values()],
    listStrings: lists.strings,
    reviewedText: reviewed.reviewedText,
  };
  return {
    probe: 'speechdesk-word-probe',
    version: 1,
    host: {
      platform: String(Office.context?.platform ?? 'unknown'),
      wordApi: highestWordApi(),
      userAgent: typeof navigator === 'undefined' ? '' : navigator.userAgent,
    },
    fields,
    errors,
  };
}
