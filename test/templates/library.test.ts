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

test('the shipped library has the seven skeleton kinds, one per speech type', () => {
  expect(library.skeletons.map((s) => s.speechType).sort()).toEqual(
    Object.keys(SPEECH_TYPES).sort(),
  );
  const titles = library.skeletons.map((s) => s.title);
  for (const kind of [
    '年度工作会议',
    '目标考核暨任务部署',
    '推进会',
    '务虚会',
    '党风廉政建设',
    '表彰大会',
    '座谈会',
  ]) {
    expect(titles.some((t) => t.includes(kind))).toBe(true);
  }
});

test('the shipped phrase banks cover the standard formulations, in their order', () => {
  const text = (id: string) => findPhrase(library, id)?.text ?? '';
  const order = (t: string, words: string[]) => words.map((w) => t.indexOf(w));
  const ascending = (xs: number[]) =>
    xs.every((x, i) => x >= 0 && (i === 0 || x > (xs[i - 1] as number)));
  expect(
    ascending(order(text('jingqishen-wu-yao'), ['想为', '敢为', '勤为', '有为', '善为'])),
  ).toBe(true);
  expect(
    ascending(order(text('zuofeng-wu-bing'), ['懒惰病', '恋旧病', '推诿病', '牢骚病', '低能病'])),
  ).toBe(true);
  expect(ascending(order(text('san-ling'), ['零失误', '零败诉', '零追责']))).toBe(true);
  expect(ascending(order(text('san-ge-daoxiang'), ['问题导向', '结果导向', '服务导向']))).toBe(
    true,
  );
  expect(
    ascending(order(text('san-ge-zerenzhi'), ['层级责任制', '首问责任制', '岗位责任制'])),
  ).toBe(true);
  expect(
    ascending(order(text('jilv-zhengzhi-lianjie-gongzuo'), ['政治纪律', '廉洁纪律', '工作纪律'])),
  ).toBe(true);
  expect(
    ascending(
      order(text('luoshi-si-ge-fangmian'), ['提升站位', '突出重点', '把握节点', '常态督查']),
    ),
  ).toBe(true);
  expect(text('luoshi-yi-fen-bushu')).toContain('一分部署，九分落实');
  expect(text('closing-baige-zhengliu')).toContain('百舸争流，破浪者领航；千帆共进，奋勇者当先');
  const themes = new Set(library.phrases.map((p) => p.theme));
  for (const theme of ['精气神', '作风', '抓落实', '纪律', '开场', '结尾'])
    expect(themes.has(theme)).toBe(true);
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
  expect(findPhrase(library, 'jingqishen-wu-yao')?.title).toBe('精气神“五要”');
});

test('LibraryError lists every problem', () => {
  const error = new LibraryError([
    { file: 'a.json', entry: 'phrases[0]', reason: 'x' },
    { file: 'a.json', entry: 'phrases[2]', reason: 'y' },
  ]);
  expect(error.message).toBe('a.json: phrases[0]: x\na.json: phrases[2]: y');
});
