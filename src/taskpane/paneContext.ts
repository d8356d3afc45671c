/**
 * What a tab may ask of the pane around it: the sticky header's action slot (so a tab's primary
 * actions stay in view while its list scrolls) and switching to another tab.
 */
import { createContext, useContext } from 'react';

export type PaneTabId = 'draft' | 'check' | 'outline' | 'placeholders' | 'settings';

export interface PaneFrame {
  /** Where a tab portals its primary actions: inside the sticky header, under the tabs. */
  actionSlot: HTMLElement | null;
  goToTab(tab: PaneTabId): void;
}

export const PaneFrameContext = createContext<PaneFrame>({
  actionSlot: null,
  goToTab: () => undefined,
});

export function usePaneFrame(): PaneFrame {
  return useContext(PaneFrameContext);
}

/** The element that scrolls the pane: the nearest scrolling ancestor, else the page. */
export function scrollerOf(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}
