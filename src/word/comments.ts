/**
 * Word comments for the reviewer's pass (WordApi 1.4): at most one per finding, in Chinese with
 * the rule's Chinese name, and removable again. The ids of the comments SpeechDesk added are
 * recorded in the document's settings, so a second run adds no duplicates and 删除本工具添加的批注
 * deletes exactly ours, never a colleague's comment.
 */
import type { Finding } from '../core';
import type { CommentOptions, WordCapabilities } from './api';
import { requireCapability } from './capabilities';
import { guarded } from './errors';
import { locateRanges, visibleSpan } from './locate';
import { save, settings } from './settings';
import { loadParagraphTexts } from './texts';

const COMMENTS = 'speechdesk.comments.v1';

/** One comment SpeechDesk added: Word's id and the finding it stands for. */
export interface CommentRecord {
  id: string;
  key: string;
}

/**
 * What makes a comment "the same finding" on a later run: the rule, its message and the text
 * around the spot, so edits elsewhere in the paragraph do not make a duplicate.
 */
export function commentKey(finding: Finding, paragraphText: string): string {
  const around = paragraphText.slice(
    Math.max(0, finding.offset - 8),
    finding.offset + finding.length + 8,
  );
  return `${finding.rule}|${finding.message}|${around}`;
}

/** 【讲稿助手·过时提法】message 建议：“…”。 — no English rule id in the reader's document. */
export function commentText(finding: Finding, ruleName?: string): string {
  const suggestion = finding.fix?.replacement ?? finding.suggestions?.[0];
  const advice =
    suggestion === undefined ? '' : `建议：${suggestion === '' ? '删除' : `“${suggestion}”`}。`;
  const head = ruleName ? `【讲稿助手·${ruleName}】` : '【讲稿助手】';
  return `${head}${finding.message}${advice}`;
}

export function loadCommentRecords(): CommentRecord[] {
  const raw = settings().get(COMMENTS) as unknown;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (r): r is CommentRecord =>
      typeof (r as CommentRecord | null)?.id === 'string' &&
      typeof (r as CommentRecord).key === 'string',
  );
}

function saveCommentRecords(records: readonly CommentRecord[]): Promise<void> {
  if (records.length === 0) settings().remove(COMMENTS);
  else settings().set(COMMENTS, [...records]);
  return save();
}

/**
 * Adds a comment per finding still found in the document and not commented on before by
 * SpeechDesk. Returns how many were added. Three syncs whatever the count (one more with tracked
 * changes, one per paragraph when a batched search fails).
 */
export function addComments(
  findings: readonly Finding[],
  capabilities: WordCapabilities,
  options: CommentOptions = {},
): Promise<number> {
  return guarded(async () => {
    requireCapability(capabilities, 'comments');
    return Word.run(async (context) => {
      // The check saw the current text (without tracked deletions): compare and search in it.
      let existing: Word.CommentCollection | undefined;
      const texts = await loadParagraphTexts(context, [], () => {
        existing = context.document.body.getComments();
        existing.load('items/id');
      });
      const comments = (existing as Word.CommentCollection).items;

      // Records of comments the user has since deleted no longer count.
      const present = new Set(comments.map((c) => c.id));
      const records = loadCommentRecords().filter((r) => present.has(r.id));
      const done = new Set(records.map((r) => r.key));
      const todo: Array<{ finding: Finding; key: string }> = [];
      for (const f of findings) {
        const text = texts.current[f.paragraph];
        if (text === undefined || text.slice(f.offset, f.offset + f.length) !== f.text) continue;
        const key = commentKey(f, text);
        if (done.has(key)) continue;
        done.add(key);
        todo.push({ finding: f, key });
      }
      // A failed batch search is retried per paragraph (locateRanges); SearchDialogIsOpen stops
      // the run with its own message before anything is added.
      const ranges = await locateRanges(
        context,
        texts.paragraphs.items,
        todo.map(({ finding: f }) => {
          const [start, end] = visibleSpan(
            texts.current[f.paragraph] as string,
            f.offset,
            f.length,
          );
          return { paragraph: f.paragraph, start, end };
        }),
        texts.current,
      );
      const added: Array<{ comment: Word.Comment; key: string }> = [];
      ranges.forEach((range, i) => {
        const item = todo[i];
        if (!range || !item) return;
        const comment = range.insertComment(
          commentText(item.finding, options.ruleNames?.[item.finding.rule]),
        );
        comment.load('id');
        added.push({ comment, key: item.key });
      });
      await context.sync();
      if (added.length > 0 || records.length !== loadCommentRecords().length) {
        await saveCommentRecords([
          ...records,
          ...added.map(({ comment, key }) => ({ id: comment.id, key })),
        ]);
      }
      return added.length;
    });
  });
}

/** Deletes the comments SpeechDesk added (by recorded id) and nothing else. Returns how many. */
export function removeOwnComments(capabilities: WordCapabilities): Promise<number> {
  return guarded(async () => {
    requireCapability(capabilities, 'comments');
    return Word.run(async (context) => {
      const existing = context.document.body.getComments();
      existing.load('items/id');
      await context.sync();
      const ours = new Set(loadCommentRecords().map((r) => r.id));
      let removed = 0;
      for (const comment of existing.items) {
        if (!ours.has(comment.id)) continue;
        comment.delete();
        removed++;
      }
      await context.sync();
      await saveCommentRecords([]);
      return removed;
    });
  });
}
