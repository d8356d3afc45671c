import { loadTables } from '../../../src/core';
import { confusablesTable } from '../../../src/core/data/confusables';
import { typoConfusable } from '../../../src/core/rules/typo/confusable';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(typoConfusable, {
  valid: [
    // 截止 after the time, or as a deadline, is right.
    '申报工作到3月31日截止，逾期不再受理。',
    '项目申报截止时间为2024年5月20日。',
    // 一座 + 落后: a measure word before 落后, not 座落 for 坐落 (dev material, 2020 speech).
    '实现了由一座落后的边陲小镇到国际化大都市的历史性跨越。',
    '报名截止3月31日，请各单位抓紧组织。',
    '截至2023年底，全县累计建成高标准农田12万亩。',
    '截止到目前，已完成年度任务的85%。',
    // 必需 as "indispensable"; 必须 before a verb.
    '保障群众生活必需品供应，必须坚持人民至上。',
    // 制订 a plan; 制定 a law.
    '制订年度工作计划，制定地方性法规。',
    // 起用 a person; 启用 a seal.
    '大胆起用年轻干部，新印章自6月1日起启用。',
    // 度过 time; 渡过 a difficulty.
    '和大家一起度过这个特殊的春节，携手渡过难关。',
    // 权利 and 权力 each in its own phrase.
    '依法保障群众的合法权利，把权力关进制度的笼子里。',
    '公民依法享有权利和履行义务，树立正确的权利观念。',
    // 既 … 又 with 使 as a verb.
    '这项改革既使企业减轻了负担，又让群众得到了实惠。',
    // Words that contain a confusable form across a word boundary.
    '工作中我们自己经常讲，要严格按装修标准验收。',
    // 悦己经济 (held-back corpus): 己 belongs to 悦己.
    '大力发展首发经济、银发经济、悦己经济。',
    '组织个人材料报送，形势严峻工作任务繁重。',
    '毕竟争取到了政策支持，究竟相信谁要看实绩。',
    '这些成绩的取得，既便于群众办事，又方便企业经营。',
    '不良反应情况要及时上报。',
    '精减人员编制的改革已完成。',
    '开展清产核资，进行身份确认、股份量化，推动资源变资产。',
    '检查帐篷搭建情况，安排一笔划拨资金，规范有关连锁企业经营。',
  ],
  invalid: [
    {
      text: '截止2024年底，全市城镇新增就业5.2万人。',
      errors: [{ messageId: 'typo', text: '截止', offset: 0, fix: '截至' }],
      output: '截至2024年底，全市城镇新增就业5.2万人。',
    },
    {
      text: '截止目前，全县已累计签定合同42份，按装路灯300盏。',
      errors: [
        { messageId: 'typo', text: '截止', fix: '截至' },
        { messageId: 'typo', text: '签定', fix: '签订' },
        { messageId: 'typo', text: '按装', fix: '安装' },
      ],
    },
    {
      text: '既使困难再大，我们也必需坚持把工作布署到位。',
      errors: [
        { messageId: 'typo', text: '既使', fix: '即使' },
        { messageId: 'typo', text: '必需', fix: '必须' },
        { messageId: 'typo', text: '布署', fix: '部署' },
      ],
    },
    {
      text: '要精减会议文件，带领群众度过难关，把权利关进制度的笼子里。',
      errors: [
        { messageId: 'typo', text: '精减', fix: '精简' },
        { messageId: 'typo', text: '度过', fix: '渡过' },
        { messageId: 'typo', text: '权利', fix: '权力' },
      ],
    },
    {
      text: '以钉钉子精神弛而不息纠治“四风”，坚决反对形式主义，其它工作同步推进。',
      errors: [
        { messageId: 'typo', text: '弛而不息', fix: '驰而不息' },
        { messageId: 'style', text: '其它', fix: '其他' },
      ],
    },
    {
      text: '各部门要建立工作台帐，把问题交待清楚，不能各行其事。',
      errors: [
        { messageId: 'variant', text: '台帐', fix: '台账' },
        { messageId: 'variant', text: '交待', fix: '交代' },
        { messageId: 'typo', text: '各行其事', fix: '各行其是' },
      ],
    },
    {
      text: '要大胆启用年轻干部。起用新系统后，效率明显提高。',
      errors: [
        { messageId: 'typo', text: '启用', fix: '起用' },
        { messageId: 'typo', text: '起用', fix: '启用' },
      ],
    },
  ],
});

describe('confusables table', () => {
  const entries = loadTables([confusablesTable]).tables.confusables as {
    wrong: string;
    right: string;
    source: string;
    reason: string;
  }[];

  it('has at least 300 entries, each with a source and a reason', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const e of entries) {
      expect(e.source).toBeTruthy();
      expect(e.reason.length).toBeGreaterThan(1);
    }
  });

  it('lists each wrong form once and never flags a right form', () => {
    const wrongs = entries.map((e) => e.wrong);
    expect(new Set(wrongs).size).toBe(wrongs.length);
    // A right form that contained an unguarded wrong form would be flagged after its own fix.
    const unguarded = entries.filter(
      (e) => !('after' in e) && !('before' in e) && !('notAfter' in e) && !('notBefore' in e),
    );
    for (const e of entries) {
      for (const u of unguarded) expect(e.right.includes(u.wrong)).toBe(false);
    }
  });

  it('rejects an office entry without a source, naming the entry', () => {
    const { problems } = loadTables([confusablesTable], {
      file: 'office.json',
      tables: { confusables: [{ wrong: '高兴区', right: '高新区', kind: 'typo', reason: '名称' }] },
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'office.json', table: 'confusables', entry: 0 }),
    ]);
    expect(problems[0]?.reason).toMatch(/source/);
  });
});
