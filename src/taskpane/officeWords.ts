/**
 * The words an office library allows (`"allow": [...]` beside its skeletons and phrases): the
 * check passes them to the engine so no rule flags the office's own names. A file that cannot be
 * read adds nothing here; 起草 reports its problems when it loads the same files.
 */
import type { FetchText } from './draft/officeLibrary';

export async function officeAllowWords(
  urls: readonly string[],
  fetchText: FetchText = (url) => fetch(url),
): Promise<string[]> {
  const lists = await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetchText(url);
        if (!response.ok) return [];
        const parsed = JSON.parse(await response.text()) as { allow?: unknown };
        return Array.isArray(parsed.allow)
          ? parsed.allow.filter(
              (w): w is string => typeof w === 'string' && w.trim() !== '' && w.length <= 40,
            )
          : [];
      } catch {
        return [];
      }
    }),
  );
  return [...new Set(lists.flat())];
}
