/**
 * The pane's state and every action on it: read → check → show, and the Word operations on
 * findings. Components call these actions and never touch Word; each Word failure becomes a
 * MessageBar with what to do next.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { AnyRule, CheckResult, Finding, Localized, SpeechDocument } from '../../core';
import { findingKey, type SpeechDeskWord, type WordDocument } from '../../word/api';
import { localIsoDate } from '../dates';
import type { MessageKey, UiLocale } from '../i18n';
import type { CheckProgress } from '../runCheck';
import { configFrom, type RuleSettings } from '../userSettings';

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  key: MessageKey;
  data?: Record<string, string | number>;
}

export interface PaneError {
  /** What to do next, as a UI string key. */
  key: MessageKey;
  /** A more specific message from the Word adapter (WordAdapterError.userMessage), shown instead. */
  userMessage?: Localized;
  /** Technical detail for the administrator. */
  detail: string;
  retry?: () => void;
}

export type CheckStatus = 'idle' | 'checking' | 'done';

export interface CheckerOptions {
  word: SpeechDeskWord;
  locale: UiLocale;
  ruleSettings: RuleSettings;
  rules?: readonly AnyRule[];
  now?: () => Date;
  yieldToUi?: () => Promise<void>;
  /** The user's own list of words never to flag (本单位), from user settings. */
  personalAllow?: readonly string[];
  /** Adds a word to the personal list (user settings). */
  addPersonalWord?(word: string): void;
  /** The office libraries' allowed words, fetched at the first check. */
  loadOfficeAllow?: () => Promise<readonly string[]>;
}

/** Words kept in the document's ignore store, next to finding keys: `word:一带一路`. */
const WORD_PREFIX = 'word:';

export function allowedWordsOf(ignored: ReadonlySet<string>): string[] {
  return [...ignored]
    .filter((k) => k.startsWith(WORD_PREFIX))
    .map((k) => k.slice(WORD_PREFIX.length));
}

