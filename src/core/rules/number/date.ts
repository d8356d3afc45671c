/**
 * number/date: a date written against GB/T 15835—2011 in formal text: Chinese and Arabic
 * numerals mixed in one date (2022年三月), ○/O/0/零 for 〇 in a Chinese-numeral year
 * (二○二二年), 号 for 日 (3月5号), full-width digits (２０２２年), a two-digit year (22年3月).
 * Document numbers (国发〔2020〕1号, 〔2023〕5号) have no 月 before 号 and are left alone.
 */
import { defineRule } from '../../engine/rule';
import type { RuleReport } from '../../engine/types';
import { matchesOf } from '../../text/patterns';
import { halfWidthDigits } from './shared';

const CN_DIGIT = '一二三四五六七八九十';

/** 2022年三月, 2022年3月五日. */
const ARABIC_YEAR_CN_MONTH = new RegExp(`(?<![\\d０-９])\\d{4}年[${CN_DIGIT}]{1,2}月`, 'gu');
/** 二〇二二年3月. */
const CN_YEAR_ARABIC_MONTH = /[一二三四五六七八九〇○零]{4}年\d{1,2}月/gu;
/** 3月五日 / 三月5日. */
const MIXED_MONTH_DAY = new RegExp(
  `(?<![\\d${CN_DIGIT}])(?:\\d{1,2}月[${CN_DIGIT}]{1,3}日|[${CN_DIGIT}]{1,2}月\\d{1,2}日)`,
  'gu',
);
/** A Chinese-numeral year with ○, O, 0 or 零 for 〇. */
const ZERO_YEAR = /(?<![一二三四五六七八九十〇○零OＯ0])[一二三四五六七八九〇○零OＯ0]{4}(?=年)/gu;
/** 3月5号, 三月五号; not 5号文件, 5号楼. */
const HAO_FOR_RI = new RegExp(
  `(?<![\\d${CN_DIGIT}])(?:\\d{1,2}|[${CN_DIGIT}]{1,2})月(?:\\d{1,2}|[${CN_DIGIT}]{1,3})(号)(?![文令楼线院馆房厅台仓库车船])`,
  'gu',
);
/** ２０２２年, ３月, ５日: full-width digits in a date. */
const FULL_WIDTH = /[０-９]+(?=[年月日号])/gu;
/** 22年3月, ’22年3月: a two-digit year before a month. */
const TWO_DIGIT_YEAR = /(?<![\d０-９.\-－/第近])['’]?(\d{2})年(?=\d{1,2}月)/gu;

export const numberDate = defineRule({
  id: 'number/date',
  title: { zh: '日期写法', en: 'Date form' },
  description: {
    zh: '日期不合 GB/T 15835—2011：同一日期混用汉字和阿拉伯数字，汉字年份中以“○”“O”“0”“零”代“〇”，以“号”代“日”，全角数字，两位数年份。',
    en: 'A date against GB/T 15835—2011: Chinese and Arabic numerals mixed, ○/O/0/零 for 〇 in a Chinese-numeral year, 号 for 日, full-width digits, a two-digit year.',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    mixed: {
      zh: '日期“{text}”混用汉字数字和阿拉伯数字，应统一',
      en: 'The date "{text}" mixes Chinese and Arabic numerals',
    },
    zero: {
      zh: '汉字数字年份中的零应写作“〇”：{replacement}',
      en: 'Write the zero of a Chinese-numeral year as 〇: {replacement}',
    },
    hao: {
      zh: '正式文稿中日期用“日”，不用“号”',
      en: 'Formal dates use 日, not 号',
    },
    fullWidth: {
      zh: '日期中的阿拉伯数字应使用半角：{replacement}',
      en: 'Use half-width digits in dates: {replacement}',
    },
    twoDigitYear: {
      zh: '年份“{text}”不应简写为两位数',
      en: 'Do not shorten the year "{text}" to two digits',
    },
  },
  defaultOptions: {},
  check(doc) {
    const reports: RuleReport[] = [];
    doc.paragraphs.forEach((p, paragraph) => {
      const text = p.text;
      if (!/[年月日号]/u.test(text)) return;
      const mixed = (re: RegExp) => {
        for (const m of matchesOf(re, text)) {
          reports.push({
            paragraph,
            offset: m.index,
            length: m[0].length,
            messageId: 'mixed',
            data: { text: m[0] },
          });
        }
      };
      mixed(ARABIC_YEAR_CN_MONTH);
      mixed(CN_YEAR_ARABIC_MONTH);
      mixed(MIXED_MONTH_DAY);
      for (const m of matchesOf(ZERO_YEAR, text)) {
        const year = m[0];
        // A year needs real numerals around its zeros (二○二二), and something to fix.
        if (!/[一二三四五六七八九]/u.test(year) || !/[○零OＯ0]/u.test(year)) continue;
        const replacement = year.replace(/[○零OＯ0]/gu, '〇');
        reports.push({
          paragraph,
          offset: m.index,
          length: year.length,
          messageId: 'zero',
          data: { replacement: `${replacement}年` },
          fix: { replacement },
        });
      }
      for (const m of matchesOf(HAO_FOR_RI, text)) {
        reports.push({
          paragraph,
          offset: m.index + m[0].length - 1,
          length: 1,
          messageId: 'hao',
          fix: { replacement: '日' },
        });
      }
      for (const m of matchesOf(FULL_WIDTH, text)) {
        const replacement = halfWidthDigits(m[0]);
        reports.push({
          paragraph,
          offset: m.index,
          length: m[0].length,
          messageId: 'fullWidth',
          data: { replacement },
          fix: { replacement },
        });
      }
      for (const m of matchesOf(TWO_DIGIT_YEAR, text)) {
        const yy = m[1] as string;
        reports.push({
          paragraph,
          offset: m.index,
          length: m[0].length,
          messageId: 'twoDigitYear',
          data: { text: m[0] },
          suggestions: [`20${yy}年`, `19${yy}年`],
        });
      }
    });
    return reports;
  },
});
