/**
 * What a writer must know before inserting a library entry: its note (what to check or replace)
 * and, on today's date, whether its wording is out of date, not yet current, or out of season.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import {
  describeValidity,
  isBlocking,
  validityOn,
  type Phrase,
  type Skeleton,
} from '../../templates';
import type { DraftTranslate } from './strings';

export function EntryNotice(props: {
  entry: Skeleton | Phrase;
  today: string;
  locale: 'zh-CN' | 'en-US';
  t: DraftTranslate;
}) {
  const { entry, today, locale, t } = props;
  const issue = validityOn(entry, today);
  if (!issue && entry.note === undefined) return null;
  const blocking = issue !== undefined && isBlocking(issue);
  return (
    <MessageBar intent={blocking ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        {issue && (
          <>
            <MessageBarTitle>{blocking ? t('outOfDate') : t('outOfSeason')}</MessageBarTitle>
            {describeValidity(issue, locale)}
            {entry.note !== undefined && <br />}
          </>
        )}
        {entry.note !== undefined && (
          <>
            {!issue && <MessageBarTitle>{t('entryNote')}</MessageBarTitle>}
            {entry.note}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
