import { loadOfficeLibraries, type FetchText } from '../../src/taskpane/draft/officeLibrary';
import { shippedLibrary } from '../../src/templates';

const files: Record<string, string> = {
  'https://intranet.example/speechdesk/library.json': JSON.stringify({
    version: 1,
    phrases: [
      {
        id: 'office-fuwu',
        title: '本局服务承诺',
        theme: '服务',
        text: '群众办事最多跑一次。',
        tags: [],
        speechTypes: [],
      },
      { id: 'office-bad', title: '坏条目', theme: '服务', text: '', tags: [], speechTypes: [] },
    ],
  }),
  'library-broken.json': '{ "version": 1, ',
};

const fakeFetch: FetchText = async (url) => ({
  ok: url in files,
  status: url in files ? 200 : 404,
  text: async () => files[url] as string,
});

test('office libraries load over the shipped one; each failure is reported with file, entry and reason', async () => {
  const { library, problems } = await loadOfficeLibraries(
    ['https://intranet.example/speechdesk/library.json', 'library-broken.json', 'missing.json'],
    fakeFetch,
  );
  expect(library.phrases).toHaveLength(shippedLibrary().phrases.length + 1);
  expect(library.phrases.at(-1)?.id).toBe('office-fuwu');
  expect(problems.map((p) => [p.file, p.entry])).toEqual([
    ['https://intranet.example/speechdesk/library.json', 'phrases[1] (office-bad)'],
    ['library-broken.json', 'file'],
    ['missing.json', 'file'],
  ]);
  expect(problems[2]?.reason).toBe('HTTP 404');
});
