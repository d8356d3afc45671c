/** Mounts the pane into a page with a given Word adapter: used by Word (index.tsx) and the preview harness. */
import { createRoot, type Root } from 'react-dom/client';
import type { SpeechDeskWord } from '../word/api';
import { App, initialTab } from './App';
import { configuredLibraryUrls } from './deployConfig';
import { uiLocaleFor } from './i18n';
import type { OfficeThemeLike } from './theme';
import { browserStorage } from './userSettings';

export interface MountOptions {
  word: SpeechDeskWord;
  /** `Office.context.displayLanguage`. */
  displayLanguage?: string;
  /** `Office.context.officeTheme`. */
  officeTheme?: OfficeThemeLike;
  /** `location.search`, for `?tab=check` or `?tab=draft`. */
  search?: string;
  /** Office libraries for 起草; what the build configured by default. */
  libraryUrls?: readonly string[];
}

export function mountTaskpane(container: HTMLElement, options: MountOptions): Root {
  const root = createRoot(container);
  const locale = uiLocaleFor(options.displayLanguage);
  document.documentElement.lang = locale;
  root.render(
    <App
      word={options.word}
      locale={locale}
      officeTheme={options.officeTheme}
      storage={browserStorage()}
      initialTab={initialTab(options.search ?? '')}
      libraryUrls={options.libraryUrls ?? configuredLibraryUrls()}
    />,
  );
  return root;
}

/** What the pane reads from Office once it is ready; every field may be missing on old hosts. */
export function officeEnvironment(): Pick<MountOptions, 'displayLanguage' | 'officeTheme'> {
  const context = typeof Office === 'undefined' ? undefined : Office.context;
  let officeTheme: OfficeThemeLike | undefined;
  try {
    officeTheme = context?.officeTheme ?? undefined;
  } catch {
    // Some hosts throw instead of returning undefined for officeTheme.
    officeTheme = undefined;
  }
  return { displayLanguage: context?.displayLanguage, officeTheme };
}
