/**
 * "Apply to workbook" (issue 5), the one place the add-in edits input: write the chosen lever
 * values into their Settings and Tiers cells. Two requests: load the target cells, then (when
 * every one still holds what the analysis read and none is a formula) write them all at once.
 * If any cell changed since the analysis, or is computed by a formula, or its sheet is protected
 * (Excel would refuse the write with AccessDenied: protection.ts), nothing is written.
 */
import type { CellWrite } from "../../core/report/sheets/planLeverWrites";
import { cellStillHolds } from "../../core/report/sheets/planLeverWrites";
import { splitAddress } from "../../core/workbook/address";
import { cellOutput } from "./cellInput";
import { CellNotFoundError } from "./selectCell";
import { ProtectedSheetError } from "./protection";

export interface BlockedCell {
  address: string;
  /** What the cell holds now (its formula, for a formula). */
  found: string | number | boolean | null;
  reason: "changed" | "formula";
}

/** The workbook is not as the analysis read it: nothing was written. */
export class CellsChangedError extends Error {
  constructor(readonly cells: BlockedCell[]) {
    super(
      cells
        .map((c) =>
          c.reason === "formula"
            ? `${c.address} holds the formula ${String(c.found)}: change it by hand, or replace the formula with a value.`
            : `${c.address} has changed since the analysis (it now holds ${c.found === null ? "nothing" : String(c.found)}): analyze again, then apply.`,
        )
        .join("\n"),
    );
    this.name = "CellsChangedError";
  }
}

export interface WriteResult {
  written: string[];
  syncs: number;
}

export async function applyCellWrites(context: Excel.RequestContext, writes: readonly CellWrite[]): Promise<WriteResult> {
  if (writes.length === 0) return { written: [], syncs: 0 };
  const sheets: Excel.Worksheet[] = [];
  const ranges = writes.map((w) => {
    const { sheet, range } = splitAddress(w.address);
    const book = context.workbook.worksheets;
    const target = sheet === null ? book.getActiveWorksheet() : book.getItem(sheet);
    sheets.push(target.load("name, protection/protected")); // WorksheetProtection, ExcelApi 1.2
    return target.getRange(range).load("values, formulas");
  });
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound") throw new CellNotFoundError(writes[0]!.address);
    throw error;
  }

  const locked = sheets.find((s) => s.protection.protected);
  if (locked) throw new ProtectedSheetError(locked.name);

  const blocked: BlockedCell[] = [];
  writes.forEach((w, i) => {
    const formula = (ranges[i]!.formulas as unknown[][])[0]?.[0];
    const value = cellOutput((ranges[i]!.values as unknown[][])[0]?.[0]);
    if (typeof formula === "string" && formula.startsWith("=")) {
      blocked.push({ address: w.address, found: formula, reason: "formula" });
    } else if (!cellStillHolds(value, w.expected)) {
      blocked.push({ address: w.address, found: value, reason: "changed" });
    }
  });
  if (blocked.length > 0) throw new CellsChangedError(blocked);

  writes.forEach((w, i) => {
    ranges[i]!.values = [[w.value]];
  });
  await context.sync();
  return { written: writes.map((w) => w.address), syncs: 2 };
}
