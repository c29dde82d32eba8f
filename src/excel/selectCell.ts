/**
 * Show a problem's cell: activate its sheet and select it, in one request. Addresses are as
 * problems name them: `Clients!E7`, `'Travel Zones'!A2`, `Clients!A1:H1`.
 */

export class CellNotFoundError extends Error {
  constructor(readonly address: string) {
    super(`${address} is no longer in the workbook (was its sheet renamed or deleted?).`);
    this.name = "CellNotFoundError";
  }
}

/** "'Bob''s'!B2" → { sheet: "Bob's", range: "B2" }; no sheet part → the active sheet. */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address.trim() };
  const sheet = address.slice(0, bang).trim();
  const unquoted = sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, range: address.slice(bang + 1).trim() };
}

export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet: name, range } = splitAddress(address);
  const sheet = name === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(name);
  sheet.activate();
  sheet.getRange(range).select();
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound") throw new CellNotFoundError(address);
    throw error;
  }
}
