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
import type { RuleSettings } from '../userSettings';

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
}

export function SettingsTab({ rules = allRules, settings, onChange }: SettingsTabProps) {
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
    </div>
  );
}
