/**
 * The fake Excel (see context.ts for load-then-sync): the application's calculation mode and
 * recalculation (Excel.Application: calculationMode, ExcelApi 1.1 to read; calculate, ExcelApi 1.1).
 * "Manual, where calculation is done when the user requests it" (Excel.CalculationMode): in Manual
 * mode a formula's value read through Range.values is the one last calculated, so a cell given a
 * pending result (FakeSheet.pendingResults) reads its old value until calculate() runs.
 */
import { FakeObject } from "./clientObject";
import type { FakeWorkbook } from "./state";

export class FakeApplication extends FakeObject<FakeWorkbook> {
  protected readonly kind = "application";

  protected readers(b: FakeWorkbook): Record<string, () => unknown> {
    return { calculationMode: () => b.calculationMode };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }

  /** Recalculates every formula: pending results become the cells' values. */
  calculate(calculationType: string): void {
    this.queue({ calculate: calculationType }, (b) => b.recalculate());
  }
}
