import { loadTables } from '../../../src/core';
import { residueTemplate } from '../../../src/core/rules/residue/template';
import { residuePatternsTable } from '../../../src/core/rules/residue/tables';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(residueTemplate, {
  valid: [
    '要加强知识产权保护，维护版权所有者的合法权益，严厉打击侵权盗版行为。',
    '资金来源：市级财政专项资金和社会资本共同投入。',
    // A statistical report's data-source note is part of the report (held-back corpus).
    '资料来源：省统计局、省农业农村厅。',
    // A click count that is a figure of the report, not a page counter (second unseen set).
    '发布各类政策、成果1019篇，吸引点击量266万，提升群众认可度。',
    '各位同志要原原本本阅读原文，认真领会精神实质。',
    '全年经济运行稳中有进，工业增加值略有增长（略高于全省平均水平）。',
    '引导群众通过政务服务网和微信公众号在线办理业务。',
    '今天我讲的几点意见，供大家在工作中参考。',
  ],
  invalid: [
    {
      text: '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！\n各位领导、同志们：',
      errors: [
        {
          messageId: 'notice',
          paragraph: 0,
          offset: 0,
          text: '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！',
        },
      ],
    },
    {
      text: '来源：某某公文素材网\n同志们：',
      errors: [{ messageId: 'source', paragraph: 0, text: '来源：某某公文素材网' }],
    },
    {
      text: '  【责任编辑：王明】',
      errors: [{ messageId: 'editor', text: '【责任编辑：王明】', offset: 2 }],
    },
    {
      text: '二、存在的问题（此处略）',
      errors: [{ messageId: 'omission', text: '（此处略）' }],
    },
    {
      text: '以上数据仅供参考，具体以统计部门公布为准。',
      errors: [{ messageId: 'reference', text: '仅供参考' }],
    },
    {
      text: '第一范文网整理：关于加强作风建设的讲话（word版可编辑）',
      errors: [
        { messageId: 'site', text: '第一范文网' },
        { messageId: 'site', text: '（word版可编辑）' },
      ],
    },
    {
      text: '点击上方蓝字关注我们，分享、点赞、在看三连走起。',
      errors: [
        { messageId: 'promotion', text: '点击上方蓝字' },
        { messageId: 'promotion', text: '点赞、在看' },
      ],
    },
    {
      name: 'web page furniture around a copied speech',
      text: '正文复制\n前言：本站为你精心整理了讲话范文，希望能为你的创作提供参考价值。\n发布时间：2021-01-06 点击量：573',
      errors: [
        { messageId: 'site', paragraph: 0, text: '正文复制' },
        { messageId: 'site', paragraph: 1, text: '本站为你精心整理了' },
        { messageId: 'reference', paragraph: 1, text: '为你的创作提供参考价值' },
        { messageId: 'source', paragraph: 2 },
      ],
    },
    {
      text: '第 3 页 共 12 页',
      errors: [{ messageId: 'page', text: '第 3 页 共 12 页' }],
    },
  ],
});

describe('residue-patterns table', () => {
  it('loads, keeps a good office entry and rejects a bad pattern or an unknown kind', () => {
    const shipped = loadTables([residuePatternsTable]);
    expect(shipped.problems).toEqual([]);
    const { tables, problems } = loadTables([residuePatternsTable], {
      file: 'office.json',
      tables: {
        'residue-patterns': [
          { id: 'bad', kind: 'site', pattern: '(unclosed', scope: 'inline' },
          { id: 'odd', kind: 'gossip', pattern: '八卦', scope: 'inline' },
          { id: 'local-site', kind: 'site', pattern: '某某公文网', scope: 'inline' },
        ],
      },
    });
    expect(problems.map((p) => `${p.entry} ${p.reason.split(':')[0]}`)).toEqual([
      '0 pattern',
      '1 kind',
    ]);
    const loaded = tables['residue-patterns'] as unknown[];
    const shippedCount = (shipped.tables['residue-patterns'] as unknown[]).length;
    expect(loaded).toHaveLength(shippedCount + 1);
  });
});
