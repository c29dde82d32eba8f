/**
 * The fake Excel (see context.ts for load-then-sync): worksheet functions (Workbook.functions,
 * ExcelApi 1.2), DATE only. DATE answers a serial in the workbook's own date system: in the 1904
 * date system (Mac workbooks) day 0 is 1 January 1904, so `DATE(1904,1,2)` is 1 there and 1463 in
 * the 1900 system (Microsoft Knowledge Base 214330, "Differences between the 1900 and the 1904 date
 * system in Excel": "the serial number of a date in the 1900 Date System is always 1,462 days
 * bigger than the serial number of the same date in the 1904 date system").
 */
import { FakeObject } from "./clientObject";
import type { FakeContext } from "./context";
import type { FakeWorkbook } from "./state";

/** Serial of a day in the 1900 date system (Excel's 29 February 1900 counted, so from March 1900 on). */
function serial1900(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export class FakeFunctionResult extends FakeObject<{ value: number }> {
  protected readonly kind = "function result";

  protected readers(r: { value: number }): Record<string, () => unknown> {
    return { value: () => r.value };
  }

  get value(): number {
    return this.read("value");
  }
}

export class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      this.ctx.requireApi("1.2", "Workbook.functions");
      const book: FakeWorkbook = this.ctx.book;
      return { value: serial1900(year, month, day) - (book.date1904 ? 1462 : 0) };
    });
  }
}
