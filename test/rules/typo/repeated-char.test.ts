import { loadTables } from '../../../src/core';
import { typoRepeatedChar } from '../../../src/core/rules/typo/repeated-char';
import { reduplicationsTable, wordBoundariesTable } from '../../../src/core/rules/typo/tables';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(typoRepeatedChar, {
  valid: [
    // Two words meeting at a doubled character.
    '切实保障农民工工资按时足额支付，持续改进工作作风。',
    '认真学习《中国共产党党和国家机关基层组织工作条例》。',
    '深入学习习近平新时代中国特色社会主义思想。',
    '积极参与中国国际进口博览会，推进全面实行行政许可事项清单管理。',
    '他曾获评绍兴市市长奖，县纪检组组长对全系统党风廉政建设工作作了要求。',
    '推动高校毕业生就业，中学学生宿舍扩建工程如期完工，贫困县县级财政保障有力。',
    '实事求是是我们党的思想路线，为了了解实情要深入基层。',
    '全市人民民主意识不断增强，更高水平平安建设扎实推进。',
    '推进分级诊疗疗效提升，推进高速公路路网加密，坚持实事求是。',
    // One word ends with a character and the next begins with it (issue 10, class 1).
    '机关办公楼楼道内严禁堆放杂物，请各位同志志在必得、全力以赴。',
    '加快物联网网络建设，推动集团团结协作，会议议题由办公室汇总。',
    '开展低空运行管理试点，释放低空空域资源；新建充电设施，充电电量增长两成。',
    '推进中煤煤炭深加工项目，提高艾滋病病毒感染者救治水平，培育育繁推一体化种业企业。',
    '开工周至至乾县高速公路，广汕汕高铁全线贯通。',
    '合理安排财政超收收入，提高寄宿生生活费补助标准，城市原生生活垃圾实现零填埋。',
    '引入中国国新等央企战略力量，促进进出口平衡发展，大幅提高互联网网速。',
    '获批建设中国—吉尔吉斯斯坦文化遗产保护项目，马铃薯原原种产量稳居前列。',
    '真正实现“市市通高铁、县县通高速”，建设高发慢病病因流行病学重点实验室。',
    '新增智能农机国家级产业链链主3个，增强科技创新联合体体系化攻关能力。',
    '全市学校宽带网络校校通、优质资源班班通，专利数据来自市市监局。',
    // Shapes the dictionary sees without a table entry (issue 10): a name it lacks falls apart
    // into single characters; two content characters standing alone; 超收|收入 with 收入 known.
    '含艾滋病病毒感染儿童，年度两个最大IPO项目双双花落本省，专利数据来自市市监局。',
    '通过过年更加加深家人之间的感情，我代表中院院党组表示热烈欢迎。',
    '提升铁海联运、水水联运运营效率，建设焦化化产深加工项目，民族歌剧《柳柳州》获奖。',
    // Words meeting at a doubled character, from the held-back corpus (boundary table entries for
    // 车, 游, 湖, 品 and the particle 了).
    '开展智能网联汽车车路云一体化试点，建设长江中游游轮母港，太湖湖体水质持续改善。',
    '着力提升消费品品质，座谈中大家增进了了解、凝聚了共识。',
    // A character the boundary table knows, before a word the table lacks: the dictionary decides
    // (the table lists 汽车|车路云, not 车身 or 车队).
    '加强新能源汽车车身轻量化研发，做好城市公交车车队调度。',
    // Words meeting at a doubled character, from the second unseen set's dev third (所有|有…,
    // 公路|路政).
    '引导和支持所有有劳动能力的贫困人口依靠双手创造美好明天，加大公路路政违法行为查处力度。',
    // A word ends at the first copy and the next word, unknown to the dictionary, starts at the
    // second (second unseen set's held-back third: 国库|库款, 串联|联建村, 新四军|军部).
    '一方面强化国库库款运行监测，串联联建村资源禀赋，重建新四军军部。',
    '尊敬的各代表团团长，各位来宾：',
    // Third unseen set, dev third: an AA地 adverb; 深远海|海洋牧场.
    '稳稳地做、实实地干，推动近海养殖逐步向深远海海洋牧场方向发展。',
    // Fourth unseen set, dev third: a quoted coinage; 我校|校歌.
    '二是坚定孩子“科学学”的清醒，用实际行动诠释我校校歌的内涵。',
    // Fifth unseen set, dev third: reduplicated verbs in parallel.
    '自己做好决策、出出主意、动动嘴皮、多督促几次就可以了。',
    // Reduplicated words and idioms (issue 10, class 1).
    '各项事业渐渐步入正轨，广大干部默默奉献、常常加班，工作井井有条。',
    '他们兢兢业业、打破条条框框，全县经济欣欣向荣、蒸蒸日上。',
    '铁路、航空客运量双双超过千万人次，吉祥物“乐融融”广受欢迎，可可盖煤矿建成投产。',
    // Reduplications.
    '人人持证，层层压实责任，确保事事有着落、件件有回音。',
    '坚持“日日学”“周周练”“月月比”，谢谢大家！',
    '我们要认认真真学习、扎扎实实工作、干干净净做事、清清楚楚交账。',
    '肩上的担子沉甸甸的，要学习学习再学习，把问题研究研究，看一看实打实的成效。',
    '一项项举措落地，一批批项目开工，一个个难题破解。',
    '“十五五”规划开局良好，“八八战略”深入实施，要一一对应抓好整改。',
    '三百六十行，行行出状元；让三百六十行行行人才辈出。',
    '猩猩和星星是孩子们喜欢的话题，姐姐和弟弟都来了。',
    '这件事不了了之是不行的，大家往往紧紧盯住眼前。',
    '推荐王冰冰同志、李莎莎等三人参加评选，并表扬了范晶晶。',
  ],
  invalid: [
    {
      text: '从时间来来看，第一季度再有二十来天时间就结束了。',
      errors: [{ messageId: 'repeated', text: '来来', offset: 3, suggestions: ['来'] }],
    },
    {
      text: '这是我们改革发展的的历程，也是干部群众共同奋斗的的结果。',
      errors: [
        { messageId: 'repeated', text: '的的' },
        { messageId: 'repeated', text: '的的' },
      ],
    },
    {
      name: 'a doubled last character before a known word or a pause is still a slip',
      text: '要加快推进进改革，持续推进进。',
      errors: [
        { messageId: 'repeated', text: '进进' },
        { messageId: 'repeated', text: '进进' },
      ],
    },
    {
      text: '行动大担当就是要要甩开膀子、扑下身子。',
      errors: [{ messageId: 'repeated', text: '要要' }],
    },
    {
      text: '各级各部门要切实实担起责任，把把关口前移。',
      errors: [
        { messageId: 'repeated', text: '实实' },
        { messageId: 'repeated', text: '把把' },
      ],
    },
    {
      name: 'a doubled first character of a word (issue 10, class 1)',
      text: '要持续推推进改革，我们要要坚持问题导向。',
      errors: [
        { messageId: 'repeated', text: '推推' },
        { messageId: 'repeated', text: '要要' },
      ],
    },
    {
      name: 'a doubled character that is a reduplication only inside an idiom (面面俱到, 落落大方)',
      text: '要全面面推进乡村振兴，认真贯彻落落实各项部署，做到面面俱到、落落大方。',
      errors: [
        { messageId: 'repeated', text: '面面' },
        { messageId: 'repeated', text: '落落' },
      ],
    },
    {
      name: 'a word before a route name still needs both words',
      text: '截至至2024年底，全省高速公路通车里程突破一万公里。',
      errors: [{ messageId: 'repeated', text: '至至' }],
    },
    {
      name: 'a boundary word pair only counts when both words are there',
      text: '要把各项惠民政策落实实到位。',
      errors: [{ messageId: 'repeated', text: '实实' }],
    },
  ],
});

describe('typo/repeated-char tables', () => {
  it('load and validate', () => {
    const { problems } = loadTables([reduplicationsTable, wordBoundariesTable]);
    expect(problems).toEqual([]);
  });

  it('reject a boundary entry whose words do not end or start with its character', () => {
    const { problems } = loadTables([reduplicationsTable, wordBoundariesTable], {
      file: 'office.json',
      tables: {
        'repeated-char-boundaries': [{ char: '工', ends: ['工作'], starts: ['工资'] }],
        reduplications: ['研究'],
      },
    });
    expect(problems.map((p) => `${p.table} ${p.entry}: ${p.reason}`)).toEqual([
      'repeated-char-boundaries 0: every word in "ends" must end with "char"',
      'reduplications 0: must contain a doubled Han character',
    ]);
  });
});
