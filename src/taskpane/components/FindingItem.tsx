/** One finding: severity, message, excerpt, and the actions 定位 / 修复 / 忽略. */
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
import { badgeKey, useI18n } from '../i18n';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  ignored: { opacity: 0.6 },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
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
  onLocate(): void;
  onFix(replacement: string): void;
  onIgnore(): void;
  onUnignore(): void;
}

export function FindingItem(props: FindingItemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { finding } = props;
  const excerpt = excerptOf(props.paragraphText, finding.offset, finding.length);
  const paragraphLabel = t('paragraphN', { paragraph: finding.paragraph + 1 });
  const suggestions = finding.fix ? [] : (finding.suggestions ?? []);

  return (
    <li
      className={props.ignored ? `${styles.item} ${styles.ignored}` : styles.item}
      aria-label={t('labelled', { label: t(badgeKey(finding.severity)), text: finding.message })}
      data-rule={finding.rule}
      data-paragraph={finding.paragraph}
      data-offset={finding.offset}
      data-length={finding.length}
    >
      <div className={styles.head}>
        <Badge
          className={styles.badge}
          appearance="tint"
          color={BADGE_COLOR[finding.severity]}
          size="small"
        >
          {t(badgeKey(finding.severity))}
        </Badge>
        <Text weight="semibold">{finding.message}</Text>
      </div>
      <Text className={styles.excerpt}>
        {t('labelled', { label: paragraphLabel, text: '' })}
        {excerpt.before}
        {finding.length > 0 ? <mark className={styles.mark}>{excerpt.text}</mark> : t('listNumber')}
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
      </div>
    </li>
  );
}
