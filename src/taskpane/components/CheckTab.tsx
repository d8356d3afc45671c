/**
 * 检查 as triage: a summary by severity and kind with placeholders counted apart, then the problems
 * that need judgement as compact rows (dates, counts, numbering, leftovers, wording, figures,
 * punctuation), then the placeholders folded into one group that leads to 占位符. The primary
 * actions sit in the pane's sticky header.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Finding, Severity } from '../../core';
import {
  ALL_SEVERITIES,
  countByKind,
  countBySeverity,
  filterFindings,
  groupByCategory,
  sortFindings,
  type FindingFilter,
  type FindingOrder,
} from '../findingFilters';
import { categoryName, kindKey, severityKey, useI18n } from '../i18n';
import { usePaneFrame } from '../paneContext';
import { isPlaceholderFinding } from '../placeholderBlanks';
import { useCheckerContext } from '../state/useChecker';
import { useWord } from '../wordContext';
import { FindingItem } from './FindingItem';
import { PaneError, PaneNotes, PaneNotice } from './PaneMessages';
import { SpeechDateField } from './SpeechDateField';
import { StaleResults } from './StaleResults';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  summary: { display: 'flex', flexDirection: 'column', gap: '2px' },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  counts: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  count: { whiteSpace: 'nowrap' },
  options: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, padding: 0 },
  folded: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  foldHead: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Rows shown before "show all": a long speech can have a thousand. */
const PAGE = 50;
/** Above this many comments the pane asks first. */
const CONFIRM_COMMENTS = 20;

function rowKey(finding: Finding): string {
  return `${finding.rule}:${finding.paragraph}:${finding.offset}:${finding.length}:${finding.messageId}`;
}

