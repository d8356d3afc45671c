import {
  findPhrase,
  findSkeleton,
  formatLibraryProblem,
  LibraryError,
  loadLibrary,
  mergeLibraries,
  shippedLibrary,
  SPEECH_TYPES,
} from '../../src/templates';

const library = shippedLibrary();

/** An office's file: one good skeleton, one broken one, two phrases of which one is bad. */
const officeFile = {
  version: 1,
  skeletons: [
    {
      id: 'staff-congress',
      title: '职工代表大会讲话',
      speechType: 'staff-congress',
      summary: '肯定成绩—部署任务—提出希望',
      tags: ['职代会'],
      heading: ['在【会议名称】上的讲话'],
      salutation: '各位代表、同志们：',
      opening: ['今天，我们召开【会议名称】，主要任务是听取和审议工作报告。'],
      transition: '下面，我讲{n}点意见：',
      sections: [
        {
          heading: '充分肯定过去一年的成绩',
          blocks: ['过去一年，全体职工团结奋进，各项工作取得新进展。'],
        },
        { heading: '扎实做好今年各项工作', blocks: ['要对照目标任务，逐项抓好落实。'] },
      ],
      closing: ['同志们，让我们携手并进，共创美好未来！', '谢谢大家！'],
    },
    {
      id: 'broken',
      title: '缺了过渡句',
      speechType: 'annual-work',
      transition: '下面，我讲三点意见：',
    },
  ],
  phrases: [
    {
      id: 'jingqishen-wu-yao',
      title: '精气神（本单位版）',
      theme: '精气神',
      text: '要始终保持昂扬向上的精神状态。',
      tags: [],
      speechTypes: [],
    },
    { id: 'Bad Id', title: '坏条目', theme: '其他', text: '', tags: [], speechTypes: [] },
  ],
};

test('the shipped library covers every speech type an office writes each week', () => {
  const types = new Set(library.skeletons.map((s) => s.speechType));
  expect([...types].sort()).toEqual(Object.keys(SPEECH_TYPES).sort());
  expect(types.size).toBeGreaterThanOrEqual(15);
  const titles = library.skeletons.map((s) => s.title).join('\n');
  for (const kind of [
    '年度工作会议',
    '目标考核',
    '推进会',
    '党风廉政建设',
    '表彰大会',
    '座谈会',
    '主持词',
    '传达贯彻',
    '第一议题',
    '安全生产',
    '防汛',
    '调研的工作汇报',
    '调研座谈会上的讲话',
    '表态发言',
    '学习教育动员',
    '学习教育推进',
    '学习教育总结',
    '中心组',
    '集体廉政谈话',
    '警示教育',
    '巡察反馈会',
    '整改工作部署',
    '民主生活会点评',
    '述职述廉',
  ]) {
    expect({ kind, found: titles.includes(kind) }).toEqual({ kind, found: true });
  }
  expect(library.phrases.length).toBeGreaterThanOrEqual(120);
});

test('the phrase banks cover the standard formulations, in their order and complete', () => {
  const text = (id: string) => findPhrase(library, id)?.text ?? '';
  const order = (t: string, words: string[]) => words.map((w) => t.indexOf(w));
  const ascending = (xs: number[]) =>
    xs.every((x, i) => x >= 0 && (i === 0 || x > (xs[i - 1] as number)));
  const inOrder = (id: string, words: string[]) =>
    expect({ id, words, ok: ascending(order(text(id), words)) }).toEqual({ id, words, ok: true });
  inOrder('jingqishen-wu-yao', ['想为', '敢为', '勤为', '有为', '善为']);
  inOrder('zuofeng-wu-bing', ['懒惰病', '恋旧病', '推诿病', '牢骚病', '低能病']);
  inOrder('san-ling', ['零失误', '零败诉', '零追责', '不是出了问题不追责']);
  inOrder('zhengzhi-jianshe', [
    '要把党的政治建设摆在首位',
    '深刻领悟“两个确立”的决定性意义',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    '政治立场、政治方向、政治原则、政治道路',
  ]);
  inOrder('gandang-zuowei', [
    '习近平总书记',
    '面对大是大非敢于亮剑',
    '面对矛盾敢于迎难而上',
    '面对危机敢于挺身而出',
    '面对失误敢于承担责任',
    '面对歪风邪气敢于坚决斗争',
  ]);
  inOrder('hao-ganbu-biaozhun', ['信念坚定', '为民服务', '勤政务实', '敢于担当', '清正廉洁']);
  inOrder('san-bu-fu', ['不敢腐', '不能腐', '不想腐']);
  inOrder('tong-moulue-tong-bushu', ['同谋划', '同部署', '同推进', '同考核']);
  inOrder('anquan-san-guan', ['管行业必须管安全', '管业务必须管安全', '管生产经营必须管安全']);
  inOrder('fang-guan-fu', ['高效办成一件事', '放管服']);
  inOrder('fazhi-zhengfu', [
    '职能科学',
    '权责法定',
    '执法严明',
    '公开公正',
    '智能高效',
    '廉洁诚信',
    '人民满意',
  ]);
  expect(text('dixian-siwei')).not.toContain('系统性风险');
  expect(text('luoshi-yi-fen-bushu')).toContain('检验干部的试金石');
  const themes = new Set(library.phrases.map((p) => p.theme));
  for (const theme of [
    '精气神',
    '作风',
    '抓落实',
    '纪律',
    '廉政',
    '为基层减负',
    '正确政绩观',
    '调查研究',
    '干部队伍',
    '意识形态',
    '保密',
    '法治政府',
    '营商环境',
    '过渡句',
    '数据句式',
    '开场',
    '结尾',
    '引用',
  ])
    expect({ theme, present: themes.has(theme) }).toEqual({ theme, present: true });
});

