/**
 * Excel.run for the pane's actions, and what happens while the user is editing a cell: Excel
 * refuses every request then ("When false, if the user is in cell edit when the batch request is
 * processed by the host, the batch automatically fails": Excel JavaScript API reference,
 * Excel.RunOptions.delayForCellEdit; error code InvalidOperationInCellEditMode, "Error handling
 * with the application-specific JavaScript APIs"). Where the requirement set has it (ExcelApi
 * 1.11) the batch asks Excel to wait until the user leaves the cell; elsewhere the refusal becomes
 * CellEditModeError, whose message tells the user what to do. A refused request writes nothing,
 * and every write of ours starts with a request that would be refused first.
 */
import { excelApiSupported } from "./requirements";

/** RunOptions.delayForCellEdit. */
export const CELL_EDIT_API = "1.11";

export class CellEditModeError extends Error {
  constructor(readonly action: string) {
    super(`Finish editing the cell (Enter or Esc), then choose ${action} again.`);
    this.name = "CellEditModeError";
  }
}

export function isCellEditRefusal(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "InvalidOperationInCellEditMode";
}

/** `action` is the button the user chose ("Analyze"), named in the message. */
export async function runInExcel<T>(action: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return excelApiSupported(CELL_EDIT_API) ? await Excel.run({ delayForCellEdit: true }, batch) : await Excel.run(batch);
  } catch (error) {
    if (isCellEditRefusal(error)) throw new CellEditModeError(action);
    throw error;
  }
}
