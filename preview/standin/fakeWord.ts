/**
 * A fake of the Office.js `Word` and `Office` globals over DocumentModel, with the semantics
 * that make real add-ins fail: every call is queued and runs at `context.sync()`; reading a
 * property that was not loaded and synced throws `PropertyNotLoaded`; collections load with
 * `items/…` paths; `null` highlight means none; APIs above the configured WordApi version do
 * not exist. Jest tests and the browser stand-in use this same code so they cannot drift.
 */
import { ClientObject, FakeOfficeError, compareVersions, type LoadOption } from './clientObject';
import { DocumentModel, type FakeParagraphInit } from './model';
import type { StandinModes } from './modes';
import { FakeBody, FakeDocument, FakeParagraph, FakeRange } from './proxies';

export { FakeOfficeError };
export type { FakeSearchOptions } from './search';

export class FakeRequestContext {
  private queue: Array<{ op: () => void; name: string }> = [];
  private executing = false;
  readonly document: FakeDocument;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly model: DocumentModel,
    readonly apiVersion: string,
    private readonly latencyMs: number,
  ) {
    this.document = new FakeDocument(this, () => model);
  }

  /** Runs `op` now when a sync is executing (objects made by other queued ops), else queues it. */
  enqueue(op: () => void, name = 'op'): void {
    if (this.executing) this.run({ op, name });
    else this.queue.push({ op, name });
  }

  private run(entry: { op: () => void; name: string }): void {
    this.model.countOperation(entry.name);
    entry.op();
  }

  get pending(): number {
    return this.queue.length;
  }

  require(version: string, api: string): void {
    if (compareVersions(this.apiVersion, version) < 0) {
      throw new FakeOfficeError(
        'ApiNotFound',
        `${api} needs WordApi ${version}; this Word has WordApi ${this.apiVersion}.`,
        api,
      );
    }
  }

  load<T extends ClientObject<unknown>>(object: T, option?: LoadOption): T {
    object.load(option);
    return object;
  }

  async sync(): Promise<void> {
    this.model.syncCount++;
    const ops = this.queue;
    this.queue = [];
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    else await Promise.resolve();
    this.executing = true;
    try {
      // Like Word, a batch stops at its first failed command and nothing is rolled back.
      for (const entry of ops) this.run(entry);
    } finally {
      this.executing = false;
      this.model.changed();
    }
  }
}

/** A proxy: resolves its target when its creating call runs in a sync, caches loaded values. */
export interface FakeOfficeOptions {
  paragraphs: readonly FakeParagraphInit[];
  /** Highest WordApi version this Word has: '1.3' (Office 2019/2021 volume), '1.4', '1.7'… */
  wordApi?: string;
  displayLanguage?: string;
  /** Delay of each sync, to make round trips visible in the browser stand-in. */
  latencyMs?: number;
  /** Real-Word behaviours to reproduce (modes.ts). */
  modes?: Partial<StandinModes>;
}

/**
 * The class as the loaded Office.js exposes it (`Word.Paragraph`…), which is what the adapter
 * inspects for capability detection: without the members a `missing` mode takes away.
 */
function runtimeClass(
  cls: { prototype: object },
  absent: readonly string[],
): { prototype: object } {
  if (absent.length === 0) return cls;
  const prototype = Object.create(cls.prototype) as Record<string, unknown>;
  for (const member of absent) Object.defineProperty(prototype, member, { value: undefined });
  return { prototype };
}

export interface FakeOffice {
  model: DocumentModel;
  Word: Record<string, unknown>;
  Office: Record<string, unknown>;
  OfficeExtension: Record<string, unknown>;
}

/** Builds `Word`, `Office` and `OfficeExtension` globals over a new document model. */
export function createFakeOffice(options: FakeOfficeOptions): FakeOffice {
  const model = new DocumentModel(options.paragraphs, options.modes);
  const noAnnotations =
    model.modes.annotations === 'missing' ? ['insertAnnotations', 'getAnnotations'] : [];
  const apiVersion = options.wordApi ?? '1.7';
  const latencyMs = options.latencyMs ?? 0;

  const Word = {
    run: async <R>(batch: (context: FakeRequestContext) => Promise<R>): Promise<R> => {
      const context = new FakeRequestContext(model, apiVersion, latencyMs);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
    RequestContext: FakeRequestContext,
    Paragraph: runtimeClass(FakeParagraph, noAnnotations),
    Range: FakeRange,
    Body: FakeBody,
    Document: FakeDocument,
    ChangeTrackingMode: { off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly' },
    InsertLocation: {
      replace: 'Replace',
      start: 'Start',
      end: 'End',
      before: 'Before',
      after: 'After',
    },
    RangeLocation: { whole: 'Whole', start: 'Start', end: 'End', content: 'Content' },
    SelectionMode: { select: 'Select', start: 'Start', end: 'End' },
    ContentControlAppearance: { boundingBox: 'BoundingBox', tags: 'Tags', hidden: 'Hidden' },
    CritiqueColorScheme: {
      red: 'Red',
      green: 'Green',
      blue: 'Blue',
      lavender: 'Lavender',
      berry: 'Berry',
    },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      itemNotFound: 'ItemNotFound',
      notAllowed: 'NotAllowed',
      notImplemented: 'NotImplemented',
      searchDialogIsOpen: 'SearchDialogIsOpen',
      searchStringInvalidOrTooLong: 'SearchStringInvalidOrTooLong',
    },
    ChangeTrackingVersion: { original: 'Original', current: 'Current' },
  };

  // Office stores settings as JSON: a value read back is a copy, never the object that was set.
  const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
  const settings = {
    get: (name: string): unknown =>
      model.settings.has(name) ? json(model.settings.get(name)) : null,
    set: (name: string, value: unknown): void => {
      model.settings.set(name, json(value));
    },
    remove: (name: string): void => {
      model.settings.delete(name);
    },
    saveAsync: (callback?: (result: { status: string; error?: Error }) => void): void => {
      model.savedSettings = new Map(model.settings);
      queueMicrotask(() => callback?.({ status: 'succeeded' }));
    },
    refreshAsync: (callback?: (result: { status: string }) => void): void => {
      model.settings = new Map(model.savedSettings);
      queueMicrotask(() => callback?.({ status: 'succeeded' }));
    },
  };

  const Office = {
    HostType: { Word: 'Word' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: async (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Word', platform: 'OfficeOnline' };
      callback?.(info);
      return info;
    },
    context: {
      host: 'Word',
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      officeTheme: {
        bodyBackgroundColor: '#FFFFFF',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: '#FFFFFF',
        controlForegroundColor: '#000000',
        isDarkTheme: false,
      },
      requirements: {
        isSetSupported: (name: string, version?: string): boolean =>
          name === 'WordApi' && compareVersions(apiVersion, version ?? '1.1') >= 0,
      },
      document: { settings },
    },
  };

  return { model, Word, Office, OfficeExtension: { Error: FakeOfficeError } };
}

/** Defines the fake as globals (`Word`, `Office`, `OfficeExtension`) and returns it. */
export function installFakeOffice(options: FakeOfficeOptions): FakeOffice {
  const fake = createFakeOffice(options);
  const g = globalThis as Record<string, unknown>;
  g.Word = fake.Word;
  g.Office = fake.Office;
  g.OfficeExtension = fake.OfficeExtension;
  return fake;
}
