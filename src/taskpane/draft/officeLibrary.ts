/**
 * An office's own skeletons and phrases, shipped beside the add-in or at an address the
 * administrator sets: fetched, validated entry by entry, and merged over the shipped library.
 * A file that cannot be fetched or parsed is one problem; a bad entry is one problem; the rest loads.
 */
import {
  loadLibrary,
  mergeLibraries,
  shippedLibrary,
  type Library,
  type LibraryProblem,
} from '../../templates';

export type FetchText = (
  url: string,
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export async function loadOfficeLibraries(
  urls: readonly string[],
  fetchText: FetchText = (url) => fetch(url),
): Promise<{ library: Library; problems: LibraryProblem[] }> {
  const loaded = await Promise.all(
    urls.map(async (url): Promise<{ library?: Library; problems: LibraryProblem[] }> => {
      try {
        const response = await fetchText(url);
        if (!response.ok)
          return { problems: [{ file: url, entry: 'file', reason: `HTTP ${response.status}` }] };
        return loadLibrary(JSON.parse(await response.text()), { file: url });
      } catch (error) {
        return { problems: [{ file: url, entry: 'file', reason: (error as Error).message }] };
      }
    }),
  );
  const libraries = loaded.flatMap((l) => (l.library ? [l.library] : []));
  return {
    library: mergeLibraries(shippedLibrary(), ...libraries),
    problems: loaded.flatMap((l) => l.problems),
  };
}
