import { defineRule } from '../../engine/rule';
import { placeholderReports } from './detect';
import { numberMessages } from './messages';
import { placeholderExceptionsTable } from './tables';

export const placeholderNumber = defineRule({
  id: 'placeholder/number',
  title: { zh: '未填写的数字占位符', en: 'Unfilled number placeholder' },
  description: {
    zh: '标出代替数字的占位符（X万人、X%、****人、X月X日、20xx年等），它们必须在定稿前填上实际数字。',
    en: 'Flags placeholders standing where a figure belongs (X万人, X%, ****人, X月X日, 20xx年) that must be filled in before the speech is final.',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: numberMessages,
  defaultOptions: {},
  tables: [placeholderExceptionsTable],
  check(doc, ctx) {
    return placeholderReports(doc, ctx, 'number');
  },
});
