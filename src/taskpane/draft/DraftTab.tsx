/**
 * 起草: browse the drafting library by speech type and theme, search by keyword or pinyin
 * initials (`wy` finds 五要), preview, and insert at the cursor or in place of the selection.
 * Personal phrases are saved from the selection, edited, deleted, exported and imported.
 * Word is reached only through the `drafting` prop.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  mergeLibraries,
  PERSONAL_THEME,
  pickSections,
  PersonalPhraseStore,
  renderPhrase,
  renderSkeleton,
  searchLibrary,
  sectionRange,
  sectionsPresent,
  shippedLibrary,
  SPEECH_TYPES,
  themesOf,
  type KeyValueStorage,
  type Library,
  type LibraryItem,
  type Phrase,
} from '../../templates';
import type { SpeechDeskDrafting } from '../../word/insert';
import { useI18n } from '../i18n';
import { localIsoDate } from '../dates';
import { EntryNotice } from './EntryNotice';
import { WordContext } from '../wordContext';
import { draftStrings, type DraftKey } from './strings';

export interface DraftTabProps {
  drafting: SpeechDeskDrafting;
  /** Shipped library merged with the office's; defaults to the shipped one. */
  library?: Library;
  /** Where personal phrases live (localStorage in Word); in memory when absent. */
  storage?: KeyValueStorage;
  /** Called after the document changed, e.g. to re-check. */
  onDocumentChanged?: () => void;
  /** Today as YYYY-MM-DD, to warn about dated or seasonal entries; the host's clock by default. */
  today?: string;
}

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '16rem',
    overflowY: 'auto',
  },
  item: { listStyleType: 'none' },
  itemButton: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  addable: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    maxHeight: '18rem',
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase200,
  },
  line: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  heading1: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // The main button and its outcome stay in view at the pane's bottom edge while it scrolls.
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

type Status =
  | { intent: 'success' | 'warning'; text: string }
  | { intent: 'error'; text: string; detail?: string };

function errorText(error: unknown, locale: string): { text: string; detail?: string } {
  const user = (error as { userMessage?: { zh: string; en: string } }).userMessage;
  if (user) return { text: locale === 'en-US' ? user.en : user.zh };
  return { text: String((error as Error).message ?? error) };
}

const keyOf = (item: LibraryItem) => `${item.kind}:${item.entry.id}`;

