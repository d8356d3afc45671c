/**
 * 占位符 as a fill-in workflow: one blank at a time in its sentence, with what it expects, 定位,
 * 填入, 上一处/下一处, 跳过; fill-all only for blanks that are truly the same (each shown first);
 * a question when the value does not fit; one action undoes the last fill.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Finding } from '../../core';
import { useI18n, type MessageKey } from '../i18n';
import { usePaneFrame } from '../paneContext';
import {
  blanksOf,
  questionValue,
  sameBlanks,
  type Blank,
  type ValueQuestion,
} from '../placeholderBlanks';
import { useCheckerContext } from '../state/useChecker';
import { PaneError, PaneNotice } from './PaneMessages';
import { StaleResults } from './StaleResults';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  position: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: 'auto',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  sentence: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    fontWeight: tokens.fontWeightSemibold,
    padding: '0 2px',
  },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fill: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  same: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  listButton: { justifyContent: 'flex-start', textAlign: 'start', width: '100%' },
});

/** One write the pane made, so it can be taken back: where the value now stands. */
interface FilledSpot {
  paragraph: number;
  offset: number;
  value: string;
  token: string;
}

const position = (f: Finding) => [f.paragraph, f.offset] as const;
const atOrAfter = (f: Finding, p: { paragraph: number; offset: number }) =>
  f.paragraph > p.paragraph || (f.paragraph === p.paragraph && f.offset >= p.offset);
const keyOf = (f: Finding) => `${f.paragraph}:${f.offset}:${f.text}`;

/** Where each filled value stands after the write (earlier fills in a paragraph shift later ones). */
function filledSpots(findings: readonly Finding[], value: string): FilledSpot[] {
  const sorted = [...findings].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  const shift = new Map<number, number>();
  return sorted.map((f) => {
    const before = shift.get(f.paragraph) ?? 0;
    shift.set(f.paragraph, before + value.length - f.length);
    return { paragraph: f.paragraph, offset: f.offset + before, value, token: f.text };
  });
}

function questionText(
  t: (key: MessageKey, data?: Record<string, string | number>) => string,
  question: ValueQuestion,
  value: string,
): string {
  if (question.kind === 'repeats') return t('question_repeats', { text: question.text });
  const kind = t(`expect_${question.expected}` as MessageKey).replace(/（.*）$|\s*\(.*\)$/u, '');
  return t(question.kind === 'notNumber' ? 'question_notNumber' : 'question_notName', {
    kind,
    value,
  });
}

