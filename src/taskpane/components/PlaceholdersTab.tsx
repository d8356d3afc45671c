/** 占位符: placeholders grouped by what they stand for, each group filled at once. */
import {
  Button,
  CounterBadge,
  Field,
  Input,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { groupPlaceholders, type PlaceholderGroup } from '../placeholderGroups';
import { useI18n } from '../i18n';
import { useCheckerContext } from '../state/useChecker';
import { PaneError, PaneNotice } from './PaneMessages';
import { StaleResults } from './StaleResults';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  group: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  fill: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

function GroupRow({ group }: { group: PlaceholderGroup }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { applyReplacements, busy, status } = useCheckerContext();
  const [value, setValue] = useState('');
  const fillAll = () => {
    if (value === '') return;
    void applyReplacements(group.findings.map((finding) => ({ finding, replacement: value })));
  };
  return (
    <li className={styles.group} aria-label={`${group.label} ×${group.findings.length}`}>
      <div className={styles.head}>
        <span className={styles.label}>{group.label}</span>
        <CounterBadge
          count={group.findings.length}
          overflowCount={999}
          color="informative"
          aria-hidden
        />
      </div>
      <div className={styles.fill}>
        <Field
          label={t('placeholderFill')}
          hint={t('placeholderFillHint', { text: group.text })}
          size="small"
        >
          <Input
            size="small"
            value={value}
            onChange={(_event, data) => setValue(data.value)}
            onKeyDown={(event) => event.key === 'Enter' && fillAll()}
          />
        </Field>
        <Button
          size="small"
          appearance="primary"
          disabled={busy || status === 'checking' || value === ''}
          onClick={fillAll}
        >
          {t('placeholderFillAll')}
        </Button>
      </div>
    </li>
  );
}

export function PlaceholdersTab() {
  const { t } = useI18n();
  const styles = useStyles();
  const { result, checkedDoc } = useCheckerContext();
  const groups = useMemo(
    () =>
      groupPlaceholders(
        result?.findings ?? [],
        (checkedDoc?.paragraphs ?? []).map((p) => p.text),
      ),
    [result, checkedDoc],
  );
  if (!result) return <Text>{t('outlineNeedsCheck')}</Text>;
  return (
    <div className={styles.tab}>
      <PaneError />
      <PaneNotice />
      <StaleResults />
      {groups.length === 0 ? (
        <Text>{t('placeholdersEmpty')}</Text>
      ) : (
        <ul className={styles.list} aria-label={t('placeholdersTitle')}>
          {groups.map((group) => (
            <GroupRow key={`${group.label}\u0000${group.text}`} group={group} />
          ))}
        </ul>
      )}
    </div>
  );
}
