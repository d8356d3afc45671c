/**
 * Says that the pane changed the document (an insertion from 起草) after the results shown were
 * checked, and offers the re-check: offsets in old results no longer point at the right text.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useMemo } from 'react';
import { draftStrings } from '../draft/strings';
import { useI18n } from '../i18n';
import { useCheckerContext } from '../state/useChecker';

export function StaleResults() {
  const { locale } = useI18n();
  const t = useMemo(() => draftStrings(locale), [locale]);
  const { documentChanged, result, status, busy, startCheck } = useCheckerContext();
  if (!documentChanged || !result) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>{t('staleResults')}</MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          disabled={busy || status === 'checking'}
          onClick={() => void startCheck()}
        >
          {t('recheckNow')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