export function DraftTab(props: DraftTabProps) {
  const { locale } = useI18n();
  const t = useMemo(() => draftStrings(locale), [locale]);
  const styles = useStyles();
  const store = useMemo(
    () => new PersonalPhraseStore(props.storage ?? memoryStorage()),
    [props.storage],
  );
  const [personal, setPersonal] = useState<Phrase[]>(() => store.list());
  const library = useMemo(
    () => mergeLibraries(props.library ?? shippedLibrary(), { skeletons: [], phrases: personal }),
    [props.library, personal],
  );
  const [query, setQuery] = useState('');
  const [speechType, setSpeechType] = useState('');
  const [theme, setTheme] = useState('');
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  const [sections, setSections] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  const [editing, setEditing] = useState<{ title: string; text: string } | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);

  const results = useMemo(
    () =>
      searchLibrary(library, query, {
        speechType: speechType || undefined,
        theme: theme || undefined,
      }),
    [library, query, speechType, theme],
  );
  const selected =
    results.find((i) => keyOf(i) === selectedKey) ?? libraryItem(library, selectedKey);
  const range = selected?.kind === 'skeleton' ? sectionRange(selected.entry) : undefined;
  const sectionCount = range
    ? Math.min(Math.max(sections ?? range.max, range.min), range.max)
    : undefined;
  const preview = useMemo(() => {
    if (!selected) return [];
    return selected.kind === 'skeleton'
      ? renderSkeleton(selected.entry, { sections: sectionCount })
      : renderPhrase(selected.entry);
  }, [selected, sectionCount]);
  // The document's paragraphs, to offer only the sections it does not have yet.
  const word = useContext(WordContext);
  const [documentTexts, setDocumentTexts] = useState<string[]>();
  const readDocumentTexts = useCallback(() => {
    if (!word) return;
    word.readDocument().then(
      (doc) => setDocumentTexts(doc.paragraphs.map((p) => p.text)),
      () => setDocumentTexts(undefined),
    );
  }, [word]);
  useEffect(() => {
    if (selected?.kind === 'skeleton') readDocumentTexts();
  }, [selectedKey, readDocumentTexts]);
  // Sections the document lacks (or, before it is read, those the chosen count left out).
  const addable = useMemo(() => {
    if (selected?.kind !== 'skeleton' || sectionCount === undefined) return [];
    const all = selected.entry.sections;
    if (documentTexts) {
      const present = sectionsPresent(documentTexts, all);
      if (present.some((at) => at >= 0))
        return all.flatMap((section, index) =>
          (present[index] ?? -1) >= 0 ? [] : [{ section, index }],
        );
    }
    const kept = new Set(pickSections(selected.entry, sectionCount));
    return all.flatMap((section, index) => (kept.has(section) ? [] : [{ section, index }]));
  }, [selected, sectionCount, documentTexts]);
  const isPersonal =
    selected?.kind === 'phrase' && personal.some((p) => p.id === selected.entry.id);

  const run = async (action: () => Promise<Status | undefined>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      const outcome = await action();
      if (outcome) setStatus(outcome);
    } catch (error) {
      setStatus({ intent: 'error', ...errorText(error, locale) });
    } finally {
      setBusy(false);
    }
  };

  const insert = (replaceSelection: boolean) =>
    run(async () => {
      if (!selected) return undefined;
      const outcome =
        selected.kind === 'skeleton'
          ? await props.drafting.insertSkeleton(selected.entry, {
              sections: sectionCount as number,
              replaceSelection,
            })
          : await props.drafting.insertPhrase(selected.entry, { replaceSelection });
      props.onDocumentChanged?.();
      readDocumentTexts();
      return {
        intent: 'success',
        text:
          outcome.fields > 0
            ? t('inserted', { paragraphs: outcome.paragraphs, fields: outcome.fields })
            : t('insertedNoFields', { paragraphs: outcome.paragraphs }),
      };
    });

  const addSection = (index: number) =>
    run(async () => {
      if (selected?.kind !== 'skeleton') return undefined;
      const section = selected.entry.sections[index];
      if (!section) return undefined;
      const placement = await props.drafting.addSection(section, selected.entry.sections);
      props.onDocumentChanged?.();
      readDocumentTexts();
      return { intent: 'success', text: t('sectionAdded', { number: placement.number }) };
    });

  const saveSelection = () =>
    run(async () => {
      const text = (await props.drafting.readSelectionText()).trim();
      if (text === '') return { intent: 'warning', text: t('emptySelection') };
      const phrase = store.save({ title: '', text });
      setPersonal(store.list());
      setSelectedKey(`phrase:${phrase.id}`);
      return { intent: 'success', text: t('saved', { title: phrase.title }) };
    });

  const saveEdit = () =>
    run(async () => {
      if (!editing || selected?.kind !== 'phrase') return undefined;
      store.update(selected.entry.id, editing);
      setPersonal(store.list());
      setEditing(undefined);
      return undefined;
    });

  const remove = () =>
    run(async () => {
      if (selected?.kind !== 'phrase') return undefined;
      store.remove(selected.entry.id);
      setPersonal(store.list());
      setSelectedKey(undefined);
      return { intent: 'success', text: t('deleted', { title: selected.entry.title }) };
    });

  const exportPhrases = () => {
    const blob = new Blob([store.exportJson()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = '我的常用语.json';
    link.click();
    URL.revokeObjectURL(url);
  };

  const importPhrases = (file: File) =>
    run(async () => {
      const outcome = store.importJson(await file.text(), { file: file.name });
      setPersonal(store.list());
      if (outcome.problems.length > 0) {
        const list = outcome.problems.map((p) => `${p.entry}: ${p.reason}`).join('；');
        return {
          intent: 'warning',
          text: t('importProblems', { count: outcome.problems.length, list }),
        };
      }
      return {
        intent: 'success',
        text: t('imported', { added: outcome.added, replaced: outcome.replaced }),
      };
    });

  const themes = useMemo(() => themesOf(library), [library]);
  const chosenIndex = results.findIndex((item) => keyOf(item) === selectedKey);
  const rovingIndex = chosenIndex >= 0 ? chosenIndex : 0;
  const moveInList = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('li > button')];
    const from = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = Math.max(0, Math.min(buttons.length - 1, (from < 0 ? 0 : from) + step));
    buttons.forEach((b, i) => (b.tabIndex = i === to ? 0 : -1));
    buttons[to]?.focus();
  };
  // Shown beside the buttons that caused it, where the writer is looking.
  const statusBar = status && (
    <StatusBar status={status} t={t} onDismiss={() => setStatus(undefined)} />
  );

  return (
    <div className={styles.tab}>
      <Field label={t('search')} hint={t('searchHint')}>
        <Input value={query} onChange={(_e, data) => setQuery(data.value)} type="search" />
      </Field>
      <div className={styles.filters}>
        <Field label={t('speechType')} size="small">
          <Select
            value={speechType}
            onChange={(_e, data) => setSpeechType(data.value)}
            size="small"
          >
            <option value="">{t('all')}</option>
            {Object.entries(SPEECH_TYPES).map(([id, label]) => (
              <option key={id} value={id}>
                {locale === 'en-US' ? label.en : label.zh}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('theme')} size="small">
          <Select value={theme} onChange={(_e, data) => setTheme(data.value)} size="small">
            <option value="">{t('all')}</option>
            {themes.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {results.length === 0 ? (
        <Caption1>{t('none')}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={t('results')} onKeyDown={moveInList}>
          {results.map((item, i) => (
            <li key={keyOf(item)} className={styles.item}>
              <Button
                appearance={keyOf(item) === selectedKey ? 'secondary' : 'subtle'}
                className={styles.itemButton}
                aria-pressed={keyOf(item) === selectedKey}
                // One Tab stop for the whole list (arrow keys move in it), not one per entry.
                tabIndex={i === rovingIndex ? 0 : -1}
                onClick={() => {
                  setSelectedKey(keyOf(item));
                  setSections(undefined);
                  setEditing(undefined);
                }}
              >
                {item.entry.title}
                <Caption1>
                  &nbsp;·&nbsp;
                  {item.kind === 'skeleton' ? t('skeleton') : (item.entry as Phrase).theme}
                </Caption1>
              </Button>
            </li>
          ))}
        </ul>
      )}

      {selected && (
        <>
          {range && (
            <Field label={t('sections')} hint={t('sectionsHint')} size="small">
              <Select
                size="small"
                value={String(sectionCount)}
                onChange={(_e, data) => setSections(Number(data.value))}
              >
                {Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i).map(
                  (n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ),
                )}
              </Select>
            </Field>
          )}
          <EntryNotice
            entry={selected.entry}
            today={props.today ?? localIsoDate(new Date())}
            locale={locale === 'en-US' ? 'en-US' : 'zh-CN'}
            t={t}
          />
          <div className={styles.preview} role="document" aria-label={t('preview')}>
            {preview.map((p, i) => (
              <p
                key={i}
                className={`${styles.line} ${p.role === 'heading1' ? styles.heading1 : ''}`}
              >
                {p.text}
              </p>
            ))}
          </div>
          <div className={styles.footer}>
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={() => void insert(true)}>
                {t('insertAtCursor')}
              </Button>
            </div>
            <Caption1>{t('insertHint')}</Caption1>
            {statusBar}
          </div>
          {addable.length > 0 && (
            <div className={styles.addable}>
              <Caption1>{t('addSectionHint')}</Caption1>
              <ul className={styles.list} aria-label={t('addSection')}>
                {addable.map(({ section, index }) => (
                  <li key={index} className={styles.item}>
                    <Button
                      size="small"
                      appearance="subtle"
                      className={styles.itemButton}
                      disabled={busy}
                      onClick={() => void addSection(index)}
                    >
                      {t('addSection')}：{section.heading}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {isPersonal && !editing && (
            <div className={styles.actions}>
              <Button
                size="small"
                onClick={() =>
                  setEditing({ title: selected.entry.title, text: (selected.entry as Phrase).text })
                }
              >
                {t('edit')}
              </Button>
              <Button size="small" disabled={busy} onClick={() => void remove()}>
                {t('delete')}
              </Button>
            </div>
          )}
          {isPersonal && editing && (
            <>
              <Field label={t('title')} size="small">
                <Input
                  value={editing.title}
                  onChange={(_e, data) => setEditing({ ...editing, title: data.value })}
                />
              </Field>
              <Field label={t('text')} size="small">
                <Textarea
                  value={editing.text}
                  resize="vertical"
                  onChange={(_e, data) => setEditing({ ...editing, text: data.value })}
                />
              </Field>
              <div className={styles.actions}>
                <Button size="small" appearance="primary" onClick={() => void saveEdit()}>
                  {t('saveChanges')}
                </Button>
                <Button size="small" onClick={() => setEditing(undefined)}>
                  {t('cancel')}
                </Button>
              </div>
            </>
          )}
        </>
      )}

      {!selected && statusBar}
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => void saveSelection()}>
          {t('saveSelection')}
        </Button>
        <Button size="small" disabled={personal.length === 0} onClick={exportPhrases}>
          {t('export')}
        </Button>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          {t('import')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('import')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importPhrases(file);
            event.target.value = '';
          }}
        />
      </div>
      <Caption1>
        {PERSONAL_THEME}：{personal.length}
      </Caption1>
    </div>
  );
}

function libraryItem(library: Library, key: string | undefined): LibraryItem | undefined {
  if (!key) return undefined;
  const [kind, id] = key.split(':');
  if (kind === 'skeleton') {
    const entry = library.skeletons.find((s) => s.id === id);
    return entry && { kind, entry };
  }
  const entry = library.phrases.find((p) => p.id === id);
  return entry && { kind: 'phrase', entry };
}

function StatusBar(props: { status: Status; t: (key: DraftKey) => string; onDismiss: () => void }) {
  const { status, t } = props;
  return (
    <MessageBar
      intent={status.intent}
      layout="multiline"
      role={status.intent === 'error' ? 'alert' : 'status'}
    >
      <MessageBarBody>
        {status.intent === 'error' && <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={props.onDismiss}>
          {t('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
