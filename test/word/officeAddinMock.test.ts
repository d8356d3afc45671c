/**
 * Smoke tests with Microsoft's office-addin-mock. It cannot load `items/…` paths, returns a
 * string instead of throwing for unloaded properties and fails on `null`, so the adapter's real
 * tests run on our own fake; these only check the simple Office calls against Microsoft's mock.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeWord } from '../../src/word';

// The mock needs only the OfficeApp enum from office-addin-manifest, whose ESM dependencies
// jest's CommonJS run cannot load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

function installOffice(wordApi: string, saved: Record<string, unknown> = {}) {
  const store: Record<string, unknown> = { ...saved };
  const mock = new OfficeMockObject({
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'WordApi' && Number(version) <= Number(wordApi),
      },
      document: {
        settings: {
          get: (name: string) => (name in store ? store[name] : null),
          set: (name: string, value: unknown) => {
            store[name] = value;
          },
          remove: (name: string) => {
            delete store[name];
          },
          saveAsync: (callback: (result: { status: string }) => void) =>
            callback({ status: 'succeeded' }),
        },
      },
    },
  });
  (globalThis as Record<string, unknown>).Office = mock;
  return store;
}

describe('with office-addin-mock', () => {
  it('detects WordApi 1.3 as baseline without comments, 修订 or critiques', () => {
    installOffice('1.3');
    expect(createOfficeWord().capabilities()).toEqual({
      baseline: true,
      comments: false,
      trackChanges: false,
      critiques: false,
    });
  });

  it('detects comments and track changes on WordApi 1.4', () => {
    installOffice('1.4');
    expect(createOfficeWord().capabilities()).toMatchObject({ comments: true, critiques: false });
  });

  it('saves the speech date and ignored findings through document settings', async () => {
    const store = installOffice('1.3');
    const word = createOfficeWord();
    await word.saveDocumentSettings({ speechDate: '2025-01-15', ignored: ['h1:0123456789abcdef'] });
    expect(store).toEqual({
      'speechdesk.speechDate': '2025-01-15',
      'speechdesk.ignored': ['h1:0123456789abcdef'],
    });
    await word.saveDocumentSettings({ ignored: [] });
    expect(store).toEqual({ 'speechdesk.ignored': [] });
    expect(await word.loadDocumentSettings()).toEqual({ ignored: [] });
  });
});
