/**
 * What the user's Word can do. `isSetSupported` alone is not enough: Office.js files shipped with
 * an older build (`--office-js local`) lack methods the host claims (critiques in 1.1.110), and
 * retail perpetual Office claims WordApi 1.7 yet refuses critiques (office-js #4953, #5179). So a
 * capability also needs its methods in the loaded runtime, and critiques are tried and given up
 * on failure (officeWord.ts remembers that until the pane is reloaded).
 */
import type { WordCapabilities } from './api';
import { WordAdapterError } from './errors';

function supports(version: string): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('WordApi', version) === true;
}

/** Whether the loaded Office.js defines `Word[className].prototype[member]` as a method. */
export function hasMethod(className: string, member: string): boolean {
  if (typeof Word === 'undefined') return false;
  const cls = (
    Word as unknown as Record<string, { prototype?: Record<string, unknown> } | undefined>
  )[className];
  return typeof cls?.prototype?.[member] === 'function';
}

export function detectCapabilities(): WordCapabilities {
  const v14 = supports('1.4');
  return {
    baseline: supports('1.3'),
    comments: v14,
    trackChanges: v14,
    critiques:
      supports('1.7') &&
      hasMethod('Paragraph', 'insertAnnotations') &&
      hasMethod('Paragraph', 'getAnnotations'),
  };
}

/** WordApi 1.4's `getReviewedText`, to tell tracked deletions from text. */
export function canReadReviewedText(): boolean {
  return supports('1.4') && hasMethod('Body', 'getReviewedText');
}

const NEEDS: Record<keyof WordCapabilities, { version: string; zh: string; en: string }> = {
  baseline: { version: '1.3', zh: '讲稿助手', en: 'SpeechDesk' },
  comments: { version: '1.4', zh: '添加批注', en: 'Adding comments' },
  trackChanges: { version: '1.4', zh: '以修订方式修改', en: 'Fixing as tracked changes' },
  critiques: { version: '1.7', zh: '编辑器式标记', en: 'Editor-style marks' },
};

/** Throws a user-facing error when the user's Word lacks a capability. */
export function requireCapability(
  capabilities: WordCapabilities,
  capability: keyof WordCapabilities,
): void {
  if (capabilities[capability]) return;
  const need = NEEDS[capability];
  throw new WordAdapterError('ApiNotFound', {
    zh: `当前 Word 版本不支持“${need.zh}”（需要 WordApi ${need.version}）。请升级到 Microsoft 365 版 Word，或改用网页版 Word。`,
    en: `${need.en} needs WordApi ${need.version}, which this version of Word lacks. Use Word for Microsoft 365 or Word on the web.`,
  });
}
