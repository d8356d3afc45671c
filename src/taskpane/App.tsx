/**
 * The task pane: Fluent provider with the Office theme, UI language, the Word adapter in context,
 * and the tabs 起草 · 检查 · 大纲 · 占位符 · 设置. The ribbon's buttons open `?tab=draft` or
 * `?tab=check`; any other address opens on 检查.
 */
import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AnyRule } from '../core';
import type { SpeechDeskWord } from '../word/api';
import type { SpeechDeskDrafting } from '../word/insert';
import { CheckTab } from './components/CheckTab';
import type { FetchText } from './draft/officeLibrary';
import { draftStrings } from './draft/strings';
import { I18nContext, translator, type UiLocale } from './i18n';
import { officeAllowWords } from './officeWords';
import { PaneFrameContext, scrollerOf, type PaneFrame, type PaneTabId } from './paneContext';
import { CheckerContext, useChecker } from './state/useChecker';
import { fluentThemeFor, type OfficeThemeLike } from './theme';
import {
  loadPersonalAllow,
  loadRuleSettings,
  savePersonalAllow,
  saveRuleSettings,
  type RuleSettings,
} from './userSettings';
import { WordContext } from './wordContext';

// 检查 is in the first script; the others load on first use to keep it small (起草 brings the
// library and pinyin search).
const DraftPanel = lazy(() =>
  import('./draft/DraftPanel').then((m) => ({ default: m.DraftPanel })),
);
const OutlineTab = lazy(() =>
  import('./components/OutlineTab').then((m) => ({ default: m.OutlineTab })),
);
const PlaceholdersTab = lazy(() =>
  import('./components/PlaceholdersTab').then((m) => ({ default: m.PlaceholdersTab })),
);
const SettingsTab = lazy(() =>
  import('./components/SettingsTab').then((m) => ({ default: m.SettingsTab })),
);

export type TabId = PaneTabId;
const TABS: readonly TabId[] = ['draft', 'check', 'outline', 'placeholders', 'settings'];

/** `?tab=draft` opens 起草, `?tab=check` 检查; unknown or missing tabs open on 检查. */
export function initialTab(search: string): TabId {
  const asked = new URLSearchParams(search).get('tab');
  return TABS.find((tab) => tab === asked) ?? 'check';
}

export interface AppProps {
  word: SpeechDeskWord;
  locale: UiLocale;
  officeTheme?: OfficeThemeLike;
  /** Where per-user rule settings live; undefined keeps them in memory only. */
  storage?: Storage;
  initialTab?: TabId;
  /** Rules to run; the shipped catalog by default (tests pass small sets). */
  rules?: readonly AnyRule[];
  now?: () => Date;
  yieldToUi?: () => Promise<void>;
  /** Insertion for 起草; Office.js by default (tests pass fakes). */
  drafting?: SpeechDeskDrafting;
  /** Office libraries to merge over the shipped one (deployConfig.ts in Word). */
  libraryUrls?: readonly string[];
  fetchLibrary?: FetchText;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Sticky: the tabs and the shown tab's primary actions stay in reach while its list scrolls.
  header: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // At 320 px in English the five tab names need two lines rather than a hidden 设置/Settings.
  tabList: { flexWrap: 'wrap' },
  slot: {
    ':not(:empty)': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    },
  },
  panel: { padding: tokens.spacingHorizontalM, flexGrow: 1 },
});

