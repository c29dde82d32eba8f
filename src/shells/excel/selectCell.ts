/**
 * Show a problem's cell: activate its sheet, then select the cell. Addresses are as problems
 * name them: `Clients!E7`, `'Travel Zones'!A2`, `Clients!A1:H1`.
 *
 * Two requests: Range.select() on a sheet that is not yet the active one works inconsistently
 * (OfficeDev/office-js#5118), so the sheet is activated and synced before the cell is selected.
 */
import { splitAddress } from "../../core/workbook/address";

export class CellNotFoundError extends Error {
  constructor(readonly address: string) {
    super(`${address} is no longer in the workbook (was its sheet renamed or deleted?).`);
    this.name = "CellNotFoundError";
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
    if ((error as { code?: string }).code === "ItemNotFound") throw new CellNotFoundError(address);
    throw error;
  }
}
