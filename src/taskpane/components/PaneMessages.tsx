/** Errors (with what to do next and a retry), outcomes of actions, and what the user's Word lacks. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { useCheckerContext } from '../state/useChecker';

export function PaneError() {
  const { t, locale } = useI18n();
  const { error, dismissError } = useCheckerContext();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {error.userMessage
          ? locale === 'en-US'
            ? error.userMessage.en
            : error.userMessage.zh
          : t(error.key)}
        <div>
          <small>{error.detail}</small>
        </div>
      </MessageBarBody>
      <MessageBarActions>
        {error.retry && <Button onClick={error.retry}>{t('retry')}</Button>}
        <Button onClick={dismissError}>{t('dismiss')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function PaneNotice() {
  const { t } = useI18n();
  const { notice, dismissNotice } = useCheckerContext();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role="status">
      <MessageBarBody>{t(notice.key, notice.data)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={dismissNotice}>
          {t('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What Word told about reading or marking the document, in the pane's language, once each. */
export function PaneNotes() {
  const { t, locale } = useI18n();
  const { notes, dismissNote } = useCheckerContext();
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((note) => (
        <MessageBar key={note.zh} intent="info" layout="multiline" role="status">
          <MessageBarBody>{locale === 'en-US' ? note.en : note.zh}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" size="small" onClick={() => dismissNote(note)}>
              {t('dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
