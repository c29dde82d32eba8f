/**
 * Show a problem's cell: activate its sheet, then select the cell. Addresses are as problems
 * name them: `Clients!E7`, `'Travel Zones'!A2`, `Clients!A1:H1`.
 *
 * Two requests: Range.select() on a sheet that is not yet the active one works inconsistently
 * (OfficeDev/office-js#5118), so the sheet is activated and synced before the cell is selected.
 * A hidden sheet cannot be activated (Excel refuses with InvalidOperation): the user is told to
 * unhide it, by name, rather than shown Excel's refusal.
 */
import { splitAddress } from "../../core/workbook/address";

export class CellNotFoundError extends Error {
  constructor(readonly address: string) {
    super(`${address} is no longer in the workbook (was its sheet renamed or deleted?).`);
    this.name = "CellNotFoundError";
  }
}

export class HiddenSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`The sheet ${sheet} is hidden: right-click any sheet tab, choose Unhide, pick ${sheet}, then choose the problem again.`);
    this.name = "HiddenSheetError";
  }
}

/** An address without a sheet part is on the active sheet. */
export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet: name, range } = splitAddress(address);
  const sheet = name === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
  try {
    sheet.activate();
    await context.sync();
    sheet.getRange(range).select();
    await context.sync();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ItemNotFound") throw new CellNotFoundError(address);
    if (code === "InvalidOperation" && (await isHidden(context, name))) throw new HiddenSheetError(name!);
    throw error;
  }
}

/** Whether the named sheet is hidden (one more request, only after a refusal). */
async function isHidden(context: Excel.RequestContext, name: string | null): Promise<boolean> {
  if (name === null) return false;
  const sheet = context.workbook.worksheets.getItem(name).load("visibility");
  await context.sync();
  return sheet.visibility !== "Visible";
}
