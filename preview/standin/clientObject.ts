/**
 * The Office.js object semantics the fake shares: the error type, load paths, and the proxy
 * base class that resolves its target when its creating call runs in a sync and throws
 * `PropertyNotLoaded` for anything not loaded and synced.
 */
import type { FakeRequestContext } from './fakeWord';

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export const notLoaded = (owner: string, property: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`,
  );

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function loadPaths(option: LoadOption): string[] | undefined {
  const raw = typeof option === 'object' && !Array.isArray(option) ? option.select : option;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

export abstract class ClientObject<T> {
  private target: T | null | undefined;
  private resolved = false;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, ClientObject<unknown>>();
  protected abstract readonly typeName: string;
  protected abstract readonly scalars: readonly string[];

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly resolver: () => T | null,
    /** The operation's name for the stand-in's `failAt` mode (e.g. 'insertText'). */
    operation?: string,
  ) {
    ctx.enqueue(() => this.ensure(), operation);
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  /** The model object; null for an OrNullObject that found nothing. */
  protected ensure(): T | null {
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    return this.target ?? null;
  }

  protected live(): T {
    const target = this.ensure();
    if (target === null) {
      throw new FakeOfficeError('ItemNotFound', `${this.typeName} is a null object.`);
    }
    return target;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  protected read(name: string): unknown {
    if (!this.loaded.has(name)) throw notLoaded(this.typeName, name);
    return this.loaded.get(name);
  }

  /** Current value of a scalar property, read from the model during a sync. */
  protected abstract value(name: string): unknown;

  /** Navigation properties (`font`, `listItemOrNullObject`, …) by name. */
  protected navigation(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  protected child<C extends ClientObject<unknown>>(name: string, make: () => C): C {
    let existing = this.children.get(name) as C | undefined;
    if (!existing) {
      existing = make();
      this.children.set(name, existing);
    }
    return existing;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    const own: string[] = [];
    for (const path of paths ?? this.scalars) {
      const [head = '', ...rest] = path.split('/');
      const nav = this.navigation(head);
      if (nav) nav.load(rest.length > 0 ? rest.join('/') : undefined);
      else if (rest.length > 0) throw new FakeOfficeError('InvalidArgument', `bad path ${path}`);
      else own.push(head);
    }
    this.ctx.enqueue(() => this.applyLoad(own));
    return this;
  }

  protected applyLoad(names: readonly string[]): void {
    const target = this.ensure();
    this.loaded.set('isNullObject', target === null);
    if (target === null) return;
    for (const name of names) {
      if (!this.scalars.includes(name)) {
        throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no property ${name}.`);
      }
      this.loaded.set(name, this.value(name));
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class FakeClientResult<V> {
  private settled = false;
  private result: V | undefined;
  set(value: V): void {
    this.result = value;
    this.settled = true;
  }
  get value(): V {
    if (!this.settled) {
      throw new FakeOfficeError('ValueNotLoaded', 'Call context.sync() before reading value.');
    }
    return this.result as V;
  }
}

/** The part of a paragraph a Range or Font covers; a paragraph's own span follows its length. */
