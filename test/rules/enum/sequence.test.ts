import { enumSequence } from '../../../src/core/rules/enum/sequence';
import { ruleTester } from '../../helpers/ruleTester';

const lines = (...l: string[]) => l.join('\n');

ruleTester(enumSequence, {
  valid: [
    '做好今年的工作，一是稳就业，二是保民生，三是防风险。',
    // A run across consecutive paragraphs of one section.
    lines(
      '（一）稳就业',
      '一是抓好高校毕业生就业。',
      '二是抓好农民工就业。',
      '三是抓好困难群体就业。',
    ),
    // A new heading ends a run, so the next section starts again at 一.
    lines('（一）稳就业', '一是扩岗位，二是强培训。', '（二）保民生', '一是提标准，二是扩覆盖。'),
    // A nested run inside the items of an outer one.
    '重点抓好三件事：一是抓项目，具体来讲，一要早谋划、二要快推进、三要严监管；二是抓招商；三是抓服务。',
    '第一，要提高站位。第二，要压实责任。第三，要强化督查。',
    '首先要统一思想，其次要明确责任，再次要强化督查，最后要严肃问责。',
    '首先，我代表局党组向大家表示感谢。',
    '首先要抓好政策落实，最后要抓好督查问责。',
    // Not ordinals: ranks, titles, compounds, slogans and idioms.
    '推动第一、第三产业融合发展，选派第一书记，落实第一责任人职责。',
    '做人做事要一是一、二是二，实事求是。',
    // 一是…，一是… in one sentence is “one…, the other…” (third unseen set, dev third).
    '今天的座谈会主题明确。一是社区，一是妇女节。我就围绕这两个意识讲。',
    // A full stop lost before 二是 (基础二是): the run still reads 一是, 二是, 三是.
    '主要表现在：一是基层组织建设得到加强，奠定了组织基础二是为民服务内容得到拓展。三是妇联职能作用得到发挥。',
    // 一是 before 一体化 is an ordinal, not the idiom 一是一.
    '（五）一体化实施乡村振兴战略。一是一体化推进乡村发展，完成投资2亿元。二是一体化推进乡村建设，实施项目102个。',
    '大力宣传“一要敬业、二要守纪”的行风要求，认真学习《关于做好第一批试点工作的通知》。',
    '祖国统一是大势所趋。我们在比赛中名列第六、第七。',
    '要掌握好时间、地点、人物三要素，我再次强调，打通服务群众最后一公里。',
    '构建“1+N+X”政策体系，实施“一是一”的清单管理。',
    {
      name: 'results 一是…五是, a paragraph, then demands 一要…六要: two runs',
      text: lines(
        '过去一年，全区上下攻坚克难，取得了明显成效：一是经济运行稳中有进，二是重点改革纵深推进，三是城乡面貌持续改善，四是民生保障更加有力，五是党的建设全面加强。',
        '这些成绩来之不易。同时也要清醒看到，发展不平衡不充分的问题依然突出。',
        '对做好今年的工作，我提几点要求：一要提高政治站位，二要压实工作责任，三要创新方法举措，四要加强督促检查，五要严肃追责问责，六要营造良好氛围。',
      ),
    },
    {
      name: 'two 一是 runs in the same form, separated by a paragraph',
      text: lines(
        '今年以来，一是项目建设提速，二是招商引资突破，三是营商环境优化。',
        '这些成绩来之不易。同时也要清醒看到，发展不平衡不充分的问题依然突出。',
        '存在的问题主要有：一是产业结构不优，二是创新能力不强，三是要素保障不足，四是干部作风不实。',
      ),
    },
    {
      name: 'a sub-list in the paragraph after 二是, then the outer 三是',
      text: lines(
        '一是加快项目建设。全年新开工项目120个。',
        '二是优化营商环境。重点抓好以下工作。',
        '一是深化“放管服”改革，二是推进“一网通办”，三是开展“万人助万企”活动。',
        '三是强化要素保障。统筹用地、资金、用能等要素。',
      ),
    },
  ],
  invalid: [
    {
      // Second unseen set: a paragraph opening 二是 holds its own list without its 一是; the
      // duplicate inside it is reported, the next paragraph's 三是 continues the outer list.
      name: 'a sub-list missing its 一是 inside the paragraph of 二是: reported there only',
      text: lines(
        '一是着力推动两岸教育互通。鼓励台生来岚就读。',
        '二是着力推动两岸医疗互融。拓展台胞就医服务内容，优化服务模式。二是吸引台湾医师来岚执业，支持短期执业。三是鼓励台胞台企投资办医。',
        '三是着力推动两岸养老互惠。推动养老合作。',
        '四是着力推动两岸就业互动。提升服务水平。',
      ),
      errors: [{ messageId: 'repeat', paragraph: 1, text: '二是', suggestions: ['三是'] }],
    },
    {
      name: 'an outer item run into the paragraph before: the next paragraph repeats it',
      text: lines(
        '一是提升党建引领水平。加强政治建设。',
        '二是提升民生兜底保障水平。落实困难群众兜底保障制度。三是深化退役军人服务，做实就业安置。',
        '三是提升硬件设施建设水平。加快学校和医院建设。',
      ),
      errors: [{ messageId: 'repeat', paragraph: 2, text: '三是', suggestions: ['四是'] }],
    },
    {
      name: 'a duplicate in the second of two runs is reported at its own item, once',
      text: lines(
        '过去一年，全区上下攻坚克难，取得了明显成效：一是经济运行稳中有进，二是重点改革纵深推进，三是城乡面貌持续改善，四是民生保障更加有力，五是党的建设全面加强。',
        '这些成绩来之不易。同时也要清醒看到，发展不平衡不充分的问题依然突出。',
        '对做好今年的工作，我提几点要求：一要提高政治站位，二要压实工作责任，三要创新方法举措，三要加强督促检查，五要严肃追责问责，六要营造良好氛围。',
      ),
      errors: [
        { messageId: 'repeat', paragraph: 2, offset: 43, text: '三要', suggestions: ['四要'] },
      ],
    },
    {
      name: 'after a slip in the second run, the next item follows its own run',
      text: lines(
        '过去一年，全区上下攻坚克难，取得了明显成效：一是经济运行稳中有进，二是重点改革纵深推进，三是城乡面貌持续改善，四是民生保障更加有力，五是党的建设全面加强。',
        '这些成绩来之不易。同时也要清醒看到，发展不平衡不充分的问题依然突出。',
        '为此，我提几点要求：一要提高站位，二要压实责任，三要创新方法，四要加强督查，四要严肃问责，六要营造氛围。',
      ),
      errors: [{ messageId: 'repeat', paragraph: 2, text: '四要', suggestions: ['五要'] }],
    },
    {
      text: '做好今年的工作，一是稳就业，二是保民生，四是防风险。',
      errors: [
        {
          messageId: 'skip',
          paragraph: 0,
          offset: 20,
          length: 2,
          text: '四是',
          suggestions: ['三是'],
        },
      ],
    },
    {
      text: lines('（一）要务实举措抓攻坚。', '一要做到零失误。', '三要做到零投诉。'),
      errors: [{ messageId: 'skip', paragraph: 2, text: '三要', suggestions: ['二要'] }],
    },
    {
      text: '第一，要提高站位。第三，要压实责任。',
      errors: [{ messageId: 'skip', text: '第三', suggestions: ['第二'] }],
    },
    {
      text: '一是抓基础，二是抓规范，二是抓提升。',
      errors: [{ messageId: 'repeat', text: '二是', suggestions: ['三是'] }],
    },
    {
      text: '一是抓基础，二是抓规范，三是抓提升，二是抓创新。',
      errors: [{ messageId: 'backwards', text: '二是' }],
    },
    {
      name: '首先…再次…最后 with 其次 missing',
      text: '首先要统一思想，再次要强化督查，最后要严肃问责。',
      errors: [{ messageId: 'skip', text: '再次', suggestions: ['其次'] }],
    },
    {
      name: 'a run that starts at 二',
      text: '针对这些问题，二是要完善制度，三是要加强监督。',
      errors: [{ messageId: 'skip', text: '二是要', suggestions: ['一是要'] }],
    },
    {
      name: 'a lone 一是',
      text: '存在的主要问题：一是结构性就业矛盾仍然突出。',
      errors: [{ messageId: 'alone', text: '一是' }],
    },
  ],
});
