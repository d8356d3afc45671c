import { punctHalfwidth } from '../../../src/core/rules/punct/halfwidth';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(punctHalfwidth, {
  valid: [
    '全年完成投资1,000亿元，比分为3:2，会议于10:30开始。',
    '详见 https://www.gov.cn/zhengce/content?id=1,2 的政策解读。',
    '他引用了一句英文：“Yes, we can!”',
    '(一)加强组织领导',
    '(1)落实属地责任',
    '  (三)强化督促检查',
    '（四)完善考核机制',
    'Ratio (per capita): 3.5, rising!',
  ],
  invalid: [
    {
      text: '认真实施人才战略,着力加强人才队伍建设。',
      errors: [{ messageId: 'halfwidth', text: ',', offset: 8, fix: '，' }],
      output: '认真实施人才战略，着力加强人才队伍建设。',
    },
    {
      name: 'comma with a space, semicolon, colon',
      text: '细化工作任务, 抢前抓早;会议议程:听取汇报。',
      errors: [
        { messageId: 'halfwidth', text: ', ', fix: '，' },
        { messageId: 'halfwidth', text: ';', fix: '；' },
        { messageId: 'halfwidth', text: ':', fix: '：' },
      ],
      output: '细化工作任务，抢前抓早；会议议程：听取汇报。',
    },
    {
      text: '我们能不能做到?必须做到!',
      errors: [
        { messageId: 'halfwidth', text: '?', fix: '？' },
        { messageId: 'halfwidth', text: '!', fix: '！' },
      ],
      output: '我们能不能做到？必须做到！',
    },
    {
      name: 'a parenthesis pair is converted whole',
      text: '推广人工智能(AI)技术，完善“一网通办”(政务服务)平台。',
      errors: [
        { messageId: 'halfwidth', text: '(' },
        { messageId: 'halfwidth', text: ')' },
        { messageId: 'halfwidth', text: '(' },
        { messageId: 'halfwidth', text: ')' },
      ],
      output: '推广人工智能（AI）技术，完善“一网通办”（政务服务）平台。',
    },
    {
      name: 'an inline (1) is still reported; only a leading marker belongs to heading/marker',
      text: '一是(1)抓好就业,二是稳定物价。',
      errors: [
        { messageId: 'halfwidth', text: '(' },
        { messageId: 'halfwidth', text: ')' },
        { messageId: 'halfwidth', text: ',' },
      ],
      output: '一是（1）抓好就业，二是稳定物价。',
    },
    {
      text: '就业率达到95%,比上年提高2个百分点。',
      errors: [{ messageId: 'halfwidth', text: ',' }],
    },
  ],
});