export function App(props: AppProps) {
  const styles = useStyles();
  const rules = props.rules;
  const [tab, setTab] = useState<TabId>(props.initialTab ?? 'check');
  const [ruleSettings, setRuleSettingsState] = useState<RuleSettings>(() =>
    loadRuleSettings(props.storage),
  );
  const setRuleSettings = useCallback(
    (next: RuleSettings) => {
      setRuleSettingsState(next);
      saveRuleSettings(props.storage, next);
    },
    [props.storage],
  );
  const [personalAllow, setPersonalAllow] = useState<string[]>(() =>
    loadPersonalAllow(props.storage),
  );
  const changePersonalAllow = useCallback(
    (next: string[]) => {
      setPersonalAllow(next);
      savePersonalAllow(props.storage, next);
    },
    [props.storage],
  );
  const addPersonalWord = useCallback(
    (word: string) =>
      setPersonalAllow((list) => {
        const next = list.includes(word) ? list : [...list, word];
        savePersonalAllow(props.storage, next);
        return next;
      }),
    [props.storage],
  );
  const i18n = useMemo(
    () => ({ locale: props.locale, t: translator(props.locale) }),
    [props.locale],
  );
  const checker = useChecker({
    word: props.word,
    locale: props.locale,
    ruleSettings,
    rules,
    now: props.now,
    yieldToUi: props.yieldToUi,
    personalAllow,
    addPersonalWord,
    loadOfficeAllow:
      props.libraryUrls && props.libraryUrls.length > 0
        ? () => officeAllowWords(props.libraryUrls ?? [], props.fetchLibrary)
        : undefined,
  });
  const { t } = i18n;
  const tDraft = useMemo(() => draftStrings(props.locale), [props.locale]);
  // 起草 stays mounted once opened (hidden on other tabs), so the writer's search, choice and
  // section count survive a trip to 检查 and back.
  const [draftOpened, setDraftOpened] = useState(tab === 'draft');
  const selectTab = useCallback((next: TabId) => {
    if (next === 'draft') setDraftOpened(true);
    setTab(next);
  }, []);
  // Each tab opens at its top: a scroll position carried over hid 大纲's first heading.
  const rootRef = useRef<HTMLDivElement>(null);
  const shownTab = useRef(tab);
  useLayoutEffect(() => {
    if (shownTab.current === tab) return;
    shownTab.current = tab;
    scrollerOf(rootRef.current)?.scrollTo({ top: 0 });
  }, [tab]);
  const [actionSlot, setActionSlot] = useState<HTMLElement | null>(null);
  const frame = useMemo<PaneFrame>(
    () => ({ actionSlot, goToTab: selectTab }),
    [actionSlot, selectTab],
  );
  // Only the shown panel is in the page, so only its tab names it.
  const controls = (id: TabId) => (id === tab ? `panel-${id}` : undefined);
  const panelProps = (id: TabId) => ({
    role: 'tabpanel',
    id: `panel-${id}`,
    'aria-labelledby': `tab-${id}`,
    className: styles.panel,
  });

  return (
    <FluentProvider theme={fluentThemeFor(props.officeTheme)} lang={props.locale}>
      <I18nContext.Provider value={i18n}>
        <WordContext.Provider value={props.word}>
          <CheckerContext.Provider value={checker}>
            <PaneFrameContext.Provider value={frame}>
              <div className={styles.root} ref={rootRef}>
                <div className={styles.header}>
                  <TabList
                    className={styles.tabList}
                    aria-label={t('tabsLabel')}
                    selectedValue={tab}
                    onTabSelect={(_event, data) => selectTab(data.value as TabId)}
                    size="small"
                  >
                    <Tab value="draft" id="tab-draft" aria-controls={controls('draft')}>
                      {tDraft('tabDraft')}
                    </Tab>
                    <Tab value="check" id="tab-check" aria-controls={controls('check')}>
                      {t('tabCheck')}
                    </Tab>
                    <Tab value="outline" id="tab-outline" aria-controls={controls('outline')}>
                      {t('tabOutline')}
                    </Tab>
                    <Tab
                      value="placeholders"
                      id="tab-placeholders"
                      aria-controls={controls('placeholders')}
                    >
                      {t('tabPlaceholders')}
                    </Tab>
                    <Tab value="settings" id="tab-settings" aria-controls={controls('settings')}>
                      {t('tabSettings')}
                    </Tab>
                  </TabList>
                  <div className={styles.slot} ref={setActionSlot} />
                </div>
                {draftOpened && (
                  <div {...panelProps('draft')} hidden={tab !== 'draft'}>
                    <Suspense fallback={<Spinner size="small" />}>
                      <DraftPanel
                        drafting={props.drafting}
                        libraryUrls={props.libraryUrls}
                        fetchLibrary={props.fetchLibrary}
                        storage={props.storage}
                      />
                    </Suspense>
                  </div>
                )}
                {tab !== 'draft' && (
                  <div {...panelProps(tab)}>
                    {tab === 'check' && <CheckTab />}
                    <Suspense fallback={<Spinner size="small" />}>
                      {tab === 'outline' && <OutlineTab />}
                      {tab === 'placeholders' && <PlaceholdersTab />}
                      {tab === 'settings' && (
                        <SettingsTab
                          rules={rules}
                          settings={ruleSettings}
                          onChange={setRuleSettings}
                          personalAllow={personalAllow}
                          onPersonalAllowChange={changePersonalAllow}
                        />
                      )}
                    </Suspense>
                  </div>
                )}
              </div>
            </PaneFrameContext.Provider>
          </CheckerContext.Provider>
        </WordContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
