/** The task pane inside Word: wait for Office, then mount the pane over the Office.js adapter. */
import { createOfficeWord } from '../word';
import { mountTaskpane, officeEnvironment } from './mount';

void Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  if (info.host !== Office.HostType.Word) {
    // Opened in a plain browser (or another Office app): say where it belongs instead of failing later.
    container.textContent =
      '讲稿助手是 Word 加载项，请在 Word 中从“开始”选项卡打开。SpeechDesk is a Word add-in: open it from the Home tab in Word.';
    return;
  }
  mountTaskpane(container, {
    word: createOfficeWord(),
    ...officeEnvironment(),
    search: window.location.search,
  });
});
