import { pinyinKeys, searchLibrary, shippedLibrary, themesOf } from '../../src/templates';

const library = shippedLibrary();
const ids = (query: string, filter = {}) =>
  searchLibrary(library, query, filter).map((i) => i.entry.id);

test('pinyin keys are taken from the Han characters only', () => {
  expect(pinyinKeys('精气神“五要”')).toEqual({ initials: 'jqswy', full: 'jingqishenwuyao' });
  expect(pinyinKeys('ABC')).toEqual({ initials: '', full: '' });
});

test('`wy` finds 五要 first', () => {
  expect(ids('wy')[0]).toBe('jingqishen-wu-yao');
});

test('full pinyin and upper case work too', () => {
  expect(ids('wuyao')[0]).toBe('jingqishen-wu-yao');
  expect(ids('WB')).toContain('zuofeng-wu-bing');
});

test('keywords match titles, tags and text, best first', () => {
  expect(ids('五病')[0]).toBe('zuofeng-wu-bing');
  expect(ids('首问责任制')).toEqual(['san-ge-zerenzhi']);
  expect(ids('零败诉')).toEqual(['san-ling']);
  expect(ids('三个区分开来')[0]).toBe('san-ge-qufen-kailai');
  expect(ids('高效办成一件事')[0]).toBe('fang-guan-fu');
  // the 百舸争流 closing stood too close to the shared speeches and was dropped
  expect(ids('百舸争流')).toEqual([]);
});

test('every word of a query must match', () => {
  expect(ids('结尾 新春')).toEqual(['closing-new-year-wishes']);
  expect(ids('结尾 不存在的词')).toEqual([]);
});

test('skeletons are found by title and by pinyin initials', () => {
  expect(ids('表彰', { kind: 'skeleton' })).toEqual(['commendation']);
  expect(ids('zth', { kind: 'skeleton' })[0]).toBe('symposium');
  expect(ids('民主生活会', { kind: 'skeleton' })).toEqual(['life-meeting-remarks']);
  expect(ids('bt', { kind: 'skeleton' })).toContain('pledge');
});

test('filters: by speech type, theme and kind', () => {
  const clean = searchLibrary(library, '', { speechType: 'clean-governance' });
  expect(clean.filter((i) => i.kind === 'skeleton').map((i) => i.entry.id)).toEqual([
    'clean-governance',
  ]);
  for (const item of clean) {
    if (item.kind === 'phrase') {
      expect(
        item.entry.speechTypes.length === 0 || item.entry.speechTypes.includes('clean-governance'),
      ).toBe(true);
    }
  }
  expect(ids('', { theme: '结尾' })).toEqual(
    library.phrases.filter((p) => p.theme === '结尾').map((p) => p.id),
  );
  expect(searchLibrary(library, '', { kind: 'phrase' })).toHaveLength(library.phrases.length);
});

test('themes are listed once each, in library order', () => {
  const themes = themesOf(library);
  expect(themes[0]).toBe('精气神');
  expect(new Set(themes).size).toBe(themes.length);
});
