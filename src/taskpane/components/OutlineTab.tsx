/** 大纲: the heading tree (一、 → （一） → 1. → （1）) with numbering problems marked on it. */
import {
  Badge,
  makeStyles,
  Text,
  tokens,
  Tree,
  TreeItem,
  TreeItemLayout,
  type TreeItemValue,
} from '@fluentui/react-components';
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Finding } from '../../core';
import { useI18n } from '../i18n';
import { outlineOf, type OutlineNode } from '../outline';
import { useCheckerContext } from '../state/useChecker';

const useStyles = makeStyles({
  marker: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  problem: { marginLeft: tokens.spacingHorizontalS },
});

function allValues(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((node) => [String(node.paragraph), ...allValues(node.children)]);
}

/** Only the item's own click or Enter, not one bubbling up from a nested heading. */
function isOwnEvent(event: MouseEvent | KeyboardEvent): boolean {
  const item = (event.target as HTMLElement).closest('[role="treeitem"]');
  return item === event.currentTarget;
}

export function OutlineTab() {
  const { t } = useI18n();
  const styles = useStyles();
  const { checkedDoc, result, goTo } = useCheckerContext();
  const nodes = useMemo(() => (checkedDoc ? outlineOf(checkedDoc) : []), [checkedDoc]);
  const [closed, setClosed] = useState<ReadonlySet<TreeItemValue>>(new Set());
  const openItems = useMemo(() => allValues(nodes).filter((v) => !closed.has(v)), [nodes, closed]);

  const problems = useMemo(() => {
    const byParagraph = new Map<number, Finding[]>();
    for (const f of result?.findings ?? []) {
      if (!f.rule.startsWith('heading/')) continue;
      byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f]);
    }
    return byParagraph;
  }, [result]);

  if (!checkedDoc) return <Text>{t('outlineNeedsCheck')}</Text>;
  if (nodes.length === 0) return <Text>{t('outlineEmpty')}</Text>;

  const goToHeading = (node: OutlineNode) => {
    const text = checkedDoc.paragraphs[node.paragraph]?.text ?? '';
    // Select the whole heading paragraph: a finding-shaped range is all the adapter needs.
    void goTo({
      rule: 'outline',
      severity: 'info',
      paragraph: node.paragraph,
      offset: 0,
      length: text.length,
      text,
      message: '',
      messageId: 'outline',
    });
  };

  const renderNodes = (list: readonly OutlineNode[]) =>
    list.map((node) => {
      const found = problems.get(node.paragraph) ?? [];
      const label = `${node.marker}${node.title}`;
      return (
        <TreeItem
          key={node.paragraph}
          value={String(node.paragraph)}
          itemType={node.children.length > 0 ? 'branch' : 'leaf'}
          aria-label={
            found.length > 0
              ? t('withProblem', {
                  label,
                  problem: t('outlineProblem', { message: found[0]?.message ?? '' }),
                })
              : label
          }
          aria-description={t('outlineGoTo')}
          data-paragraph={node.paragraph}
          onClick={(event: MouseEvent) => isOwnEvent(event) && goToHeading(node)}
          onKeyDown={(event: KeyboardEvent) =>
            event.key === 'Enter' && isOwnEvent(event) && goToHeading(node)
          }
        >
          <TreeItemLayout>
            <span className={styles.marker}>{node.marker}</span>
            {node.title}
            {found.map((f) => (
              <Badge
                key={`${f.rule}:${f.offset}`}
                className={styles.problem}
                color={f.severity === 'error' ? 'danger' : 'warning'}
                appearance="tint"
                size="small"
                title={f.message}
              >
                {f.message}
              </Badge>
            ))}
          </TreeItemLayout>
          {node.children.length > 0 && <Tree>{renderNodes(node.children)}</Tree>}
        </TreeItem>
      );
    });

  return (
    <Tree
      aria-label={t('outlineTitle')}
      openItems={openItems}
      onOpenChange={(_event, data) => {
        // Click and Enter go to the heading; the chevron and arrow keys open and close.
        if (data.type === 'Click' || data.type === 'Enter') return;
        const next = new Set(closed);
        if (data.open) next.delete(data.value);
        else next.add(data.value);
        setClosed(next);
      }}
    >
      {renderNodes(nodes)}
    </Tree>
  );
}
