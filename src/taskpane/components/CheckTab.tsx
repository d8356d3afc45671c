/** 检查: speech date, start, progress, summary, filters, bulk actions and findings by category. */
import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  Text,
  ToggleButton,
  Toolbar,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding, Severity } from '../../core';
import {
  ALL_SEVERITIES,
  countBySeverity,
  filterFindings,
  groupByCategory,
  type FindingFilter,
} from '../findingFilters';
import { categoryName, severityKey, useI18n } from '../i18n';
import { useCheckerContext } from '../state/useChecker';
import { useWord } from '../wordContext';
import { FindingItem } from './FindingItem';
import { PaneError, PaneNotice } from './PaneMessages';
import { SpeechDateField } from './SpeechDateField';
import { StaleResults } from './StaleResults';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, padding: 0 },
  groupTitle: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400 },
});

/** Findings shown per category before "show all": a long speech can have a thousand. */
const PAGE = 50;

export function CheckTab() {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const word = useWord();
  const checker = useCheckerContext();
  const capabilities = word.capabilities();
  const [filter, setFilter] = useState<FindingFilter>({
    severities: new Set(ALL_SEVERITIES),
    showIgnored: false,
  });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { result, checkedDoc, status, busy } = checker;

  const allFindings = useMemo(() => result?.findings ?? [], [result]);
  const active = useMemo(
    () => allFindings.filter((f) => !checker.isIgnored(f)),
    [allFindings, checker],
  );
  const shown = useMemo(
    () => filterFindings(allFindings, filter, checker.isIgnored),
    [allFindings, filter, checker],
  );
  const groups = useMemo(() => groupByCategory(shown), [shown]);
  const categories = useMemo(() => groupByCategory(active), [active]);
  const counts = countBySeverity(active);
  const fixable = shown.filter((f) => f.fix && !checker.isIgnored(f));
  const markable = shown.filter((f) => !checker.isIgnored(f));
  const checking = status === 'checking';

  const toggleSeverity = (severity: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setFilter({ ...filter, severities: next });
  };
  const fix = (finding: Finding, replacement: string) =>
    void checker.applyReplacements([{ finding, replacement }]);

  return (
    <div className={styles.tab}>
      {!capabilities.baseline && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('baselineUnsupported')}</MessageBarBody>
        </MessageBar>
      )}
      <PaneError />
      <SpeechDateField />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={checking || busy}
          onClick={() => void checker.startCheck()}
        >
          {checking ? t('checking') : result ? t('recheck') : t('startCheck')}
        </Button>
      </div>
      {checking && checker.progress && (
        <Field
          validationMessage={t('checkProgress', {
            done: checker.progress.done,
            total: checker.progress.total,
          })}
          validationState="none"
        >
          <ProgressBar
            value={
              checker.progress.total === 0 ? 1 : checker.progress.done / checker.progress.total
            }
            aria-label={t('checking')}
          />
        </Field>
      )}
      <PaneNotice />
      <StaleResults />
      {!result && !checking && <Text>{t('notCheckedYet')}</Text>}
      {result && (
        <>
          <section className={styles.summary} aria-label={t('summary')}>
            <Text weight="semibold" role="status">
              {t('checkedAt', { paragraphs: result.paragraphs, count: active.length })}
            </Text>
            <div className={styles.row} role="group" aria-label={t('filterSeverity')}>
              {ALL_SEVERITIES.map((severity) => (
                <ToggleButton
                  key={severity}
                  size="small"
                  checked={filter.severities.has(severity)}
                  onClick={() => toggleSeverity(severity)}
                >
                  {t(severityKey(severity))} {counts[severity]}
                </ToggleButton>
              ))}
            </div>
            <div className={styles.row}>
              <Field label={t('filterCategory')} orientation="horizontal" size="small">
                <Select
                  size="small"
                  value={filter.category ?? ''}
                  onChange={(_event, data) =>
                    setFilter({ ...filter, category: data.value || undefined })
                  }
                >
                  <option value="">{t('allCategories')}</option>
                  {categories.map((group) => (
                    <option key={group.category} value={group.category}>
                      {t('withCount', {
                        label: categoryName(group.category, locale),
                        count: group.findings.length,
                      })}
                    </option>
                  ))}
                </Select>
              </Field>
              <Switch
                checked={filter.showIgnored}
                label={t('showIgnored')}
                onChange={(_event, data) => setFilter({ ...filter, showIgnored: data.checked })}
              />
            </div>
          </section>
          <Toolbar
            aria-label={t('bulkActions')}
            size="small"
            style={{ flexWrap: 'wrap', padding: 0, gap: 4 }}
          >
            <Button
              size="small"
              disabled={busy || markable.length === 0}
              onClick={() => void checker.markAll(markable)}
            >
              {t('markAll')}
            </Button>
            <Button size="small" disabled={busy} onClick={() => void checker.clearMarks()}>
              {t('clearMarks')}
            </Button>
            {capabilities.comments && (
              <Button
                size="small"
                disabled={busy || markable.length === 0}
                onClick={() => void checker.addComments(markable)}
              >
                {t('addComments')}
              </Button>
            )}
            <Button
              size="small"
              disabled={busy || fixable.length === 0}
              onClick={() =>
                void checker.applyReplacements(
                  fixable.map((finding) => ({
                    finding,
                    replacement: (finding.fix as { replacement: string }).replacement,
                  })),
                )
              }
            >
              {t('fixAllCount', { count: fixable.length })}
            </Button>
          </Toolbar>
          {capabilities.trackChanges && (
            <Checkbox
              checked={checker.trackChanges}
              label={t('trackChanges')}
              onChange={(_event, data) => checker.setTrackChanges(data.checked === true)}
            />
          )}
          {!capabilities.comments && (
            <MessageBar intent="info">
              <MessageBarBody>{t('commentsUnsupported')}</MessageBarBody>
            </MessageBar>
          )}
          {!capabilities.critiques && capabilities.baseline && (
            <Text size={200}>{t('critiquesUnsupported')}</Text>
          )}
          {shown.length === 0 && <Text>{t('noFindings')}</Text>}
          {groups.map((group) => (
            <section key={group.category} aria-label={categoryName(group.category, locale)}>
              <h3 className={styles.groupTitle}>
                {t('findingsOf', {
                  category: categoryName(group.category, locale),
                  count: group.findings.length,
                })}
              </h3>
              <ul className={styles.list}>
                {(expanded.has(group.category)
                  ? group.findings
                  : group.findings.slice(0, PAGE)
                ).map((finding) => (
                  <FindingItem
                    key={`${finding.rule}:${finding.paragraph}:${finding.offset}:${finding.length}:${finding.messageId}`}
                    finding={finding}
                    paragraphText={checkedDoc?.paragraphs[finding.paragraph]?.text ?? finding.text}
                    ignored={checker.isIgnored(finding)}
                    busy={busy || checking}
                    onLocate={() => void checker.goTo(finding)}
                    onFix={(replacement) => fix(finding, replacement)}
                    onIgnore={() => void checker.ignore(finding)}
                    onUnignore={() => void checker.unignore(finding)}
                  />
                ))}
              </ul>
              {group.findings.length > PAGE && !expanded.has(group.category) && (
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => setExpanded(new Set([...expanded, group.category]))}
                >
                  {t('showAll', { count: group.findings.length })}
                </Button>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
