/**
 * The speech date: shown as found (a year-only date as "2022年（仅知年份）", never a made-up day),
 * with one hint that says what was found and where; editable in the forms people type; saved with
 * the document.
 */
import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { parseSpeechDate } from '../dates';
import { useI18n, type MessageKey } from '../i18n';
import { useCheckerContext } from '../state/useChecker';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    flexWrap: 'wrap',
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { width: '11em' },
  edit: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

const SOURCE_KEYS: Record<string, MessageKey> = {
  option: 'speechDateSourceOption',
  document: 'speechDateSourceDocument',
  today: 'speechDateSourceToday',
};

/** The engine's notes without the year-only one: the shown date already says it. */
function whereFound(notes: readonly string[]): string[] {
  return notes.filter((note) => !/^只知年份/u.test(note));
}

export function SpeechDateField() {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { result, userDate, setUserDate } = useCheckerContext();
  const [editing, setEditing] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  const yearOnly = !userDate && result?.speechDatePrecision === 'year';
  const date = userDate ?? result?.speechDate;
  const shown =
    date === undefined
      ? t('speechDateNone')
      : yearOnly
        ? t('speechDateYearOnlyShown', { year: date.slice(0, 4) })
        : date;
  const source = userDate ? 'option' : result?.speechDateSource;
  const stop = locale === 'en-US' ? '. ' : '。';
  // One hint: where the date came from (the engine's notes quote the document, in Chinese).
  const notes =
    !userDate && result?.speechDateSource === 'document' && locale === 'zh-CN'
      ? whereFound(result.speechDateNotes)
      : [];
  const hint = (notes.length > 0 ? notes : source ? [t(SOURCE_KEYS[source] as MessageKey)] : [])
    .map((part) => part.replace(/[。.]$/u, ''))
    .join(stop);

  const parsed = editing === undefined ? undefined : parseSpeechDate(editing);
  const invalid = editing !== undefined && editing.trim() !== '' && parsed === undefined;

  const startEditing = () => {
    setEditing(userDate ?? (yearOnly ? '' : (result?.speechDate ?? '')));
    requestAnimationFrame(() => input.current?.focus());
  };
  const stopEditing = () => {
    setEditing(undefined);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const commit = () => {
    if (editing === undefined || invalid) return;
    const next = editing.trim() === '' ? undefined : parsed;
    stopEditing();
    if (next !== userDate) void setUserDate(next);
  };

  if (editing === undefined) {
    return (
      <div>
        <div className={styles.row}>
          <Text weight="semibold">{t('speechDate')}</Text>
          <Text data-testid="speech-date">{shown}</Text>
          <Button ref={editButton} size="small" appearance="transparent" onClick={startEditing}>
            {t('speechDateEdit')}
          </Button>
          {userDate && (
            <Button size="small" appearance="subtle" onClick={() => void setUserDate(undefined)}>
              {t('speechDateReset')}
            </Button>
          )}
        </div>
        {hint && <Text className={styles.hint}>{hint + stop.trim()}</Text>}
      </div>
    );
  }
  return (
    <div className={styles.edit}>
      <Field
        label={t('speechDate')}
        hint={t('speechDateHint')}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t('speechDateInvalid') : undefined}
      >
        <Input
          ref={input}
          className={styles.input}
          value={editing}
          placeholder={t('speechDatePlaceholder')}
          onChange={(_event, data) => setEditing(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') stopEditing();
          }}
        />
      </Field>
      <Button size="small" appearance="primary" disabled={invalid} onClick={commit}>
        {t('ok')}
      </Button>
      <Button size="small" onClick={stopEditing}>
        {t('cancel')}
      </Button>
    </div>
  );
}