export function CheckTab() {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const word = useWord();
  const checker = useCheckerContext();
  const frame = usePaneFrame();
  const capabilities = word.capabilities();
  const [filter, setFilter] = useState<FindingFilter>({
    severities: new Set(ALL_SEVERITIES),
    showIgnored: false,
  });
  const [order, setOrder] = useState<FindingOrder>('kind');
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [placeholdersOpen, setPlaceholdersOpen] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [confirmComments, setConfirmComments] = useState<Finding[]>();
  const { result, checkedDoc, status, busy } = checker;
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const focusSummary = useRef(false);

  const allFindings = useMemo(() => result?.findings ?? [], [result]);
  const active = useMemo(
    () => allFindings.filter((f) => !checker.isIgnored(f)),
    [allFindings, checker],
  );
  const activeProblems = useMemo(() => active.filter((f) => !isPlaceholderFinding(f)), [active]);
  const shown = useMemo(
    () => filterFindings(allFindings, filter, checker.isIgnored),
    [allFindings, filter, checker],
  );
  const problems = useMemo(
    () =>
      sortFindings(
        shown.filter((f) => !isPlaceholderFinding(f)),
        order,
      ),
    [shown, order],
  );
  const placeholders = useMemo(() => shown.filter(isPlaceholderFinding), [shown]);
  const categories = useMemo(() => groupByCategory(active), [active]);
  const counts = countBySeverity(activeProblems);
  const kinds = countByKind(activeProblems);
  const placeholderCount = active.length - activeProblems.length;
  const fixable = shown.filter((f) => f.fix && !checker.isIgnored(f));
  const markable = shown.filter((f) => !checker.isIgnored(f));
  const checking = status === 'checking';

  // After a check the user started here, focus goes to the result, not to the page body.
  useEffect(() => {
    if (status !== 'done' || !focusSummary.current) return;
    focusSummary.current = false;
    summaryRef.current?.focus();
  }, [status, result]);
  // A new result closes the rows that were open: their findings may be gone.
  useEffect(() => setOpen(new Set()), [result]);

  const startCheck = () => {
    focusSummary.current = true;
    void checker.startCheck();
  };
  const toggleSeverity = (severity: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setFilter({ ...filter, severities: next });
  };
  const toggleRow = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  const fix = (finding: Finding, replacement: string) => {
    focusSummary.current = true;
    void checker.applyReplacements([{ finding, replacement }]);
  };
  const askComments = () => {
    if (markable.length > CONFIRM_COMMENTS) setConfirmComments(markable);
    else void checker.addComments(markable);
  };
  const commentsWithout = (confirmComments ?? []).filter((f) => !isPlaceholderFinding(f));

  const renderRow = (finding: Finding) => {
    const key = rowKey(finding);
    return (
      <FindingItem
        key={key}
        finding={finding}
        paragraphText={checkedDoc?.paragraphs[finding.paragraph]?.text ?? finding.text}
        ignored={checker.isIgnored(finding)}
        busy={busy || checking}
        expanded={open.has(key)}
        onToggle={() => toggleRow(key)}
        onLocate={() => void checker.goTo(finding)}
        onFix={(replacement) => fix(finding, replacement)}
        onIgnore={() => void checker.ignore(finding)}
        onUnignore={() => void checker.unignore(finding)}
        onIgnoreWord={(where) => {
          focusSummary.current = true;
          void checker.ignoreWord(finding.text, where);
        }}
      />
    );
  };

  const actions = (
    <div className={styles.bar} role="toolbar" aria-label={t('bulkActions')}>
      <Button appearance="primary" size="small" disabled={checking || busy} onClick={startCheck}>
        {checking ? t('checking') : result ? t('recheck') : t('startCheck')}
      </Button>
      {result && capabilities.comments && (
        <Button size="small" disabled={busy || markable.length === 0} onClick={askComments}>
          {t('addComments')}
        </Button>
      )}
      {result && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" disabled={busy || checking}>
              {t('moreActions')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem
                disabled={markable.length === 0}
                onClick={() => void checker.markAll(markable)}
              >
                {t('markAll')}
              </MenuItem>
              <MenuItem onClick={() => void checker.clearMarks()}>{t('clearMarks')}</MenuItem>
              {capabilities.comments && checker.removeOwnComments && (
                <MenuItem onClick={() => void checker.removeOwnComments?.()}>
                  {t('removeComments')}
                </MenuItem>
              )}
              <MenuItem
                disabled={fixable.length === 0}
                onClick={() => {
                  focusSummary.current = true;
                  void checker.applyReplacements(
                    fixable.map((finding) => ({
                      finding,
                      replacement: (finding.fix as { replacement: string }).replacement,
                    })),
                  );
                }}
              >
                {t('fixAllCount', { count: fixable.length })}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
    </div>
  );

  return (
    <div className={styles.tab}>
      {frame.actionSlot ? createPortal(actions, frame.actionSlot) : actions}
      {!capabilities.baseline && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('baselineUnsupported')}</MessageBarBody>
        </MessageBar>
      )}
      <PaneError />
      <SpeechDateField />
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
      <PaneNotes />
      <StaleResults />
      {!result && !checking && <Text>{t('notCheckedYet')}</Text>}
      {result && (
        <>
          <section className={styles.summary} aria-label={t('summary')}>
            <h2 className={styles.heading} ref={summaryRef} tabIndex={-1} role="status">
              {t('checkedAt', { paragraphs: result.paragraphs, count: activeProblems.length })}
            </h2>
            <Text className={styles.counts}>
              {t('severityCounts', counts)}
              {kinds.length > 0 && ' ｜ '}
              {kinds.map((k, i) => (
                <span key={k.kind}>
                  {i > 0 && ' · '}
                  <span className={styles.count}>{`${t(kindKey(k.kind))} ${k.count}`}</span>
                </span>
              ))}
            </Text>
            {placeholderCount > 0 && (
              <Text className={styles.counts}>
                {t('placeholdersApart', { count: placeholderCount })}
              </Text>
            )}
            <div>
              <Button
                size="small"
                appearance="transparent"
                aria-expanded={optionsOpen}
                onClick={() => setOptionsOpen(!optionsOpen)}
              >
                {t('filtersToggle')}
              </Button>
            </div>
            {optionsOpen && (
              <div className={styles.options}>
                <div className={styles.row} role="group" aria-label={t('filterSeverity')}>
                  {ALL_SEVERITIES.map((severity) => (
                    <ToggleButton
                      key={severity}
                      size="small"
                      checked={filter.severities.has(severity)}
                      onClick={() => toggleSeverity(severity)}
                    >
                      {t(severityKey(severity))} {countBySeverity(active)[severity]}
                    </ToggleButton>
                  ))}
                </div>
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
                <Field label={t('order')} orientation="horizontal" size="small">
                  <Select
                    size="small"
                    value={order}
                    onChange={(_event, data) => setOrder(data.value as FindingOrder)}
                  >
                    <option value="kind">{t('orderKind')}</option>
                    <option value="document">{t('orderDocument')}</option>
                  </Select>
                </Field>
                <Switch
                  checked={filter.showIgnored}
                  label={t('showIgnored')}
                  onChange={(_event, data) => setFilter({ ...filter, showIgnored: data.checked })}
                />
                {capabilities.trackChanges && (
                  <Checkbox
                    checked={checker.trackChanges}
                    label={t('trackChanges')}
                    onChange={(_event, data) => checker.setTrackChanges(data.checked === true)}
                  />
                )}
              </div>
            )}
          </section>
          {!capabilities.comments && (
            <MessageBar intent="info">
              <MessageBarBody>{t('commentsUnsupported')}</MessageBarBody>
            </MessageBar>
          )}
          {!capabilities.critiques && capabilities.baseline && (
            <Text size={200}>{t('critiquesUnsupported')}</Text>
          )}
          {shown.length === 0 && <Text>{t('noFindings')}</Text>}
          {problems.length > 0 && (
            <ul className={styles.list} aria-label={t('problemsList')}>
              {(showAll ? problems : problems.slice(0, PAGE)).map(renderRow)}
            </ul>
          )}
          {problems.length > PAGE && !showAll && (
            <Button appearance="transparent" size="small" onClick={() => setShowAll(true)}>
              {t('showAll', { count: problems.length })}
            </Button>
          )}
          {placeholders.length > 0 && (
            <section className={styles.folded} aria-label={t('kind_placeholder')}>
              <div className={styles.foldHead}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-expanded={placeholdersOpen}
                  onClick={() => setPlaceholdersOpen(!placeholdersOpen)}
                >
                  {placeholdersOpen ? '▾ ' : '▸ '}
                  {t('placeholdersFolded', { count: placeholders.length })}
                </Button>
                <Button
                  size="small"
                  appearance="transparent"
                  onClick={() => frame.goToTab('placeholders')}
                >
                  {t('placeholdersGoTo')}
                </Button>
              </div>
              {placeholdersOpen && (
                <ul className={styles.list}>{placeholders.slice(0, PAGE).map(renderRow)}</ul>
              )}
            </section>
          )}
        </>
      )}
      <Dialog
        open={confirmComments !== undefined}
        onOpenChange={(_event, data) => !data.open && setConfirmComments(undefined)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {t('commentsConfirmTitle', { count: confirmComments?.length ?? 0 })}
            </DialogTitle>
            <DialogContent>
              {t('commentsConfirmBody', {
                placeholders: (confirmComments?.length ?? 0) - commentsWithout.length,
              })}
            </DialogContent>
            <DialogActions fluid>
              <Button
                appearance="primary"
                disabled={commentsWithout.length === 0}
                onClick={() => {
                  setConfirmComments(undefined);
                  void checker.addComments(commentsWithout);
                }}
              >
                {t('commentsWithoutPlaceholders', { count: commentsWithout.length })}
              </Button>
              <Button
                onClick={() => {
                  const all = confirmComments ?? [];
                  setConfirmComments(undefined);
                  void checker.addComments(all);
                }}
              >
                {t('commentsAll', { count: confirmComments?.length ?? 0 })}
              </Button>
              <Button appearance="subtle" onClick={() => setConfirmComments(undefined)}>
                {t('cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
