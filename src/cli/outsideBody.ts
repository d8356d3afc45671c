/** What a .docx holds outside the checked body, for the inspect, check and annotate outputs. */
import type { LoadedSpeech } from './readSpeech';

export const STORY_NAMES: Record<string, { zh: string; en: string }> = {
  textbox: { zh: '文本框', en: 'text box' },
  footnote: { zh: '脚注', en: 'footnote' },
  endnote: { zh: '尾注', en: 'endnote' },
  header: { zh: '页眉', en: 'header' },
  footer: { zh: '页脚', en: 'footer' },
  comment: { zh: '批注', en: 'comment' },
};

/** "文本框 2 段、脚注 3 段" — what a .docx holds that was read but not checked. */
export function outsideBodySummary(
  loaded: Pick<LoadedSpeech, 'docx'>,
  zh: boolean,
): string | undefined {
  const counts = new Map<string, number>();
  const fields = loaded.docx?.fieldResults.length ?? 0;
  for (const { story } of loaded.docx?.stories ?? [])
    counts.set(story, (counts.get(story) ?? 0) + 1);
  const parts = [...counts].map(([story, n]) => {
    const name = STORY_NAMES[story] ?? { zh: story, en: story };
    return zh ? `${name.zh} ${n} 段` : `${name.en} ${n} paragraph${n === 1 ? '' : 's'}`;
  });
  if (fields > 0) parts.unshift(zh ? `目录等域结果 ${fields} 段` : `TOC/index entries ${fields}`);
  if (parts.length === 0) return undefined;
  return zh ? `未检查：${parts.join('、')}` : `not checked: ${parts.join(', ')}`;
}
