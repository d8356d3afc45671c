/**
 * The 起草 tab as the pane mounts it: the shipped library merged with the office's libraries
 * (loaded once, when the tab is first shown), personal phrases in the pane's storage, insertion
 * through Office.js, and every change to the document reported to the checker so the 检查 tab
 * marks its results as out of date. Loaded as its own chunk: the library and pinyin search are
 * not needed until the writer drafts.
 */
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { KeyValueStorage, Library, LibraryProblem } from '../../templates';
import { officeDrafting, type SpeechDeskDrafting } from '../../word/insert';
import { useI18n } from '../i18n';
import { useCheckerContext } from '../state/useChecker';
import { DraftTab } from './DraftTab';
import { loadOfficeLibraries, type FetchText } from './officeLibrary';
import { draftStrings } from './strings';

export interface DraftPanelProps {
  /** Insertion into Word; Office.js (which the browser stand-in also serves) by default. */
  drafting?: SpeechDeskDrafting;
  /** The office libraries this deployment configured (deployConfig.ts). */
  libraryUrls?: readonly string[];
  fetchLibrary?: FetchText;
  storage?: KeyValueStorage;
}

type LibraryState =
  | { state: 'shipped' }
  | { state: 'loading' }
  | { state: 'loaded'; library: Library; problems: LibraryProblem[] };

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Problems shown in full up to this many; an office library with more is broken as a whole. */
const SHOWN_PROBLEMS = 5;

export function DraftPanel(props: DraftPanelProps) {
  const { locale } = useI18n();
  const t = useMemo(() => draftStrings(locale), [locale]);
  const styles = useStyles();
  const { markDocumentChanged } = useCheckerContext();
  const { libraryUrls, fetchLibrary } = props;
  const wanted = libraryUrls !== undefined && libraryUrls.length > 0;
  const [loaded, setLoaded] = useState<LibraryState>(() =>
    wanted ? { state: 'loading' } : { state: 'shipped' },
  );

  useEffect(() => {
    if (!libraryUrls || libraryUrls.length === 0) return;
    let live = true;
    void loadOfficeLibraries(libraryUrls, fetchLibrary).then(
      ({ library, problems }) => live && setLoaded({ state: 'loaded', library, problems }),
    );
    return () => {
      live = false;
    };
  }, [libraryUrls, fetchLibrary]);

  const problems = loaded.state === 'loaded' ? loaded.problems : [];
  return (
    <div className={styles.panel}>
      {loaded.state === 'loading' && (
        <Spinner size="tiny" labelPosition="after" label={t('libraryLoading')} />
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('libraryProblems', {
              count: problems.length,
              list: problems
                .slice(0, SHOWN_PROBLEMS)
                .map((p) => `${p.file}: ${p.entry}: ${p.reason}`)
                .join('；'),
            })}
            {problems.length > SHOWN_PROBLEMS && <Caption1> …</Caption1>}
          </MessageBarBody>
        </MessageBar>
      )}
      <DraftTab
        drafting={props.drafting ?? officeDrafting}
        library={loaded.state === 'loaded' ? loaded.library : undefined}
        storage={props.storage}
        onDocumentChanged={markDocumentChanged}
      />
    </div>
  );
}
