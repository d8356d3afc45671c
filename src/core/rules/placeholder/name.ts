import { defineRule } from '../../engine/rule';
import { placeholderReports } from './detect';
import { nameMessages } from './messages';
import { placeholderExceptionsTable } from './tables';

export const placeholderName = defineRule({
  id: 'placeholder/name',
  title: { zh: '未填写的名称占位符', en: 'Unfilled name placeholder' },
  description: {
    zh: '标出代替人名、地名、单位名的占位符（XX书记、**同志、全X、X委、某某、【单位名称】、____ 等）以及盲目替换留下的 X（社X）。',
    en: 'Flags placeholders standing for a person, place or unit (XX书记, **同志, 全X, X委, 某某, 【单位名称】, ____) and X left inside a word by a blind replace (社X).',
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: nameMessages,
  defaultOptions: {},
  tables: [placeholderExceptionsTable],
  check(doc, ctx) {
    return placeholderReports(doc, ctx, 'name');
  },
});
