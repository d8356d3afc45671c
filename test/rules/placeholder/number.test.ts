import { placeholderNumber } from '../../../src/core/rules/placeholder/number';
import { ruleTester, runRule } from '../../helpers/ruleTester';

ruleTester(placeholderNumber, {
  valid: [
    '全市地区生产总值（GDP）增长5.2%，居民消费价格（CPI）涨幅控制在3%以内。',
    '开展SIYB创业培训2000人次，推广“人社APP”掌上办理，打造O2O服务平台。',
    '新建5G基站1200个，规范推进PPP项目，开展“360度”全方位评估。',
    '为乡镇卫生院配备X射线机和X光设备，开展胸部X线筛查。',
    '深入实施“数据要素×”三年行动计划，推动数据赋能实体经济。',
    '构建“1+N+X”政策体系，稳步推行“1+X”证书制度试点。',
    '会议室按3×4米布置，大屏分辨率为1920 × 1080。',
    '二○二四年三月，全县召开经济工作会议。',
    '注：带*号的为约束性指标。',
    '国内生产总值*增长5%以上。',
    '**压实工作责任**，确保各项任务落地见效。',
    '□是 □否 已完成整改',
    '***',
    'Windows XP终端已全部替换为国产操作系统。',
    '他在报告中提到Generation X一词。',
  ],
  invalid: [
    {
      text: '全年城镇新增就业X万人，城镇登记失业率控制在X%以内。',
      errors: [
        { messageId: 'people', text: 'X', offset: 8 },
        { messageId: 'percent', text: 'X', offset: 22 },
      ],
    },
    {
      name: 'stars before people and money',
      text: '实现城镇新增就业****人，发放创业担保贷款***亿元。',
      errors: [
        { messageId: 'people', text: '****' },
        { messageId: 'money', text: '***' },
      ],
    },
    {
      text: '请各单位于X月X日前报送自查报告。',
      errors: [
        { messageId: 'date', text: 'X', offset: 5 },
        { messageId: 'date', text: 'X', offset: 7 },
      ],
    },
    {
      text: '重点解决群众反映强烈的办事难、办事慢等X个方面问题。',
      errors: [{ messageId: 'figure', text: 'X' }],
    },
    {
      text: '20xx年度人力资源和社会保障工作总结',
      errors: [{ messageId: 'year', text: '20xx', offset: 0 }],
    },
    {
      text: '全年接待群众来访××人次，办结率达到＊＊%。',
      errors: [
        { messageId: 'people', text: '××' },
        { messageId: 'percent', text: '＊＊' },
      ],
    },
    {
      text: '累计培训○○人，发放培训补贴□□万元，同比增长Ｘ．Ｘ%。',
      errors: [
        { messageId: 'people', text: '○○' },
        { messageId: 'money', text: '□□' },
        { messageId: 'percent', text: 'Ｘ．Ｘ' },
      ],
    },
    {
      name: 'traditional template text with half-width punctuation',
      text: '全市新增就業X萬人,完成年度目標的XX%。',
      errors: [
        { messageId: 'people', text: 'X' },
        { messageId: 'percent', text: 'XX' },
      ],
    },
    {
      text: '共办理助保贷款*批**人次，调解结案*起。',
      errors: [
        { messageId: 'figure', text: '*' },
        { messageId: 'people', text: '**' },
        { messageId: 'figure', text: '*' },
      ],
    },
  ],
});

describe('placeholder/number messages', () => {
  it('say what kind of figure belongs in the blank', () => {
    const messages = runRule(placeholderNumber, {
      text: '新增就业X人，失业率X%，补贴X万元，于X月底前完成。',
    }).map((f) => f.message);
    expect(messages).toEqual([
      '“X”是未填写的占位符，此处应填写人数。',
      '“X”是未填写的占位符，此处应填写百分比。',
      '“X”是未填写的占位符，此处应填写金额。',
      '“X”是未填写的占位符，此处应填写日期。',
    ]);
  });
});
