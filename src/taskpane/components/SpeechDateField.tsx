/** The speech date: detected from the document, editable, saved with the document. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { validIsoDate } from '../../core/date/calendar';
import { useI18n, type MessageKey } from '../i18n';
import { useCheckerContext } from '../state/useChecker';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  input: { width: '9.5em' },
});

/** A real calendar date written YYYY-MM-DD. */
function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && validIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

const SOURCE_KEYS: Record<string, MessageKey> = {
  option: 'speechDateSourceOption',
  document: 'speechDateSourceDocument',
  today: 'speechDateSourceToday',
};

export function SpeechDateField() {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { result, userDate, setUserDate } = useCheckerContext();
  const shown = userDate ?? result?.speechDate ?? '';
  // What the user is typing; undefined shows the current date (detected or saved).
  const [editing, setEditing] = useState<string>();
  const draft = editing ?? shown;
  const invalid = draft !== '' && !isValidDate(draft);
  const source = userDate ? 'option' : result?.speechDateSource;
  const stop = locale === 'en-US' ? '. ' : '。';
  // What the user should know about a detected date: how precise it is, and conflicting signals.
  const detected =
    !userDate && result?.speechDateSource === 'document'
      ? [
          ...(result.speechDatePrecision === 'year'
            ? [t('speechDateYearOnly', { year: result.speechDate.slice(0, 4) })]
            : []),
          // The engine writes its notes in Chinese (they quote the document).
          ...(locale === 'zh-CN' ? result.speechDateNotes : []),
        ]
      : [];
  const hint = [
    ...(source ? [t(SOURCE_KEYS[source] as MessageKey)] : []),
    ...detected,
    t('speechDateHint'),
  ]
    .map((part) => part.replace(/[。.]$/u, ''))
    .join(stop);

  const commit = () => {
    if (invalid) return;
    setEditing(undefined);
    if (draft !== shown) void setUserDate(draft === '' ? undefined : draft);
  };

  return (
    <div className={styles.row}>
      <Field
        label={t('speechDate')}
        hint={hint + stop.trim()}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t('speechDateInvalid') : undefined}
      >
        <Input
          className={styles.input}
          value={draft}
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
          onChange={(_event, data) => setEditing(data.value.trim())}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      </Field>
      {userDate && (
        <Button appearance="subtle" onClick={() => void setUserDate(undefined)}>
          {t('speechDateReset')}
        </Button>
      )}
    </div>
  );
}
