/**
 * What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflows on resize). A no-op
 * observer is faithful enough here because jsdom has no layout to observe.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = NoLayoutResizeObserver as unknown as typeof ResizeObserver;
}
