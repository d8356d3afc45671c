import { check, documentFromText } from '../../../src/core';
import { placeholderName } from '../../../src/core/rules/placeholder/name';
import { placeholderRules } from '../../../src/core/rules/placeholder';
import { ruleTester, runRule } from '../../helpers/ruleTester';

ruleTester(placeholderName, {
  valid: [
    '市委书记在动员大会上作了重要讲话。',
    '县纪委通报了原县交通局局长李某某严重违纪违法问题。',
    '某些单位对这项工作重视不够，某个环节出了问题就层层推诿。',
    '全县上下要把思想统一到县委、县政府的决策部署上来。',
    '请登录 https://www.example.gov.cn/x_service 查询办理进度。',
    '配置文件 file_name 已更新。',
    '____________',
    '县委 书记和常务 副县长出席会议，各位 同志要认真落实。',
    '【会议时间】2024年3月1日上午9:00；【会议地点】：市政府三楼会议室',
    '新采购的iPhone X手机和X.509数字证书已经登记入账。',
  ],
  invalid: [
    {
      text: 'XX书记在动员会上作了重要讲话。',
      errors: [{ messageId: 'person', text: 'XX', offset: 0 }],
    },
    {
      text: '刚才，**同志宣读了表彰决定，***常务副县长作了部署。',
      errors: [
        { messageId: 'person', text: '**' },
        { messageId: 'person', text: '***' },
      ],
    },
    {
      text: '按照X省统一部署，全X上下迅速行动。',
      errors: [
        { messageId: 'place', text: 'X', offset: 2 },
        { messageId: 'place', text: 'X', offset: 10 },
      ],
    },
    {
      text: '在X委、X政府的坚强领导下，各项工作取得新成效。',
      errors: [
        { messageId: 'place', text: 'X', offset: 1 },
        { messageId: 'place', text: 'X', offset: 4 },
      ],
    },
    {
      text: '请某某同志负责会务联络，参会的有XXX、XXX等同志。',
      errors: [
        { messageId: 'person', text: '某某' },
        { messageId: 'name', text: 'XXX' },
        { messageId: 'name', text: 'XXX' },
      ],
    },
    {
      text: '【单位名称】关于开展安全生产大检查的通知',
      errors: [{ messageId: 'template', text: '【单位名称】', offset: 0 }],
    },
    {
      text: '[姓名]同志：现将有关事项通知如下。',
      errors: [{ messageId: 'template', text: '[姓名]', offset: 0 }],
    },
    {
      text: '报告人：____，联系电话另行通知。',
      errors: [{ messageId: 'name', text: '____' }],
    },
    {
      name: 'an X left by a blind find-and-replace',
      text: '积极推进社X网格化管理，分清主次、X分轻重缓急。',
      errors: [
        { messageId: 'name', text: 'X', offset: 5 },
        { messageId: 'name', text: 'X', offset: 17 },
      ],
    },
    {
      name: 'spaces left where a name was deleted',
      text: '领导组组长 同志总结了成绩，大家要按照　书记的讲话精神抓好落实。',
      errors: [
        { messageId: 'blank', text: ' ', offset: 5 },
        { messageId: 'blank', text: '　', offset: 19 },
      ],
    },
    {
      text: '××县人民政府办公室',
      errors: [{ messageId: 'place', text: '××', offset: 0 }],
    },
  ],
});

describe('placeholder tokens', () => {
  it('are reported once, by the rule matching their kind', () => {
    const text = '在XX书记的带领下，全X新增就业X万人，完成【完成时间】前的X项任务。';
    const result = check(documentFromText(text), {
      rules: placeholderRules,
      speechDate: '2024-03-01',
      today: '2024-03-01',
    });
    expect(result.findings.map((f) => `${f.rule} ${f.text}@${f.offset}`)).toEqual([
      'placeholder/name XX@1',
      'placeholder/name X@11',
      'placeholder/number X@16',
      'placeholder/number 【完成时间】@22',
      'placeholder/number X@30',
    ]);
  });

  it('name the title after a blank', () => {
    expect(runRule(placeholderName, { text: '请 同志宣读决定。' }).map((f) => f.message)).toEqual([
      '“同志”前只有空白，疑似删去了人名。',
    ]);
  });

  it('name the kind of field in the message', () => {
    const messages = runRule(placeholderName, {
      text: 'XX书记出席，X委主持，请填写【单位名称】。',
    }).map((f) => f.message);
    expect(messages).toEqual([
      '“XX”是未填写的占位符，此处应填写人名。',
      '“X”是未填写的占位符，此处应填写地名或单位名。',
      '“【单位名称】”是未填写的模板字段，应改为实际内容。',
    ]);
  });
});