export interface Checker {
  status: CheckStatus;
  progress?: CheckProgress;
  result?: CheckResult;
  /** The document as it was checked: finding offsets refer to these texts. */
  checkedDoc?: SpeechDocument;
  /** The date the user chose, saved with the document; undefined means "detect". */
  userDate?: string;
  ignored: ReadonlySet<string>;
  notice?: Notice;
  /**
   * What Word told about reading or marking the document (tracked changes, list labels, marks
   * that fell back to highlights): each shown once while the pane lives, until dismissed.
   */
  notes: readonly Localized[];
  dismissNote(note: Localized): void;
  error?: PaneError;
  busy: boolean;
  /** The pane itself changed the document (e.g. 起草 inserted text) since the last check. */
  documentChanged: boolean;
  /** Marks the shown results as out of date; the next check clears the mark. */
  markDocumentChanged(): void;
  isIgnored(finding: Finding): boolean;
  startCheck(): Promise<void>;
  setUserDate(date: string | undefined): Promise<void>;
  ignore(finding: Finding): Promise<void>;
  unignore(finding: Finding): Promise<void>;
  goTo(finding: Finding): Promise<void>;
  /** Write fixes as tracked changes (修订); only offered where Word supports it. */
  trackChanges: boolean;
  setTrackChanges(value: boolean): void;
  /** Writes the replacements and re-checks; resolves true when every one was written. */
  applyReplacements(
    requests: ReadonlyArray<{ finding: Finding; replacement: string }>,
    options?: { doneKey?: MessageKey },
  ): Promise<boolean>;
  markAll(findings: readonly Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  addComments(findings: readonly Finding[]): Promise<void>;
  /** Deletes only the comments SpeechDesk added; absent where the adapter cannot. */
  removeOwnComments?: () => Promise<void>;
  /** Stops flagging a word: in this document's ignore store, or in the personal list. Re-checks. */
  ignoreWord(word: string, where: 'document' | 'personal'): Promise<void>;
  dismissNotice(): void;
  dismissError(): void;
}

/** The adapter's own zh/en explanation, when the error carries one. */
function userMessageOf(error: unknown): Localized | undefined {
  const message = (error as { userMessage?: Partial<Localized> } | null)?.userMessage;
  return typeof message?.zh === 'string' && typeof message.en === 'string'
    ? { zh: message.zh, en: message.en }
    : undefined;
}

function paneError(key: MessageKey, cause: unknown, retry?: () => void): PaneError {
  return { key, detail: detailOf(cause), userMessage: userMessageOf(cause), retry };
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The engine and its rules, loaded on demand (webpack makes it its own chunk). */
function loadEngine() {
  return import(/* webpackChunkName: "engine" */ '../runCheck');
}

export function useChecker(options: CheckerOptions): Checker {
  const { word, locale, ruleSettings, rules } = options;
  const now = options.now ?? (() => new Date());
  const [status, setStatus] = useState<CheckStatus>('idle');
  const [progress, setProgress] = useState<CheckProgress>();
  const [result, setResult] = useState<CheckResult>();
  const [checkedDoc, setCheckedDoc] = useState<SpeechDocument>();
  const [userDate, setUserDateState] = useState<string>();
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>();
  const [notes, setNotes] = useState<readonly Localized[]>([]);
  // Notes already shown (by their Chinese text): a re-check or a second marking does not repeat them.
  const shownNotes = useRef(new Set<string>());
  const addNotes = useCallback((incoming: readonly Localized[] | undefined) => {
    const fresh = (incoming ?? []).filter((note) => !shownNotes.current.has(note.zh));
    if (fresh.length === 0) return;
    for (const note of fresh) shownNotes.current.add(note.zh);
    setNotes((current) => [...current, ...fresh]);
  }, []);
  const dismissNote = useCallback(
    (note: Localized) => setNotes((current) => current.filter((n) => n.zh !== note.zh)),
    [],
  );
  const [error, setError] = useState<PaneError>();
  const [busy, setBusy] = useState(false);
  const [trackChanges, setTrackChanges] = useState(false);
  const [documentChanged, setDocumentChanged] = useState(false);
  // Counts changes, so a check that read the document before a change does not clear the mark.
  const changes = useRef(0);
  const markDocumentChanged = useCallback(() => {
    changes.current += 1;
    setDocumentChanged(true);
  }, []);
  // Actions read the latest values through refs, so a re-check right after a save sees them.
  const personalAllow = options.personalAllow;
  const latest = useRef({ userDate, ignored, checkedDoc, ruleSettings, locale, personalAllow });
  latest.current = { userDate, ignored, checkedDoc, ruleSettings, locale, personalAllow };
  const officeAllow = useRef<Promise<readonly string[]>>(undefined);
  // Rule names in Chinese for comments, from the rules of the last check.
  const ruleNames = useRef<Record<string, string>>({});

  // Fetch the engine while the user looks at the pane: it is a separate chunk, off the first paint.
  useEffect(() => void loadEngine().catch(() => undefined), []);

  useEffect(() => {
    let live = true;
    word.loadDocumentSettings().then(
      (saved) => {
        if (!live) return;
        setUserDateState(saved.speechDate);
        setIgnored(new Set(saved.ignored));
      },
      (cause: unknown) => live && setError(paneError('errorWord', cause)),
    );
    return () => {
      live = false;
    };
  }, [word]);

  const startCheck = useCallback(async (): Promise<void> => {
    setStatus('checking');
    setError(undefined);
    setProgress(undefined);
    const changesBefore = changes.current;
    let doc: WordDocument;
    try {
      doc = await word.readDocument();
      addNotes(doc.notes);
    } catch (cause) {
      setStatus(latest.current.checkedDoc ? 'done' : 'idle');
      setError(paneError('errorRead', cause, () => void startCheck()));
      return;
    }
    try {
      officeAllow.current ??= (options.loadOfficeAllow?.() ?? Promise.resolve([])).catch(() => []);
      const office = await officeAllow.current;
      const engine = await loadEngine();
      const ruleList = rules ?? engine.allRules;
      const checked = await engine.runCheck(doc, {
        today: localIsoDate(now()),
        speechDate: latest.current.userDate,
        locale: latest.current.locale,
        config: {
          ...configFrom(
            latest.current.ruleSettings,
            ruleList.map((rule) => rule.id),
          ),
          allow: [
            ...allowedWordsOf(latest.current.ignored),
            ...(latest.current.personalAllow ?? []),
            ...office,
          ],
        },
        rules: ruleList,
        onProgress: setProgress,
        yieldToUi: options.yieldToUi,
      });
      ruleNames.current = Object.fromEntries(ruleList.map((rule) => [rule.id, rule.title.zh]));
      setCheckedDoc(doc);
      setResult(checked);
      if (changes.current === changesBefore) setDocumentChanged(false);
      setStatus('done');
    } catch (cause) {
      setStatus(latest.current.checkedDoc ? 'done' : 'idle');
      setError(paneError('errorCheck', cause, () => void startCheck()));
    }
    // `now` and `yieldToUi` are host constants that never change while the pane lives.
  }, [word, rules, addNotes]);

  const saveSettings = useCallback(
    async (next: { speechDate?: string; ignored: ReadonlySet<string> }): Promise<boolean> => {
      try {
        await word.saveDocumentSettings({
          speechDate: next.speechDate,
          ignored: [...next.ignored],
        });
        return true;
      } catch (cause) {
        setError(paneError('errorSettings', cause));
        return false;
      }
    },
    [word],
  );

  // Keys use the paragraph as checked, so an ignored finding stays ignored until its paragraph changes.
  const keyOf = useCallback(
    (finding: Finding): string =>
      findingKey(finding, checkedDoc?.paragraphs[finding.paragraph]?.text ?? ''),
    [checkedDoc],
  );

  const isIgnored = useCallback(
    (finding: Finding) => ignored.has(keyOf(finding)),
    [ignored, keyOf],
  );

  const setUserDate = useCallback(
    async (date: string | undefined): Promise<void> => {
      setUserDateState(date);
      latest.current.userDate = date;
      const saved = await saveSettings({ speechDate: date, ignored: latest.current.ignored });
      if (saved && latest.current.checkedDoc) await startCheck();
    },
    [saveSettings, startCheck],
  );

  const changeIgnored = useCallback(
    async (finding: Finding, add: boolean): Promise<void> => {
      const next = new Set(latest.current.ignored);
      if (add) next.add(keyOf(finding));
      else next.delete(keyOf(finding));
      setIgnored(next);
      latest.current.ignored = next;
      await saveSettings({ speechDate: latest.current.userDate, ignored: next });
    },
    [keyOf, saveSettings],
  );

  /** Runs one Word operation with the busy flag and turns failure into a MessageBar. */
  const withWord = useCallback(
    async (operation: () => Promise<Notice | undefined>): Promise<void> => {
      setBusy(true);
      setError(undefined);
      try {
        const outcome = await operation();
        setNotice(outcome);
      } catch (cause) {
        setError(paneError('errorWord', cause));
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const goTo = useCallback(
    (finding: Finding) =>
      withWord(async () => {
        await word.goToFinding(finding);
        return undefined;
      }),
    [withWord, word],
  );

  const applyReplacements = useCallback(
    async (
      requests: ReadonlyArray<{ finding: Finding; replacement: string }>,
      options?: { doneKey?: MessageKey },
    ): Promise<boolean> => {
      let complete = false;
      await withWord(async () => {
        const paragraphTexts = (latest.current.checkedDoc?.paragraphs ?? []).map((p) => p.text);
        const tracked = trackChanges && word.capabilities().trackChanges;
        const outcome = await word.applyFixes(requests, { trackChanges: tracked, paragraphTexts });
        await startCheck();
        if (outcome.stale.length > 0)
          return { intent: 'warning', key: 'staleN', data: { count: outcome.stale.length } };
        complete = true;
        return {
          intent: 'success',
          key: options?.doneKey ?? 'fixedN',
          data: { count: outcome.applied.length },
        };
      });
      return complete;
    },
    [withWord, word, startCheck, trackChanges],
  );

  const markAll = useCallback(
    (findings: readonly Finding[]) =>
      withWord(async (): Promise<Notice> => {
        const outcome = await word.markFindings(findings);
        addNotes(outcome.notes);
        return outcome.missing.length > 0
          ? {
              intent: 'warning',
              key: 'markedMissing',
              data: { count: outcome.marked, missing: outcome.missing.length },
            }
          : { intent: 'success', key: 'markedN', data: { count: outcome.marked } };
      }),
    [withWord, word, addNotes],
  );

  const clearMarks = useCallback(
    () =>
      withWord(async () => {
        const count = await word.clearMarks();
        return { intent: 'success', key: 'clearedN', data: { count } };
      }),
    [withWord, word],
  );

  const addComments = useCallback(
    (findings: readonly Finding[]) =>
      withWord(async (): Promise<Notice> => {
        const count = await word.addComments(findings, { ruleNames: ruleNames.current });
        return count === 0 && findings.length > 0
          ? { intent: 'info', key: 'commentsNoneNew' }
          : { intent: 'success', key: 'commentsN', data: { count } };
      }),
    [withWord, word],
  );

  const removeOwnComments = useMemo(() => {
    const remove = word.removeOwnComments?.bind(word);
    if (!remove) return undefined;
    return () =>
      withWord(async (): Promise<Notice> => {
        const count = await remove();
        return { intent: 'success', key: 'commentsRemovedN', data: { count } };
      });
  }, [withWord, word]);

  const addPersonalWord = options.addPersonalWord;
  const ignoreWord = useCallback(
    async (allowed: string, where: 'document' | 'personal'): Promise<void> => {
      if (where === 'personal') {
        addPersonalWord?.(allowed);
        latest.current.personalAllow = [...(latest.current.personalAllow ?? []), allowed];
      } else {
        const next = new Set(latest.current.ignored);
        next.add(WORD_PREFIX + allowed);
        setIgnored(next);
        latest.current.ignored = next;
        if (!(await saveSettings({ speechDate: latest.current.userDate, ignored: next }))) return;
      }
      await startCheck();
      setNotice({ intent: 'success', key: 'ignoredWordN', data: { word: allowed } });
    },
    [addPersonalWord, saveSettings, startCheck],
  );

  return useMemo(
    () => ({
      status,
      progress,
      result,
      checkedDoc,
      userDate,
      ignored,
      notice,
      notes,
      dismissNote,
      error,
      busy,
      documentChanged,
      markDocumentChanged,
      isIgnored,
      startCheck,
      setUserDate,
      ignore: (finding: Finding) => changeIgnored(finding, true),
      unignore: (finding: Finding) => changeIgnored(finding, false),
      goTo,
      trackChanges,
      setTrackChanges,
      applyReplacements,
      markAll,
      clearMarks,
      addComments,
      removeOwnComments,
      ignoreWord,
      dismissNotice: () => setNotice(undefined),
      dismissError: () => setError(undefined),
    }),
    [
      status,
      progress,
      result,
      checkedDoc,
      userDate,
      ignored,
      notice,
      notes,
      dismissNote,
      error,
      busy,
      documentChanged,
      markDocumentChanged,
      isIgnored,
      startCheck,
      setUserDate,
      changeIgnored,
      goTo,
      trackChanges,
      setTrackChanges,
      applyReplacements,
      markAll,
      clearMarks,
      addComments,
      removeOwnComments,
      ignoreWord,
    ],
  );
}

export const CheckerContext = createContext<Checker | undefined>(undefined);

export function useCheckerContext(): Checker {
  const checker = useContext(CheckerContext);
  if (!checker) throw new Error('useCheckerContext() needs a <CheckerContext.Provider> above it');
  return checker;
}
