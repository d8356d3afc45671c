/** Messages of the placeholder rules: one messageId per kind of field, so each says what belongs there. */
import type { Localized } from '../../engine/types';
import { NAME_FIELDS, NUMBER_FIELDS } from './detect';

function fieldMessages(fields: Record<string, Localized>): Record<string, Localized> {
  const messages: Record<string, Localized> = {};
  for (const [id, field] of Object.entries(fields)) {
    messages[id] = {
      zh: `“{text}”是未填写的占位符，此处应填写${field.zh}。`,
      en: `"{text}" is an unfilled placeholder: ${field.en} belongs here.`,
    };
  }
  messages.template = {
    zh: '“{text}”是未填写的模板字段，应改为实际内容。',
    en: '"{text}" is an unfilled template field: replace it with the actual text.',
  };
  return messages;
}

/** Only the name rule reports blanks left where a name was deleted. */
const blankMessage: Localized = {
  zh: '“{title}”前只有空白，疑似删去了人名。',
  en: 'Only blank space before "{title}": a name seems to be missing.',
};

export const numberMessages = fieldMessages(NUMBER_FIELDS);
export const nameMessages = { ...fieldMessages(NAME_FIELDS), blank: blankMessage };
