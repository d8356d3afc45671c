/**
 * What `npm run build` configured for this deployment, injected by webpack's DefinePlugin
 * (see scripts/build.mjs): the office libraries the Draft tab loads. Files given with `--library`
 * become `library/<name>.json`, relative to taskpane.html; `--library-url` addresses stay absolute.
 * The page's CSP `connect-src` allows exactly these. Previews and tests have none.
 */
declare const __SPEECHDESK_LIBRARY_URLS__: readonly string[] | undefined;

export function configuredLibraryUrls(): readonly string[] {
  return typeof __SPEECHDESK_LIBRARY_URLS__ === 'undefined' ? [] : __SPEECHDESK_LIBRARY_URLS__;
}
