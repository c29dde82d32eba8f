/**
 * The proxies every Office object of the fake is made of: FakeObject (a ClientObject: load,
 * read after sync, queue writes) and FakeCollection (the shared collection: `items` after load + sync).
 */
import { FakeExcelError } from "./state";
import type { FakeContext } from "./context";

type LoadRequest = string | string[] | { select?: string | string[] } | undefined;

/** Property names asked for by load("a, b/c") or load(["a"]) or load({ select: "a" }). */
function loadPaths(props: LoadRequest): string[] {
  const raw = props === undefined ? [] : typeof props === "string" || Array.isArray(props) ? props : (props.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * One proxy (a ClientObject). `resolve` finds the real object when an operation runs; `readers`
 * name the loadable properties. Navigation properties (range.format, table.worksheet) are plain
 * getters returning other proxies and need no load.
 */
export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private readonly navigation = new Map<string, unknown>();
  private loadedNull: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
  ) {}

  /**
   * The real object. Like Office.js, a proxy finds its object once (the first operation that
   * uses it) and keeps it: a sheet fetched by name and then renamed is still that sheet.
   */
  private resolved: { value: T | null } | undefined;

  private resolve(): T | null {
    if (!this.resolved) this.resolved = { value: this.resolver() };
    return this.resolved.value;
  }

  /** Whether the object found earlier still exists (a deleted sheet does not). */
  protected alive(_t: T): boolean {
    return true;
  }

  /** The real object, when an operation runs; a missing one fails the request. */
  protected target(): T {
    const t = this.resolve();
    if (t === null || !this.alive(t)) throw new FakeExcelError("ItemNotFound", `The requested ${this.kind} does not exist.`);
    return t;
  }

  protected abstract readonly kind: string;
  /** Loadable scalar properties, read from the real object. */
  protected abstract readers(t: T): Record<string, () => unknown>;
  /** Loaded by a plain load() with no argument. */
  protected defaultLoad(): string[] {
    return [];
  }

  load(props?: LoadRequest): this {
    const paths = loadPaths(props);
    this.ctx.enqueue({ load: paths }, () => this.loadNow(paths.length ? paths : this.defaultLoad()));
    return this;
  }

  /** Runs inside sync: copy the asked properties into this proxy. */
  loadNow(paths: string[]): void {
    const found = this.resolve();
    const t = found !== null && this.alive(found) ? found : null;
    this.loadedNull = t === null;
    if (t === null) return;
    const readers = this.readers(t);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) {
        const child = (this as unknown as Record<string, unknown>)[head!];
        if (!(child instanceof FakeObject)) throw new FakeExcelError("InvalidArgument", `Cannot load "${path}" on ${this.kind}.`);
        child.loadNow([rest.join("/")]);
        continue;
      }
      const read = readers[head!];
      if (!read) throw new FakeExcelError("InvalidArgument", `${this.kind} has no loadable property "${head}".`);
      const value = read();
      const had = this.loaded.has(head!);
      const before = this.loaded.get(head!);
      this.ctx.respond(value, () => (had ? this.loaded.set(head!, before) : this.loaded.delete(head!)));
      this.loaded.set(head!, value);
    }
  }

  /** True when a load of an ...OrNullObject found nothing; readable only after load + sync. */
  get isNullObject(): boolean {
    if (this.loadedNull === undefined) throw notLoaded("isNullObject");
    return this.loadedNull;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** The same child proxy every time (range.format, table.worksheet), so what it loaded stays readable. */
  protected nav<P>(name: string, make: () => P): P {
    if (!this.navigation.has(name)) this.navigation.set(name, make());
    return this.navigation.get(name) as P;
  }

  /** Queue a property write or a method call on the real object. */
  protected queue(payload: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(payload, () => apply(this.target()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function notLoaded(prop: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A collection proxy: `items` exists only after load + sync, each item loaded with the same properties. */
export abstract class FakeCollection<T, P extends FakeObject<T>> {
  private loadedItems: P[] | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  protected abstract all(): T[];
  protected abstract proxy(item: T): P;

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  load(props?: LoadRequest): this {
    const paths = loadPaths(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue({ load: paths }, () => {
      this.loadedItems = this.all().map((item) => {
        const p = this.proxy(item);
        p.loadNow(paths);
        return p;
      });
    });
    return this;
  }
}
