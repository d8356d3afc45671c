/**
 * Why a .docx could not be read: one line, printed by the CLI as `file: reason` (exit code 2).
 * `message` is English; `zh` says the same in Chinese for zh-CN users.
 */
export class DocxError extends Error {
  override name = 'DocxError';
  readonly zh: string;

  constructor(message: string, zh?: string) {
    super(message);
    this.zh = zh ?? message;
  }
}