export function PlaceholdersTab() {
  const { t } = useI18n();
  const styles = useStyles();
  const frame = usePaneFrame();
  const { result, checkedDoc, applyReplacements, goTo, busy, status } = useCheckerContext();
  const blanks = useMemo(
    () =>
      blanksOf(
        result?.findings ?? [],
        (checkedDoc?.paragraphs ?? []).map((p) => p.text),
      ),
    [result, checkedDoc],
  );
  const [at, setAt] = useState({ paragraph: 0, offset: 0 });
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [value, setValue] = useState('');
  const [withSame, setWithSame] = useState(false);
  const [lastFill, setLastFill] = useState<FilledSpot[]>();
  const [asked, setAsked] = useState<ValueQuestion>();
  const input = useRef<HTMLInputElement>(null);
  const positionRef = useRef<HTMLSpanElement>(null);

  const open = blanks.filter((b) => !skipped.has(keyOf(b.finding)));
  const current: Blank | undefined =
    open.find((b) => atOrAfter(b.finding, at)) ?? open.at(-1) ?? undefined;
  const index = current ? blanks.indexOf(current) : -1;
  const same = current ? sameBlanks(blanks, current) : [];
  const working = busy || status === 'checking';

  // A new blank starts clean: no value, no question, fill-all unticked.
  const currentKey = current ? keyOf(current.finding) : '';
  useEffect(() => {
    setAsked(undefined);
    setWithSame(false);
  }, [currentKey]);

  if (!result) return <Text>{t('outlineNeedsCheck')}</Text>;

  const moveTo = (blank: Blank | undefined) => {
    if (!blank) return;
    const [paragraph, offset] = position(blank.finding);
    setAt({ paragraph, offset });
    setValue('');
  };
  const previous = () => moveTo(index > 0 ? blanks[index - 1] : undefined);
  const next = () => moveTo(blanks[index + 1]);
  const skip = () => {
    if (!current) return;
    setSkipped(new Set([...skipped, keyOf(current.finding)]));
    moveTo(blanks[index + 1]);
  };

  const fill = async (force: boolean) => {
    if (!current || value.trim() === '') return;
    const question = questionValue(current, value);
    if (question && !force) {
      setAsked(question);
      return;
    }
    const targets = [current, ...(withSame ? same : [])].map((b) => b.finding);
    const spots = filledSpots(targets, value);
    const written = await applyReplacements(
      targets.map((finding) => ({ finding, replacement: value })),
      { doneKey: 'placeholderFilledN' },
    );
    if (!written) return;
    setLastFill(spots);
    // Carry on from just after the value written.
    setAt({ paragraph: current.finding.paragraph, offset: current.finding.offset + value.length });
    setValue('');
    setAsked(undefined);
    input.current?.focus();
  };

  const undo = async () => {
    if (!lastFill) return;
    const requests = lastFill.map((spot) => ({
      finding: {
        rule: 'placeholder/undo',
        severity: 'info' as const,
        paragraph: spot.paragraph,
        offset: spot.offset,
        length: spot.value.length,
        text: spot.value,
        message: '',
        messageId: 'undo',
      },
      replacement: spot.token,
    }));
    const first = lastFill[0] as FilledSpot;
    const written = await applyReplacements(requests, { doneKey: 'undoneN' });
    if (!written) return;
    setLastFill(undefined);
    setAt({ paragraph: first.paragraph, offset: first.offset });
    input.current?.focus();
  };

  const nav = current && (
    <div className={styles.nav} role="toolbar" aria-label={t('blanksNav')}>
      <span className={styles.position} ref={positionRef} tabIndex={-1}>
        {t('blankOf', { index: index + 1, total: blanks.length })}
      </span>
      <Button size="small" disabled={working || index <= 0} onClick={previous}>
        {t('blankPrevious')}
      </Button>
      <Button size="small" disabled={working || index >= blanks.length - 1} onClick={next}>
        {t('blankNext')}
      </Button>
      <Button size="small" appearance="subtle" disabled={working} onClick={skip}>
        {t('blankSkip')}
      </Button>
    </div>
  );

  return (
    <div className={styles.tab}>
      {nav && (frame.actionSlot ? createPortal(nav, frame.actionSlot) : nav)}
      <PaneError />
      <PaneNotice />
      <StaleResults />
      {lastFill && (
        <div>
          <Button size="small" disabled={working} onClick={() => void undo()}>
            {t('undoFill', { value: lastFill[0]?.value ?? '' })}
          </Button>
        </div>
      )}
      {blanks.length === 0 ? (
        <Text>{t('placeholdersEmpty')}</Text>
      ) : !current ? (
        <Text>{t('blanksDone')}</Text>
      ) : (
        <section aria-label={t('blankOf', { index: index + 1, total: blanks.length })}>
          <Text className={styles.muted} block>
            {t('paragraphN', { paragraph: current.finding.paragraph + 1 })}
            {skipped.size > 0 && ` · ${t('skippedN', { count: skipped.size })}`}
          </Text>
          <Text className={styles.sentence} block data-testid="blank-sentence">
            {current.before}
            <mark className={styles.mark}>{current.finding.text}</mark>
            {current.after}
          </Text>
          <Text block>{t('expects', { kind: t(`expect_${current.expected}` as MessageKey) })}</Text>
          <div className={styles.fill}>
            <Field label={t('blankFillLabel', { text: current.finding.text })}>
              <Input
                ref={input}
                value={value}
                onChange={(_event, data) => {
                  setValue(data.value);
                  setAsked(undefined);
                }}
                onKeyDown={(event) => event.key === 'Enter' && void fill(false)}
              />
            </Field>
            <Button
              appearance="primary"
              disabled={working || value.trim() === ''}
              onClick={() => void fill(false)}
            >
              {withSame ? t('blankFillSame', { count: same.length + 1 }) : t('blankFill')}
            </Button>
            <Button disabled={working} onClick={() => void goTo(current.finding)}>
              {t('locate')}
            </Button>
          </div>
          {asked && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{questionText(t, asked, value)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => void fill(true)}>
                  {t('fillAnyway')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {same.length > 0 && (
            <>
              <Checkbox
                checked={withSame}
                onChange={(_event, data) => setWithSame(data.checked === true)}
                label={t('blankSame', {
                  count: same.length,
                  phrase: current.sameKey ?? current.finding.text,
                })}
              />
              {withSame && (
                <div>
                  <Text block>{t('blankSameList')}</Text>
                  <ol className={styles.same}>
                    {same.map((b) => (
                      <li key={keyOf(b.finding)}>
                        <Text className={styles.muted}>
                          {t('paragraphN', { paragraph: b.finding.paragraph + 1 })}：
                        </Text>
                        {b.before.slice(-12)}
                        <mark className={styles.mark}>{b.finding.text}</mark>
                        {b.after.slice(0, 12)}
                      </li>
                    ))}
                  </ol>
                </div>
              )}
            </>
          )}
        </section>
      )}
      {blanks.length > 0 && (
        <details>
          <summary>{t('allBlanks', { count: blanks.length })}</summary>
          <ol className={styles.list}>
            {blanks.map((b, i) => (
              <li key={keyOf(b.finding)}>
                <Button
                  size="small"
                  appearance={b === current ? 'secondary' : 'transparent'}
                  className={styles.listButton}
                  aria-label={t('blankGoTo', { index: i + 1 })}
                  onClick={() => moveTo(b)}
                >
                  {i + 1}. {b.before.slice(-8)}【{b.finding.text}】{b.after.slice(0, 8)}
                </Button>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
