/**
 * The batching machinery of Office.js, modelled strictly: setting a property or calling a method
 * only queues an operation; `context.sync()` sends the queue as one request (counted and sized);
 * a property can be read only after it was loaded AND a sync carried that load. Reading anything
 * else throws PropertyNotLoaded, as Office.js does.
 */
import { FakeExcelError, type FakeWorkbook } from "./state";
import { FakeObject } from "./clientObject";
import { utf8Length } from "../../core/workbook/utf8Length";

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB, and an API
 * returns a RichAPI.Error error if this limit is exceeded" (Excel JavaScript API performance
 * optimization, "Payload size limit best practices"). Both directions are enforced here, in bytes
 * of UTF-8 (what goes over the wire: a Japanese name takes three bytes a character, not one).
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
  /** Sheets added by the request being run (worksheet.ts models platform bugs that depend on it). */
  readonly addedThisRequest = new Set<unknown>();
  /** The active sheet when the running request began. */
  activeAtStart: unknown = null;

  constructor(
    readonly book: FakeWorkbook,
    /** Highest ExcelApi requirement set this "host" supports, e.g. "1.9". */
    readonly excelApi: string,
    /** Excel.run's RunOptions.delayForCellEdit, where this Excel knows it (ExcelApi 1.11). */
    readonly delayForCellEdit = false,
    /** Excel.run's RunOptions.mergeUndoGroup, where this Excel knows it (ExcelApi 1.20). */
    readonly mergeUndoGroup = false,
  ) {}

  /** Whether a request of this batch already made an undo step (merged batches make one). */
  private undoStepTaken = false;

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
    // "When false, each context.sync() call creates an undo record" (Excel.RunOptions.mergeUndoGroup).
    if (ops.length > 0 && !(this.mergeUndoGroup && this.undoStepTaken)) {
      this.book.undoSteps++;
      this.undoStepTaken = true;
    }
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
      // OfficeDev/office-js#1314: a read too large may fail with a bare GeneralException rather than the payload error.
      if (this.book.oversizedReadAnswer === "GeneralException") throw new FakeExcelError("GeneralException", "There was an internal error while processing the request.");
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

/** Bytes of the value as UTF-8 JSON. */
function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value, (_k, v: unknown) => (v instanceof FakeObject ? "<ref>" : v));
  return json === undefined ? 0 : utf8Length(json);
}
