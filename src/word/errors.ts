/**
 * Every failure of the Word adapter reaches the pane as a WordAdapterError whose `userMessage`
 * (zh-CN first) says what happened and what to do, ready for a Fluent MessageBar.
 */
import type { Localized } from '../core';

export class WordAdapterError extends Error {
  override readonly name = 'WordAdapterError';
  constructor(
    /** Office's error code (`ItemNotFound`, `ApiNotFound`…) or the adapter's own. */
    readonly code: string,
    readonly userMessage: Localized,
    options?: { cause?: unknown },
  ) {
    super(userMessage.en, options);
  }
}

/**
 * A message for every `Word.ErrorCodes` value the adapter can meet (WordApi: AccessDenied,
 * GeneralException, InvalidArgument, ItemNotFound, NotAllowed, NotImplemented,
 * SearchDialogIsOpen, SearchStringInvalidOrTooLong), plus Office's ApiNotFound and our own codes;
 * GeneralException gets the generic message, which names the code for whoever supports the user.
 */
const MESSAGES: Record<string, Localized> = {
  ItemNotFound: {
    zh: '在文档中找不到这处内容，文档可能已被修改。请重新检查后再试。',
    en: 'This text is no longer in the document; it may have been edited. Check again, then retry.',
  },
  ApiNotFound: {
    zh: '当前 Word 版本不支持此功能。请升级到 Microsoft 365 版 Word，或改用网页版 Word。',
    en: 'Your version of Word does not support this feature. Use Word for Microsoft 365 or Word on the web.',
  },
  AccessDenied: {
    zh: '文档处于只读或受保护状态，无法修改。请在 Word 中启用编辑后重试。',
    en: 'The document is read-only or protected. Enable editing in Word, then retry.',
  },
  SettingsNotSaved: {
    zh: '无法把设置保存到文档中。请确认文档可编辑，然后重试。',
    en: 'Could not save the settings in the document. Make sure it can be edited, then retry.',
  },
  SearchDialogIsOpen: {
    zh: 'Word 的“查找和替换”窗口正在打开，讲稿助手无法在文档中定位。请先关闭该窗口，再重试。',
    en: "Word's Find and Replace dialog is open, so SpeechDesk cannot find text in the document. Close the dialog, then retry.",
  },
  SearchStringInvalidOrTooLong: {
    zh: '这处内容无法在 Word 中查找（过长或含有特殊字符），未作标记。',
    en: 'Word cannot search for this text (too long or special characters), so it was not marked.',
  },
  InvalidArgument: {
    zh: 'Word 拒绝了这次操作，文档可能刚被修改。请重新检查后再试。',
    en: 'Word refused the operation; the document may just have changed. Check again, then retry.',
  },
  NotImplemented: {
    zh: '当前 Word 没有实现此功能。请改用 Microsoft 365 版 Word 或网页版 Word。',
    en: 'This Word does not implement the feature. Use Word for Microsoft 365 or Word on the web.',
  },
  TrackingNotRestored: {
    zh: '修改未能完成，且未能恢复原来的修订状态。请在“审阅”选项卡中检查“修订”是否为您需要的状态。',
    en: 'The fix failed and the previous Track Changes setting could not be restored. Check Track Changes on the Review tab.',
  },
};

MESSAGES.EditModeDenied = MESSAGES.AccessDenied as Localized;
MESSAGES.NotAllowed = MESSAGES.AccessDenied as Localized;

/** The message for an adapter-level code, e.g. `ItemNotFound`. */
export function messageFor(code: string): Localized {
  return (
    MESSAGES[code] ?? {
      zh: `Word 未能完成操作（${code}）。请稍后重试；若问题持续，请保存并重新打开文档。`,
      en: `Word could not finish the operation (${code}). Retry; if it keeps failing, save and reopen the document.`,
    }
  );
}

/** Wraps anything thrown by Office.js (or by us) into a WordAdapterError. */
export function toWordAdapterError(error: unknown): WordAdapterError {
  if (error instanceof WordAdapterError) return error;
  const code =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : 'GeneralException';
  return new WordAdapterError(code, messageFor(code), { cause: error });
}

/** Runs one adapter operation, turning every failure into a WordAdapterError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toWordAdapterError(error);
  }
}
