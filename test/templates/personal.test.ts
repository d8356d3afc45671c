import { PERSONAL_THEME, PersonalPhraseStore, type KeyValueStorage } from '../../src/templates';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

test('saving a Word selection as a phrase: \\r paragraph ends become lines, a title is made up', () => {
  const store = new PersonalPhraseStore(memoryStorage());
  const phrase = store.save({
    title: '',
    text: '要把群众满意作为检验工作成效的根本标准，在提升服务质量上持续用力。\r让群众办事更方便、更舒心。\r',
  });
  expect(phrase).toEqual({
    id: 'personal-1',
    title: '要把群众满意作为检验工作成效的根…',
    theme: PERSONAL_THEME,
    text: '要把群众满意作为检验工作成效的根本标准，在提升服务质量上持续用力。\n让群众办事更方便、更舒心。',
    tags: [],
    speechTypes: [],
  });
  expect(store.list()).toEqual([phrase]);
});

test('edit and delete', () => {
  const store = new PersonalPhraseStore(memoryStorage());
  const a = store.save({ title: '服务', text: '要多为群众办实事。' });
  const b = store.save({ title: '担当', text: '干部就要有担当。', tags: ['担当'] });
  expect(b.id).toBe('personal-2');
  expect(
    store.update(a.id, { title: '服务群众', text: '要多为群众办实事、解难事。' }),
  ).toMatchObject({
    id: 'personal-1',
    title: '服务群众',
    text: '要多为群众办实事、解难事。',
  });
  expect(store.remove(a.id)).toBe(true);
  expect(store.remove(a.id)).toBe(false);
  expect(store.list().map((p) => p.id)).toEqual(['personal-2']);
  // ids are not reused after a delete of an earlier one
  expect(store.save({ title: '团结', text: '班子成员要讲团结。' }).id).toBe('personal-3');
  expect(() => store.update('personal-9', { title: 'x' })).toThrow('personal-9');
  expect(() => store.update(b.id, { text: '   ' })).toThrow();
});

test('export then import into another store round-trips; same ids replace', () => {
  const source = new PersonalPhraseStore(memoryStorage());
  source.save({ title: '服务', text: '要多为群众办实事。', speechTypes: ['annual-work'] });
  source.save({ title: '担当', text: '干部就要有担当。' });
  const exported = source.exportJson();
  expect(JSON.parse(exported)).toMatchObject({
    version: 1,
    phrases: [{ id: 'personal-1' }, { id: 'personal-2' }],
  });

  const target = new PersonalPhraseStore(memoryStorage());
  target.save({ title: '旧的服务', text: '旧文本。' });
  expect(target.importJson(exported, { file: 'phrases.json' })).toEqual({
    added: 1,
    replaced: 1,
    problems: [],
  });
  expect(target.list()).toEqual(source.list());
});

test('an import with a bad entry reports it and keeps the good ones', () => {
  const store = new PersonalPhraseStore(memoryStorage());
  const file = JSON.stringify({
    version: 1,
    phrases: [
      {
        id: 'personal-7',
        title: '落实',
        theme: '抓落实',
        text: '一分部署，九分落实。',
        tags: [],
        speechTypes: [],
      },
      { id: 'personal-8', title: '缺正文', theme: '抓落实', tags: [], speechTypes: [] },
    ],
  });
  const outcome = store.importJson(file, { file: '我的常用语.json' });
  expect(outcome.added).toBe(1);
  expect(outcome.problems).toEqual([
    {
      file: '我的常用语.json',
      entry: 'phrases[1] (personal-8)',
      reason: expect.stringContaining('text'),
    },
  ]);
  expect(store.importJson('{not json', { file: 'x.json' }).problems[0]?.reason).toMatch(
    /^not JSON/,
  );
});

test('damaged storage does not throw: it reads as empty', () => {
  const storage = memoryStorage();
  storage.setItem('speechdesk.personalPhrases.v1', '{oops');
  expect(new PersonalPhraseStore(storage).list()).toEqual([]);
});
