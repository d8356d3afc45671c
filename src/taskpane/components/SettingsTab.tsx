/** 设置: each rule on or off and its severity, saved per user on this computer. */
import { Button, makeStyles, Select, Switch, Text, tokens } from '@fluentui/react-components';
import {
  allRules,
  categoryOf,
  type AnyRule,
  type Severity,
  type SeveritySetting,
} from '../../core';
import { categoryName, groupRulesByCategory, severityKey, useI18n } from '../i18n';
import { officeLibraryJson, type RuleSettings } from '../userSettings';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0 },
  rule: {
    listStyleType: 'none',
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400 },
});

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface SettingsTabProps {
  /** The rules to offer; the shipped catalog by default. */
  rules?: readonly AnyRule[];
  settings: RuleSettings;
  onChange(settings: RuleSettings): void;
  /** 本单位 words the user chose never to flag. */
  personalAllow?: readonly string[];
  onPersonalAllowChange?(words: string[]): void;
}

/** Offers the personal word list as an office library file (a download; nothing leaves the PC otherwise). */
function exportLibrary(words: readonly string[]): void {
  const blob = new Blob([officeLibraryJson(words)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'speechdesk-office-words.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

function PersonalWords(props: { words: readonly string[]; onChange(words: string[]): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section aria-label={t('personalWordsTitle')}>
      <h3 className={styles.heading}>{t('personalWordsTitle')}</h3>
      <Text size={200}>{t('personalWordsHint')}</Text>
      {props.words.length === 0 ? (
        <Text block>{t('personalWordsEmpty')}</Text>
      ) : (
        <ul className={styles.list}>
          {props.words.map((word) => (
            <li key={word} className={styles.rule}>
              <Text>{word}</Text>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('personalWordRemove', { word })}
                onClick={() => props.onChange(props.words.filter((w) => w !== word))}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button
        size="small"
        disabled={props.words.length === 0}
        onClick={() => exportLibrary(props.words)}
      >
        {t('personalWordsExport')}
      </Button>
    </section>
  );
}

export function SettingsTab({
  rules = allRules,
  settings,
  onChange,
  personalAllow,
  onPersonalAllowChange,
}: SettingsTabProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const set = (rule: AnyRule, value: SeveritySetting) => {
    const next = { ...settings };
    if (value === rule.defaultSeverity) delete next[rule.id];
    else next[rule.id] = value;
    onChange(next);
  };
  if (rules.length === 0) return <Text>{t('noRules')}</Text>;
  return (
    <div className={styles.tab}>
      <Text>{t('settingsHint')}</Text>
      {groupRulesByCategory(rules, categoryOf).map(({ category, rules: inCategory }) => (
        <section key={category} aria-label={categoryName(category, locale)}>
          <h3 className={styles.heading}>{categoryName(category, locale)}</h3>
          <ul className={styles.list}>
            {inCategory.map((rule) => {
              const title = locale === 'en-US' ? rule.title.en : rule.title.zh;
              const current: SeveritySetting = settings[rule.id] ?? rule.defaultSeverity;
              return (
                <li
                  key={rule.id}
                  className={styles.rule}
                  title={locale === 'en-US' ? rule.description.en : rule.description.zh}
                >
                  <Switch
                    checked={current !== 'off'}
                    label={title}
                    aria-label={t('ruleEnabled', { title })}
                    onChange={(_event, data) =>
                      set(rule, data.checked ? rule.defaultSeverity : 'off')
                    }
                  />
                  <Select
                    size="small"
                    aria-label={t('ruleSeverity', { title })}
                    disabled={current === 'off'}
                    value={current === 'off' ? rule.defaultSeverity : current}
                    onChange={(_event, data) => set(rule, data.value as Severity)}
                  >
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {t(severityKey(severity))}
                      </option>
                    ))}
                  </Select>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <div>
        <Button onClick={() => onChange({})} disabled={Object.keys(settings).length === 0}>
          {t('settingsReset')}
        </Button>
      </div>
      {onPersonalAllowChange && (
        <PersonalWords words={personalAllow ?? []} onChange={onPersonalAllowChange} />
      )}
    </div>
  );
}
