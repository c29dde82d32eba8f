/**
 * The batching machinery of Office.js, modelled strictly: setting a property or calling a method
 * only queues an operation; `context.sync()` sends the queue as one request (counted and sized);
 * a property can be read only after it was loaded AND a sync carried that load. Reading anything
 * else throws PropertyNotLoaded, as Office.js does.
 */
import { FakeExcelError, type FakeWorkbook } from "./state";

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB, and an API
 * returns a RichAPI.Error error if this limit is exceeded" (Excel JavaScript API performance
 * optimization, "Payload size limit best practices"). Both directions are enforced here.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

interface Op {
  bytes: number;
  run(): void;
}

export class FakeContext {
  private pending: Op[] = [];
  /** Characters of JSON the running request sends back (the loads it carries). */
  private response = 0;
  /** Sheets added by the request being run (the platform bugs of objects.ts care). */
  readonly addedThisRequest = new Set<unknown>();
  /** The active sheet when the running request began. */
  activeAtStart: unknown = null;

  constructor(
    readonly book: FakeWorkbook,
    /** Highest ExcelApi requirement set this "host" supports, e.g. "1.9". */
    readonly excelApi: string,
    /** Excel.run's RunOptions.delayForCellEdit, where this Excel knows it (ExcelApi 1.11). */
    readonly delayForCellEdit = false,
  ) {}

  /** Undo a load of the running request: a request that fails answers nothing. */
  private unloads: (() => void)[] = [];

  /** A load's result joins the response; `unload` forgets it if the request fails. */
  respond(value: unknown, unload: () => void): void {
    this.response += jsonLength(value) + 8;
    this.unloads.push(unload);
  }

  /** Queue an operation; `payload` is what it would send, measured as JSON. */
  enqueue(payload: unknown, run: () => void): void {
    this.pending.push({ bytes: 40 + jsonLength(payload), run });
  }

  get pendingOps(): number {
    return this.pending.length;
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    const request = { ops: ops.length, bytes, responseBytes: 0 };
    this.book.requests.push(request);
    const index = this.book.requests.length;
    await Promise.resolve();
    // Cell-edit mode: "When false, if the user is in cell edit when the batch request is processed
    // by the host, the batch automatically fails. When true, ... the batch request is delayed until
    // the user exits cell edit mode" (Excel JavaScript API reference, Excel.RunOptions.delayForCellEdit).
    if (this.book.cellEditMode) {
      if (!this.delayForCellEdit) {
        throw new FakeExcelError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
        );
      }
      await this.book.cellEditDone();
    }
    if (bytes > PAYLOAD_LIMIT) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) exceeded the limit of ${PAYLOAD_LIMIT} bytes.`,
      );
    }
    const fault = this.book.faults.find((f) => f.request === index);
    this.addedThisRequest.clear();
    this.activeAtStart = this.book.activeSheet;
    this.response = 0;
    this.unloads = [];
    try {
      this.runOps(ops, fault);
    } catch (error) {
      for (const unload of this.unloads) unload();
      throw error;
    } finally {
      request.responseBytes = this.response;
    }
  }

  private runOps(ops: Op[], fault: { afterOps: number; code: string; message: string } | undefined): void {
    // Like Excel, operations run in order and are not rolled back: the first failure ends the
    // request, and what ran before it stays done ("Error handling with the application-specific
    // JavaScript APIs": a batch that fails part way is not undone).
    ops.forEach((op, i) => {
      if (fault && i === fault.afterOps) throw new FakeExcelError(fault.code, fault.message);
      op.run();
    });
    if (fault && fault.afterOps >= ops.length) throw new FakeExcelError(fault.code, fault.message);
    if (this.response > PAYLOAD_LIMIT) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.response} bytes) exceeded the limit of ${PAYLOAD_LIMIT} bytes.`);
    }
  }

  /** Throws at sync time when the host lacks the requirement set, as an old Excel would. */
  requireApi(version: string, what: string): void {
    if (compareVersions(this.excelApi, version) < 0) {
      throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel supports ${this.excelApi}.`);
    }
  }

  /** Office.js-style tracked objects: nothing to do in memory. */
  readonly trackedObjects = { add(): void {}, remove(): void {} };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof FakeObject ? "<ref>" : v))?.length ?? 0;
}

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
