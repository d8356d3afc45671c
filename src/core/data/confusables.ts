/**
 * The confusable-words table for typo/confusable: a wrong form, the right one, the context in
 * which the wrong form is certainly wrong (guards), and where the entry comes from. Precision
 * first: an entry that could match correct text carries a guard, or is not in the table.
 */
import * as v from 'valibot';
import type { TableSpec } from './table';
import data from './confusables.json';

/** Where entries come from: open data (with repository, path, commit and licence) or references. */
export const CONFUSABLE_SOURCES = {
  'macro-correct': {
    title: 'macro-correct confusion_dict.json（错误词形取自该表，正确词形逐条人工核对）',
    repo: 'yongzhuo/macro-correct',
    path: 'macro_correct/output/confusion_dict.json',
    commit: '356020865782bbbd089f70ebedc0f6ad4dfa52bb',
    licence: 'Apache-2.0',
  },
  pycorrector: {
    title: 'pycorrector custom_confusion.txt',
    repo: 'shibing624/pycorrector',
    path: 'pycorrector/data/custom_confusion.txt',
    commit: '02838f211b4ee5428c38a73abbdb3a4bd940b27b',
    licence: 'Apache-2.0',
  },
  yaowenjiaozi: {
    title: '《咬文嚼字》编辑部“当代汉语出版物中最常见的100个错别字”（手工选录）',
  },
  'gf-1001-2001': {
    title: '《第一批异形词整理表》GF 1001—2001（教育部、国家语言文字工作委员会，2001-12-19）',
  },
  'xiandai-hanyu': { title: '《现代汉语词典》（第7版），商务印书馆，2016' },
  official: { title: '中央文件的规范表述（理由逐条注明）' },
  editorial: { title: 'SpeechDesk 编辑判断（理由逐条注明）' },
  office: { title: '本单位添加' },
} as const;

export type ConfusableSource = keyof typeof CONFUSABLE_SOURCES;

const regexSource = v.pipe(
  v.string(),
  v.minLength(1),
  v.check((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'expected a valid regular expression'),
);

export const confusableSchema = v.pipe(
  v.strictObject({
    /** The wrong form, literally. */
    wrong: v.pipe(v.string(), v.minLength(2)),
    /** What to write instead. */
    right: v.pipe(v.string(), v.minLength(1)),
    /** typo: wrong; variant: a non-recommended variant form; style: house style (其它→其他). */
    kind: v.picklist(['typo', 'variant', 'style']),
    /** The text right before the wrong form must match (a regex anchored at its end). */
    before: v.optional(regexSource),
    /** The text right before must not match. */
    notBefore: v.optional(regexSource),
    /** The text right after the wrong form must match (a regex anchored at its start). */
    after: v.optional(regexSource),
    /** The text right after must not match. */
    notAfter: v.optional(regexSource),
    source: v.picklist(
      Object.keys(CONFUSABLE_SOURCES) as [ConfusableSource, ...ConfusableSource[]],
    ),
    /** Why the wrong form is wrong here, in zh-CN: shown with the finding. */
    reason: v.pipe(v.string(), v.minLength(2)),
  }),
  v.check((e) => e.wrong !== e.right, 'wrong and right must differ'),
);

export type Confusable = v.InferOutput<typeof confusableSchema>;

export const confusablesTable: TableSpec<Confusable> = {
  name: 'confusables',
  file: 'src/core/data/confusables.json',
  entry: confusableSchema,
  data,
};
