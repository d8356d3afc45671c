/** @jest-environment jsdom */
/**
 * src/webview/webview-check.js, which taskpane.html runs before the bundle: Internet Explorer and
 * legacy Edge webviews (Office 2019 and older) get a plain Chinese message naming the Office
 * versions needed instead of a blank pane; WebView2 and Safari go on to the pane.
 */
const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  macWord:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
};

function runCheck(userAgent: string): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/webview/webview-check.js');
  });
  return document.body.firstElementChild as HTMLElement;
}

test.each([
  ['Internet Explorer 11', UA.ie11],
  ['legacy Edge (EdgeHTML)', UA.edgeHtml],
])('%s: a message naming the Office versions needed, and no #root for the bundle', (_name, ua) => {
  const shown = runCheck(ua);
  expect(shown.textContent).toContain('讲稿助手无法在此版本的 Office 中运行');
  expect(shown.textContent).toContain('Microsoft 365 版 Word、Office 2021 或更高版本');
  expect(document.getElementById('root')).toBeNull();
});

test.each([
  ['WebView2', UA.webView2],
  ['Word on Mac', UA.macWord],
])('%s: the pane mounts as usual', (_name, ua) => {
  const root = runCheck(ua);
  expect(root.id).toBe('root');
  expect(root.textContent).toBe('');
});
