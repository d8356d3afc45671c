/**
 * One finding as a compact row: its kind (coloured by severity) and message, two lines at most,
 * so a screen holds a dozen. Opening the row shows the whole message, the excerpt and the
 * actions 定位 / 修复 / 忽略 / 忽略此词.
 */
import {
  Badge,
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../core';
import { excerptOf } from '../excerpt';
import { kindOf, offersIgnoreWord } from '../findingFilters';
import { badgeKey, kindKey, useI18n } from '../i18n';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  ignored: { opacity: 0.6 },
  toggle: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    background: 'none',
    color: 'inherit',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  // One width for the usual kinds, so the messages line up down the list.
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '1px', minWidth: '4.6em' },
  message: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  clamped: {
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS}`,
  },
  excerpt: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  mark: {
    // A highlighter look in both themes: dark text on yellow stays readable on a dark pane too.
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingItemProps {
  finding: Finding;
  paragraphText: string;
  ignored: boolean;
  busy: boolean;
  expanded: boolean;
  onToggle(): void;
  onLocate(): void;
  onFix(replacement: string): void;
  onIgnore(): void;
  onUnignore(): void;
  /** 忽略此词: offered for word findings (typo/confusable, term/office, term/title). */
  onIgnoreWord?(where: 'document' | 'personal'): void;
}

export function FindingItem(props: FindingItemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { finding, expanded } = props;
  const excerpt = excerptOf(props.paragraphText, finding.offset, finding.length);
  const paragraphLabel = t('paragraphN', { paragraph: finding.paragraph + 1 });
  const suggestions = finding.fix ? [] : (finding.suggestions ?? []);
  const detailsId = `finding-${finding.paragraph}-${finding.offset}-${finding.rule.replace('/', '-')}`;
  const severity = t(badgeKey(finding.severity));

  return (
    <li
      className={props.ignored ? `${styles.item} ${styles.ignored}` : styles.item}
      data-rule={finding.rule}
      data-paragraph={finding.paragraph}
      data-offset={finding.offset}
      data-length={finding.length}
    >
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={expanded}
        aria-controls={expanded ? detailsId : undefined}
        aria-label={t('labelled', { label: severity, text: finding.message })}
        onClick={props.onToggle}
      >
        <Badge
          className={styles.badge}
          appearance="tint"
          color={BADGE_COLOR[finding.severity]}
          size="small"
          title={severity}
        >
          {t(kindKey(kindOf(finding)))}
        </Badge>
        <span className={expanded ? styles.message : `${styles.message} ${styles.clamped}`}>
          {finding.message}
        </span>
      </button>
      {expanded && (
        <div className={styles.details} id={detailsId}>
          <Text className={styles.excerpt}>
            {t('labelled', { label: paragraphLabel, text: '' })}
            {excerpt.before}
            {finding.length > 0 ? (
              <mark className={styles.mark}>{excerpt.text}</mark>
            ) : (
              t('listNumber')
            )}
            {excerpt.after}
          </Text>
          <div
            className={styles.actions}
            role="group"
            aria-label={t('findingActions', { paragraph: finding.paragraph + 1 })}
          >
            <Button size="small" disabled={props.busy} onClick={props.onLocate}>
              {t('locate')}
            </Button>
            {finding.fix && (
              <Button
                size="small"
                appearance="primary"
                disabled={props.busy}
                title={t('fixTo', { replacement: finding.fix.replacement })}
                aria-label={t('labelled', {
                  label: t('fix'),
                  text: t('fixTo', { replacement: finding.fix.replacement }),
                })}
                onClick={() => props.onFix((finding.fix as { replacement: string }).replacement)}
              >
                {t('fix')}
              </Button>
            )}
            {suggestions.length > 0 && (
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <Button size="small" disabled={props.busy} aria-label={t('chooseFix')}>
                    {t('fix')}…
                  </Button>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {suggestions.map((s) => (
                      <MenuItem key={s} onClick={() => props.onFix(s)}>
                        {t('fixTo', { replacement: s })}
                      </MenuItem>
                    ))}
                  </MenuList>
                </MenuPopover>
              </Menu>
            )}
            {props.ignored ? (
              <Button size="small" appearance="subtle" onClick={props.onUnignore}>
                {t('unignore')}
              </Button>
            ) : (
              <Button size="small" appearance="subtle" onClick={props.onIgnore}>
                {t('ignore')}
              </Button>
            )}
            {props.onIgnoreWord && offersIgnoreWord(finding) && (
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <Button size="small" appearance="subtle" disabled={props.busy}>
                    {t('ignoreWord')}
                  </Button>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    <MenuItem onClick={() => props.onIgnoreWord?.('document')}>
                      {t('ignoreWordDocument', { word: finding.text })}
                    </MenuItem>
                    <MenuItem onClick={() => props.onIgnoreWord?.('personal')}>
                      {t('ignoreWordOffice')}
                    </MenuItem>
                  </MenuList>
                </MenuPopover>
              </Menu>
            )}
          </div>
          {props.onIgnoreWord && offersIgnoreWord(finding) && (
            <Text size={200} className={styles.excerpt}>
              {t('ignoreWordStored', { word: finding.text })}
            </Text>
          )}
        </div>
      )}
    </li>
  );
}