test('canonical entries name their primary sources; quotations say to check the original', () => {
  for (const id of [
    'zhengzhi-jianshe',
    'gandang-zuowei',
    'san-ge-qufen-kailai',
    'hao-ganbu-biaozhun',
    'jiceng-jianfu',
    'fang-guan-fu',
  ]) {
    const phrase = findPhrase(library, id);
    expect({ id, source: phrase?.source?.every((s) => s.length > 0) }).toEqual({
      id,
      source: true,
    });
  }
  const quoting = library.phrases.filter((p) => p.text.includes('习近平总书记'));
  expect(quoting.length).toBeGreaterThan(0);
  for (const p of quoting)
    expect({ id: p.id, note: /核对/.test(p.note ?? '') }).toEqual({ id: p.id, note: true });
  const frame = findPhrase(library, 'yinyong-zongshuji');
  expect(frame?.text).toContain('【引文】');
});

test('seasonal and dated entries say so', () => {
  expect(findPhrase(library, 'opening-spring')?.season).toEqual([1, 2, 3]);
  expect(findPhrase(library, 'closing-new-year-wishes')?.season).toEqual([12, 1, 2]);
  const congress = [...library.skeletons, ...library.phrases].filter((e) =>
    JSON.stringify(e).includes('二十大'),
  );
  expect(congress.length).toBeGreaterThan(0);
  for (const e of congress)
    expect({ id: e.id, until: e.validUntil, note: e.note?.includes('二十一大') }).toEqual({
      id: e.id,
      until: '2027-09-30',
      note: true,
    });
});

test('ids are unique across the shipped library', () => {
  const ids = [...library.skeletons, ...library.phrases].map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a bad entry is reported with file, entry and reason, and the rest loads', () => {
  const { library: office, problems } = loadLibrary(officeFile, { file: 'office/library.json' });
  expect(office.skeletons.map((s) => s.id)).toEqual(['staff-congress']);
  expect(office.phrases.map((p) => p.id)).toEqual(['jingqishen-wu-yao']);
  expect(problems.map((p) => [p.file, p.entry])).toEqual([
    ['office/library.json', 'skeletons[1] (broken)'],
    ['office/library.json', 'phrases[1] (Bad Id)'],
  ]);
  expect(problems[0]?.reason).toContain('transition');
  expect(problems[0]?.reason).toContain('{n}');
  expect(problems[0]?.reason).toContain('sections');
  expect(problems[1]?.reason).toContain('id');
  expect(formatLibraryProblem(problems[1] as (typeof problems)[number])).toMatch(
    /^office\/library\.json: phrases\[1\] \(Bad Id\): /,
  );
});

test('a file that is not a library is one problem for the whole file', () => {
  const { library: none, problems } = loadLibrary({ skeletons: [] }, { file: 'x.json' });
  expect(none).toEqual({ skeletons: [], phrases: [] });
  expect(problems).toEqual([
    { file: 'x.json', entry: 'file', reason: expect.stringContaining('version') },
  ]);
});

test('a lone （一） subsection is refused: a section has none or at least two', () => {
  const bad = structuredClone(officeFile.skeletons[0]) as {
    sections: Array<Record<string, unknown>>;
  };
  (bad.sections[0] as Record<string, unknown>).subsections = [
    { heading: '唯一的小标题', blocks: ['正文。'] },
  ];
  const { problems } = loadLibrary({ version: 1, skeletons: [bad] }, { file: 'x.json' });
  expect(problems[0]?.reason).toContain('subsections');
});

test('duplicate ids within one file are reported, the first one kept', () => {
  const phrase = officeFile.phrases[0];
  const { library: loaded, problems } = loadLibrary(
    { version: 1, phrases: [phrase, phrase] },
    { file: 'dup.json' },
  );
  expect(loaded.phrases).toHaveLength(1);
  expect(problems.map((p) => p.reason)).toEqual(['duplicate id "jingqishen-wu-yao" in this file']);
});

test('merging: an office entry with a shipped id replaces it in place; new ones are added', () => {
  const office = loadLibrary(officeFile, { file: 'office.json' }).library;
  const merged = mergeLibraries(library, office);
  expect(merged.phrases).toHaveLength(library.phrases.length);
  expect(merged.phrases[0]?.title).toBe('精气神（本单位版）');
  expect(findSkeleton(merged, 'staff-congress')?.title).toBe('职工代表大会讲话');
  expect(merged.skeletons).toHaveLength(library.skeletons.length + 1);
  // the shipped library itself is not changed
  expect(findPhrase(library, 'jingqishen-wu-yao')?.title).toBe(
    '精气神：想为、敢为、勤为、有为、善为',
  );
});

test('LibraryError lists every problem', () => {
  const error = new LibraryError([
    { file: 'a.json', entry: 'phrases[0]', reason: 'x' },
    { file: 'a.json', entry: 'phrases[2]', reason: 'y' },
  ]);
  expect(error.message).toBe('a.json: phrases[0]: x\na.json: phrases[2]: y');
});
