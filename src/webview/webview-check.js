/* global navigator, document */
// Runs before the task pane's bundle, in ES5 so that old webviews can parse it. Office 2019 and
// older Office 365 builds show add-ins in Internet Explorer 11 (Trident) or the old Edge
// (EdgeHTML), which cannot run the pane: instead of a blank pane, say which Word is needed. The
// pane's root is renamed so the bundle, if it runs at all, does not mount over the message.
(function () {
  var ua = navigator.userAgent;
  // EdgeHTML says "Edge/18"; Chromium Edge (WebView2) says "Edg/".
  if (!/Trident\/|MSIE |Edge\/\d/.test(ua)) return;
  var root = document.getElementById('root');
  if (!root) return;
  root.id = 'speechdesk-old-webview';
  root.style.padding = '16px';
  root.style.fontSize = '14px';
  root.style.lineHeight = '1.7';
  root.textContent =
    '讲稿助手无法在此版本的 Office 中运行：它使用旧版浏览器组件（Internet Explorer 或旧版 Edge）。' +
    '请使用 Microsoft 365 版 Word、Office 2021 或更高版本（Windows 上需装有 Microsoft Edge WebView2），或网页版 Word。' +
    ' SpeechDesk cannot run in this Office (Internet Explorer or legacy Edge webview): use Word for Microsoft 365, Office 2021 or later with WebView2, or Word on the web.';
})();
