/**
 * The task pane: Fluent provider with the Office theme, UI language, the Word adapter in context,
 * and the tabs. `?tab=check` (from the ribbon's 检查 button) chooses the first tab.
 */
import {
  FluentProvider,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { AnyRule } from '../core';
import type { SpeechDeskWord } from '../word/api';
import { CheckTab } from './components/CheckTab';
import { I18nContext, translator, type UiLocale } from './i18n';
import { CheckerContext, useChecker } from './state/useChecker';
import { fluentThemeFor, type OfficeThemeLike } from './theme';
import { loadRuleSettings, saveRuleSettings, type RuleSettings } from './userSettings';
import { WordContext } from './wordContext';

// The 检查 tab is what opens first; the others load on first use to keep the initial script small.
const OutlineTab = lazy(() =>
  import('./components/OutlineTab').then((m) => ({ default: m.OutlineTab })),
);
const PlaceholdersTab = lazy(() =>
  import('./components/PlaceholdersTab').then((m) => ({ default: m.PlaceholdersTab })),
);
const SettingsTab = lazy(() =>
  import('./components/SettingsTab').then((m) => ({ default: m.SettingsTab })),
);

export type TabId = 'check' | 'outline' | 'placeholders' | 'settings';
const TABS: readonly TabId[] = ['check', 'outline', 'placeholders', 'settings'];

/** Unknown tabs (including `draft`, which the drafting work adds later) open on 检查. */
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
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexShrink: 0 },
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
  });
  const { t } = i18n;

  return (
    <FluentProvider theme={fluentThemeFor(props.officeTheme)} lang={props.locale}>
      <I18nContext.Provider value={i18n}>
        <WordContext.Provider value={props.word}>
          <CheckerContext.Provider value={checker}>
            <div className={styles.root}>
              <TabList
                className={styles.tabs}
                aria-label={t('tabsLabel')}
                selectedValue={tab}
                onTabSelect={(_event, data) => setTab(data.value as TabId)}
                size="small"
              >
                <Tab value="check" id="tab-check">
                  {t('tabCheck')}
                </Tab>
                <Tab value="outline" id="tab-outline">
                  {t('tabOutline')}
                </Tab>
                <Tab value="placeholders" id="tab-placeholders">
                  {t('tabPlaceholders')}
                </Tab>
                <Tab value="settings" id="tab-settings">
                  {t('tabSettings')}
                </Tab>
              </TabList>
              <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`}>
                {tab === 'check' && <CheckTab />}
                <Suspense fallback={<Spinner size="small" />}>
                  {tab === 'outline' && <OutlineTab />}
                  {tab === 'placeholders' && <PlaceholdersTab />}
                  {tab === 'settings' && (
                    <SettingsTab rules={rules} settings={ruleSettings} onChange={setRuleSettings} />
                  )}
                </Suspense>
              </div>
            </div>
          </CheckerContext.Provider>
        </WordContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}
